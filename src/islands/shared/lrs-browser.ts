import type { Lang } from '../../i18n/languages';
import type { PathModule } from '../../lib/course-paths/path-catalog';
import { parseSentLog, SENT_LOG_KEY, type SentLog } from '../../lib/lrs/sent-log';
import { urls } from '../../lib/routing/urls';

/** The LRS sent log as this browser holds it; storage refused reads as an empty log (parseSentLog never throws). */
export function storedSentLog(): SentLog {
  try {
    return parseSentLog(localStorage.getItem(SENT_LOG_KEY));
  } catch {
    return {};
  }
}

/**
 * The module list in each language (path-modules.json), fetched once per page; a page that has its own
 * language's list in its payload passes it. A failed fetch (offline before it came) is tried again next time.
 */
export function pathModuleLists(own?: { lang: Lang; modules: PathModule[] }) {
  const fetched = new Map<Lang, Promise<PathModule[]>>();
  return (lang: Lang): Promise<PathModule[]> => {
    if (own && lang === own.lang) return Promise.resolve(own.modules);
    let list = fetched.get(lang);
    if (!list) {
      list = fetch(urls.pathModules(lang)).then((r) =>
        r.ok ? (r.json() as Promise<PathModule[]>) : Promise.reject(new Error(r.statusText)),
      );
      list.catch(() => fetched.delete(lang));
      fetched.set(lang, list);
    }
    return list;
  };
}
