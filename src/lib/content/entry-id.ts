import { isLang, type Lang } from '../../i18n/languages';

/**
 * Content ids carry the language as their first folder: "vi/data-thinking" (course, glossary term) or
 * "vi/data-thinking/data-quality" (module). These helpers split them, and say which file is wrong when not.
 */
export interface LocalisedId {
  lang: Lang;
  /** The id without its language folder, shared by every translation. */
  key: string;
}

export function splitLocalisedId(id: string): LocalisedId {
  const slash = id.indexOf('/');
  const lang = id.slice(0, slash);
  if (slash < 1 || !isLang(lang)) {
    throw new Error(`"${id}" is not inside a language folder (vi/ or en/).`);
  }
  return { lang, key: id.slice(slash + 1) };
}

export function splitModuleKey(key: string): { course: string; module: string } {
  const [course, module, ...rest] = key.split('/');
  if (!course || !module || rest.length > 0) {
    throw new Error(`"${key}" should be "course/module".`);
  }
  return { course, module };
}
