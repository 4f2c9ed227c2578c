import { isLang, otherLang, type Lang } from '../../i18n/languages';

/** Every URL the site links to is built here, so the shape of a public URL is defined once. */
export const urls = {
  home: (lang: Lang) => `/${lang}/`,
  catalog: (lang: Lang) => `/${lang}/courses/`,
  course: (lang: Lang, course: string) => `/${lang}/courses/${course}/`,
  coursePrint: (lang: Lang, course: string) => `/${lang}/courses/${course}/print/`,
  module: (lang: Lang, course: string, module: string) => `/${lang}/courses/${course}/${module}/`,
  paths: (lang: Lang) => `/${lang}/paths/`,
  path: (lang: Lang, path: string) => `/${lang}/paths/${path}/`,
  /** Opens a trainer's path; the path itself rides in the fragment (#p=…), which browsers never send to a server. */
  sharedPath: (lang: Lang, code?: string) => `/${lang}/paths/shared/${code ? `#p=${code}` : ''}`,
  trainer: (lang: Lang) => `/${lang}/trainer/`,
  classReport: (lang: Lang) => `/${lang}/trainer/report/`,
  glossary: (lang: Lang) => `/${lang}/glossary/`,
  search: (lang: Lang) => `/${lang}/search/`,
  searchIndex: (lang: Lang) => `/${lang}/search-index.json`,
  myLearning: (lang: Lang) => `/${lang}/my-learning/`,
  glossaryTerm: (lang: Lang, term: string) => `/${lang}/glossary/#${term}`,
};

/** The language a path belongs to, from its first segment; null outside the language folders (e.g. "/"). */
export function langOfPath(pathname: string): Lang | null {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : null;
}

/**
 * The same page in the other language. Slugs are shared between languages, so swapping the first segment is
 * enough; a path outside the language folders goes to the other language's home.
 */
export function translatePath(pathname: string, to: Lang): string {
  const from = langOfPath(pathname);
  if (!from) return urls.home(to);
  return `/${to}${pathname.slice(from.length + 1)}`;
}

export function alternatePath(pathname: string, lang: Lang): string {
  return translatePath(pathname, otherLang(lang));
}
