import type { SearchDoc } from './build-index';

/**
 * Turns modules and glossary terms into search documents. Plain inputs (not content entries) so unit tests can
 * build the same documents from the files the site is built from.
 */
export interface ModuleSource {
  key: string;
  title: string;
  summary: string;
  courseTitle: string;
  url: string;
  keyTermNames: string[];
  /** The MDX body as written. */
  body: string;
}
export interface TermSource {
  id: string;
  term: string;
  otherTerm?: string;
  definition: string;
  courseTitle: string;
  url: string;
}

/** Headings and readable text of an MDX body: components, tables and Markdown marks removed, their words kept. */
export function mdxToText(body: string): { headings: string[]; text: string } {
  const headings = [...body.matchAll(/^#{2,4}\s+(.+)$/gm)].map((m) => m[1]!.trim());
  const text = body
    .replace(/^import .*$/gm, '')
    .replace(/<(Figure|CsvTable)\b[^>]*?\/>/gs, ' ') // figures and tables: their words are in the prose around them
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // other tags go, their inner text stays
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ')
    .replace(/[*_`|>]/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/\s+/g, ' ')
    .trim();
  return { headings, text };
}

export function moduleDoc(source: ModuleSource): SearchDoc {
  const { headings, text } = mdxToText(source.body);
  return {
    id: `m:${source.key}`,
    kind: 'module',
    title: source.title,
    course: source.courseTitle,
    url: source.url,
    terms: source.keyTermNames.join(' '),
    headings: headings.join(' '),
    text: `${source.summary} ${text}`,
  };
}

export function termDoc(source: TermSource): SearchDoc {
  return {
    id: `t:${source.id}`,
    kind: 'term',
    title: source.term,
    course: source.courseTitle,
    url: source.url,
    terms: source.otherTerm ?? '',
    headings: '',
    text: source.definition,
  };
}
