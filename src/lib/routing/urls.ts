import { isLang, otherLang, type Lang } from '../../i18n/languages';

/**
 * Every URL the site links to is built here, so the shape of a public URL is defined once. `base` is the folder
 * the site is published under: "/" by default, "/hoc-du-lieu/" when SITE_URL puts it under a portal's sub-path.
 */
export function siteUrls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;

  const urls = {
    home: (lang: Lang) => at(`${lang}/`),
    catalog: (lang: Lang) => at(`${lang}/courses/`),
    course: (lang: Lang, course: string) => at(`${lang}/courses/${course}/`),
    coursePrint: (lang: Lang, course: string) => at(`${lang}/courses/${course}/print/`),
    module: (lang: Lang, course: string, module: string) => at(`${lang}/courses/${course}/${module}/`),
    paths: (lang: Lang) => at(`${lang}/paths/`),
    path: (lang: Lang, path: string) => at(`${lang}/paths/${path}/`),
    /** Opens a trainer's path; the path itself rides in the fragment (#p=…), which browsers never send to a server. */
    sharedPath: (lang: Lang, code?: string) => at(`${lang}/paths/shared/${code ? `#p=${code}` : ''}`),
    trainer: (lang: Lang) => at(`${lang}/trainer/`),
    classReport: (lang: Lang) => at(`${lang}/trainer/report/`),
    /** A learner's certificate for an assigned path (its pathId); the page refuses an unknown or unfinished one. */
    certificate: (lang: Lang, path?: string) =>
      at(`${lang}/certificate/${path ? `?path=${encodeURIComponent(path)}` : ''}`),
    /** Checks a certificate carried whole in the fragment (#c=…, certificate-link.ts). */
    verify: (lang: Lang, link?: string) => at(`${lang}/verify/${link ? `#c=${link}` : ''}`),
    glossary: (lang: Lang) => at(`${lang}/glossary/`),
    sources: (lang: Lang) => at(`${lang}/sources/`),
    search: (lang: Lang) => at(`${lang}/search/`),
    searchIndex: (lang: Lang) => at(`${lang}/search-index.json`),
    myLearning: (lang: Lang) => at(`${lang}/my-learning/`),
    /** The placement check: where to start. */
    start: (lang: Lang) => at(`${lang}/start/`),
    /** The spaced review section of My learning, where the course page's "review due" mark leads. */
    review: (lang: Lang) => at(`${lang}/my-learning/#review`),
    /** Every module's quiz questions, fetched when a spaced review starts (review-questions.json.ts). */
    reviewQuestions: (lang: Lang) => at(`${lang}/review-questions.json`),
    /** Every module's title, address and exercises, for the statements the LRS sender builds (path-modules.json.ts). */
    pathModules: (lang: Lang) => at(`${lang}/path-modules.json`),
    about: (lang: Lang) => at(`${lang}/about/`),
    privacy: (lang: Lang) => at(`${lang}/privacy/`),
    accessibility: (lang: Lang) => at(`${lang}/accessibility/`),
    glossaryTerm: (lang: Lang, term: string) => at(`${lang}/glossary/#${term}`),
    manifest: (lang: Lang) => at(`${lang}/manifest.webmanifest`),
    /** A table's dataset to download, built beside the pages: "csv" for other tools, "xlsx" for Excel. */
    dataset: (lang: Lang, name: string, kind: 'csv' | 'xlsx') => at(`${lang}/datasets/${name}.${kind}`),
    /** The site's own root: the language chooser, and the service worker's scope. */
    root: () => root,
    /** A file under public/ (or written beside the pages), named as authors write it: "/images/…/x.svg" or "sw.js". */
    file: (publicPath: string) => at(publicPath.replace(/^\/+/, '')),
  };

  /** The language a path belongs to, from its first segment under the site's folder; null elsewhere (e.g. the root). */
  function langOfPath(pathname: string): Lang | null {
    if (!pathname.startsWith(root)) return null;
    const first = pathname.slice(root.length).split('/')[0];
    return isLang(first) ? first : null;
  }

  /**
   * The same page in the other language. Slugs are shared between languages, so swapping the first segment is
   * enough; a path outside the language folders goes to the other language's home.
   */
  function translatePath(pathname: string, to: Lang): string {
    const from = langOfPath(pathname);
    if (!from) return urls.home(to);
    return at(`${to}${pathname.slice(root.length + from.length)}`);
  }

  const alternatePath = (pathname: string, lang: Lang): string => translatePath(pathname, otherLang(lang));

  return { urls, langOfPath, translatePath, alternatePath };
}

// BASE_URL is Astro's `base`, fixed at build time from SITE_URL (astro.config.mjs); "/" in unit tests.
export const { urls, langOfPath, translatePath, alternatePath } = siteUrls(import.meta.env.BASE_URL);
