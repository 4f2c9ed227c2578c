import { languages } from '../../i18n/languages.ts';

/*
 * The kinds of page the build writes, told apart by URL shape: the bench weighs each kind against its budget and
 * the e2e helpers walk them. The shapes are the ones urls.ts builds (a unit test holds the two together).
 * Node runs this file directly from bench/sizes.mjs, stripping its types: keep to erasable TypeScript (no enums,
 * namespaces or parameter properties) and import with the .ts extension.
 */
const lang = `(?:${languages.join('|')})`;
const shape = (rest: string) => new RegExp(`^/${lang}/${rest}$`);

/** First match wins: a course's print view is not a module, the shared path page is not a role path. */
const kinds = [
  ['language chooser /', /^\/$/],
  ['404', /^\/404\.html$/],
  ['home', shape('')],
  ['catalog', shape('courses/')],
  ['course', shape('courses/[^/]+/')],
  ['course print', shape('courses/[^/]+/print/')],
  ['module', shape('courses/[^/]+/[^/]+/')],
  ['glossary', shape('glossary/')],
  ['my learning', shape('my-learning/')],
  ['placement', shape('start/')],
  ['search', shape('search/')],
  ['shared path', shape('paths/shared/')],
  ['role paths', shape('paths/(?:[^/]+/)?')],
  ['path builder', shape('trainer/')],
  ['class report', shape('trainer/report/')],
  ['certificate', shape('certificate/')],
  ['verify certificate', shape('verify/')],
] as const;

export type PageKind = (typeof kinds)[number][0] | 'other';

/** The kind of page at a URL path ("/vi/courses/data-thinking/" → "course"); "other" for the rest (/offline/). */
export function pageKind(url: string): PageKind {
  return kinds.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other';
}

/** The URL path a reader opens for an HTML file the build wrote, given relative to dist/ with "/" separators. */
export function urlOfBuiltFile(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}
