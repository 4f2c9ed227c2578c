import type { KeysUnder } from '../../i18n/island-strings';
import type { Lang } from '../../i18n/languages';
import { vietnamDate } from '../../lib/course-paths/due-date';
import type { PathModule } from '../../lib/course-paths/path-catalog';
import { lrsAllowed } from '../../lib/course-paths/path-lrs';
import type { AssignedPath, Progress } from '../../lib/progress/progress-schema';
import { parseSentLog, SENT_LOG_KEY, unsent } from '../../lib/lrs/sent-log';
import { siteAddress } from '../../lib/routing/deployment';
import { urls } from '../../lib/routing/urls';
import { pathStatements, WHOLE_RECORD } from '../../lib/reports/progress-report';
import { formatDay } from '../shared/dates';
import type { Translator } from '../shared/strings';

type T = Translator<KeysUnder<'lrs.'>>;

/**
 * What My learning says of a path that sends to an LRS: where, how many of its statements were sent and how many
 * wait, and why the last try failed. Counted as the sender counts: the whole record's statements in the path's
 * language (the module list in that language is fetched when it is not the page's), less the sent log.
 */
export async function lrsStatus(
  t: T,
  lang: Lang,
  record: Progress,
  id: string,
  entry: AssignedPath,
  allowed: readonly string[],
  modulesIn: (lang: Lang) => Promise<PathModule[]>,
  /** This page's sender could not note what it sent (storage full). */
  storageFull = false,
): Promise<string[]> {
  const lrs = entry.path.lrs!;
  if (entry.lrsStoppedAt)
    return [t('lrs.stopped', { date: formatDay(lang, vietnamDate(new Date(entry.lrsStoppedAt))) })];
  if (!lrsAllowed(entry.path, allowed)) return [t('lrs.notAllowedHere', { endpoint: lrs.endpoint })];
  const lines = [t('lrs.status.sending', { endpoint: lrs.endpoint })];
  if (!record.learner?.name.trim()) return [...lines, t('lrs.needNameHere')];
  let log;
  try {
    log = parseSentLog(localStorage.getItem(SENT_LOG_KEY))[id];
  } catch {
    log = undefined;
  }
  let modules: PathModule[];
  try {
    modules = await modulesIn(lrs.lang);
  } catch {
    return [...lines, t('lrs.problem.offline')];
  }
  const statements = pathStatements(
    {
      record,
      path: entry.path,
      learner: record.learner,
      lang: lrs.lang,
      site: siteAddress(import.meta.env.SITE, location.origin, import.meta.env.BASE_URL),
      modules,
    },
    WHOLE_RECORD,
  );
  const waiting = unsent(statements, log).length;
  const sent = statements.length - waiting;
  if (storageFull) return [...lines, t('lrs.problem.storage-full')]; // the counts cannot be told then
  lines.push(waiting === 0 ? t('lrs.status.allSent', { sent }) : t('lrs.status.counts', { sent, waiting }));
  const problem = log?.last?.problem;
  if (problem && waiting > 0) lines.push(t(`lrs.problem.${problem}`, { status: log?.last?.status ?? '' }));
  return lines;
}

/** The module list in a language: the page's own from its payload, the other fetched once. */
export function modulesInFrom(pageLang: Lang, own: PathModule[]) {
  const fetched = new Map<Lang, Promise<PathModule[]>>();
  return (lang: Lang): Promise<PathModule[]> => {
    if (lang === pageLang) return Promise.resolve(own);
    let list = fetched.get(lang);
    if (!list) {
      list = fetch(urls.pathModules(lang)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))));
      list.catch(() => fetched.delete(lang));
      fetched.set(lang, list);
    }
    return list;
  };
}
