import type { Lang } from '../../i18n/languages';
import type { Source } from '../../schemas/source';

/** The stop after a cited title: none when the title ends in its own mark ("Association or Causation?"). */
export const stopAfterTitle = (title: string): string => (/[.?!…]$/.test(title) ? '' : '.');

/** A module as the sources page names it: its number and title, and where it is. */
export interface CitingModule {
  key: string;
  number: string;
  title: string;
  url: string;
}

/** One source as the curriculum cites it, with every module that cites it, in course order. */
export interface IndexedSource {
  source: Source;
  citedBy: CitingModule[];
}

/**
 * Two modules cite the same work when its title, issuer and year agree, whatever the spacing, case or quotation
 * marks; the note, which says what each module took from it, is a module's own and does not count.
 */
const plain = (part: string) =>
  part
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[“”"'‘’.,]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const sameWork = (s: Source) => [s.title, s.issuer, String(s.year)].map(plain).join('|');

/**
 * For the content check: a work that two modules of one language cite with one title and year but different
 * issuers ("Edward Tufte" and "Edward R. Tufte") would be listed twice on the sources page, as if two works.
 */
export function citationConflicts(modules: ReadonlyArray<{ file: string; lang: Lang; sources: readonly Source[] }>) {
  const problems: string[] = [];
  const first = new Map<string, { file: string; issuer: string }>();
  const numbered = new Map<string, { file: string; title: string }>();
  for (const { file, lang, sources } of modules) {
    for (const { title, issuer, year } of sources) {
      // A legal document is known by its number ("91/2025/QH15", "57-NQ/TW"): one number, one title.
      const number = documentNumber(title);
      if (number) {
        const key = `${lang}|${number}|${year}`;
        const seen = numbered.get(key);
        if (!seen) numbered.set(key, { file, title });
        else if (plain(seen.title) !== plain(title))
          problems.push(
            `${file}: document ${number} is cited as "${title}" here but as "${seen.title}" in ${seen.file}: cite one work one way (the sources page lists it once).`,
          );
      }
      const key = `${lang}|${plain(title)}|${year}`;
      const seen = first.get(key);
      if (!seen) first.set(key, { file, issuer });
      else if (plain(seen.issuer) !== plain(issuer))
        problems.push(
          `${file}: the source "${title}" (${year}) is issued by "${issuer}" here but by "${seen.issuer}" in ${seen.file}: cite one work one way (the sources page lists it once).`,
        );
    }
  }
  return problems;
}

/** The number of a Vietnamese legal document in a title: "91/2025/QH15", "118/2025/NĐ-CP", "57-NQ/TW", "06/QĐ-TTg". */
const DOCUMENT_NUMBER = /(?<![\p{L}\p{N}])\d+(?:\/\d{4})?[/-]\p{Lu}\p{L}*(?:-\p{L}+)*(?:\/\p{L}+)?\d*(?![\p{L}\p{N}])/u;
export function documentNumber(title: string): string | undefined {
  return title.normalize('NFC').match(DOCUMENT_NUMBER)?.[0];
}

/**
 * Every source the modules of one language cite, each once, with the modules that cite it: built from the
 * modules' frontmatter, so the sources page never drifts from what the modules say. Sorted by title in the
 * language's alphabet; a source's first citation gives the entry its link and wording.
 */
export function indexSources(
  modules: ReadonlyArray<CitingModule & { sources: readonly Source[] }>,
  lang: Lang,
): IndexedSource[] {
  const byWork = new Map<string, IndexedSource>();
  for (const { sources, ...module } of modules) {
    for (const source of sources) {
      const key = sameWork(source);
      const entry = byWork.get(key);
      if (!entry) byWork.set(key, { source: { ...source, url: source.url }, citedBy: [module] });
      else {
        entry.source.url ??= source.url;
        if (!entry.citedBy.some((m) => m.key === module.key)) entry.citedBy.push(module);
      }
    }
  }
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...byWork.values()].sort((a, b) => collator.compare(a.source.title, b.source.title));
}
