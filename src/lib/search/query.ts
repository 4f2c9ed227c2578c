import lunr from 'lunr';
import type { Lang } from '../../i18n/languages';
import { expand, type SearchPayload } from './build-index';
import { acronymForm, exactForm, fold, isAcronym, normalise, typedWords, words } from './text';

export interface SearchResult {
  id: string;
  /** Key into the payload's docs. */
  ref: string;
  kind: 'module' | 'term';
  title: string;
  course: string;
  url: string;
  score: number;
  /** Words of the query as typed (case kept: an acronym lights up only itself), for highlighting. */
  matched: string[];
}

export interface LoadedIndex {
  lang: Lang;
  index: lunr.Index;
  docs: SearchPayload['docs'];
}

export const MAX_QUERY = 200;

export function loadIndex(payload: SearchPayload): LoadedIndex {
  return { lang: payload.lang, index: lunr.Index.load(expand(payload.index)), docs: payload.docs };
}

/**
 * Runs a query typed by a person. Never uses lunr's query syntax (so "title:", "+", "~" or junk cannot throw):
 * each word is searched in its exact form (boosted) and folded form, the last one also as a prefix.
 */
export function search(loaded: LoadedIndex, query: string, options: { fuzzy?: boolean } = {}): SearchResult[] {
  const typed = typedWords(query.slice(0, MAX_QUERY)).slice(0, 12);
  if (typed.length === 0) return [];
  const results = loaded.index.query((q) => {
    typed.forEach((raw, i) => {
      // "AI" typed in capitals looks for the acronym only: as a word, "ai" (who) is in nearly every Vietnamese text.
      if (isAcronym(raw)) {
        q.term(acronymForm(raw), { boost: 10, usePipeline: false });
        return;
      }
      const exact = exactForm(normalise(raw), loaded.lang);
      const folded = fold(exact);
      q.term(exact, { boost: 10, usePipeline: false });
      if (folded !== exact) q.term(folded, { boost: 1, usePipeline: false });
      if (i === typed.length - 1 && folded.length >= 3) {
        q.term(folded, { boost: 0.5, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      }
      if (options.fuzzy && folded.length >= 4) q.term(folded, { boost: 0.2, usePipeline: false, editDistance: 1 });
    });
  });
  return results.map((r) => {
    const doc = loaded.docs[r.ref]!;
    return {
      id: doc.i,
      ref: r.ref,
      kind: doc.k,
      title: doc.t,
      course: doc.c,
      url: doc.u,
      score: r.score,
      matched: typed,
    };
  });
}

/** A word from the site close to what was typed, to offer "did you mean …?" when nothing matched. */
export function suggest(loaded: LoadedIndex, query: string): string | undefined {
  const typed = words(query.slice(0, MAX_QUERY));
  const [best] = search(loaded, query, { fuzzy: true });
  if (!best) return undefined;
  const text = `${loaded.docs[best.ref]!.t} ${loaded.docs[best.ref]!.x}`;
  const candidates = words(text);
  const fixed = typed.map((word) => {
    const target = fold(word);
    // The same word with its diacritics back, else a word one letter away.
    return (
      candidates.find((c) => fold(c) === target) ??
      candidates.find((c) => editDistanceAtMostOne(fold(c), target)) ??
      word
    );
  });
  const suggestion = fixed.join(' ');
  return suggestion !== typed.join(' ') ? suggestion : undefined;
}

/** One letter added, dropped, changed, or two neighbours swapped ("medain" → "median"). */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!])
      return true;
  }
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Which words of a text light up for the words typed. An acronym ("AI") lights up only itself, in capitals. A word
 * lights up where the text has it exactly ("du" → "du"); only if the text has it nowhere exactly do its forms
 * without diacritics count ("du" → "dữ", "đủ"), since then the reader typed without diacritics.
 */
export function hitTest(text: string, matched: string[], lang: Lang): (word: string) => boolean {
  const pieces = text.split(/\s+/);
  const exactOf = (word: string) => exactForm(normalise(word), lang);
  const present = new Set(pieces.map(exactOf));
  const tests = matched.map((typed): ((piece: string) => boolean) => {
    if (isAcronym(typed))
      return (piece) => piece.normalize('NFC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') === typed;
    const exact = exactOf(typed);
    if (exact === '') return () => false;
    const prefix = (candidate: string, target: string) => target.length >= 3 && candidate.startsWith(target);
    if (present.has(exact) || pieces.some((p) => prefix(exactOf(p), exact))) {
      return (piece) => exactOf(piece) === exact || prefix(exactOf(piece), exact);
    }
    const folded = fold(exact);
    return (piece) => fold(exactOf(piece)) === folded || prefix(fold(exactOf(piece)), folded);
  });
  return (word) => normalise(word) !== '' && tests.some((test) => test(word));
}

/** A short passage of `text` around the first matched word, split so matched words can be highlighted. */
export function snippet(
  text: string,
  matched: string[],
  lang: Lang,
  length = 180,
): Array<{ text: string; hit: boolean }> {
  const isHit = hitTest(text, matched, lang);
  const pieces = text.split(/(\s+)/);
  const first = pieces.findIndex((p) => isHit(p));
  let start = 0;
  if (first > 0) {
    let chars = 0;
    start = first;
    while (start > 0 && chars < length / 3) chars += pieces[--start]!.length;
  }
  const out: Array<{ text: string; hit: boolean }> = start > 0 ? [{ text: '… ', hit: false }] : [];
  let used = 0;
  for (let i = start; i < pieces.length && used < length; i++) {
    const piece = pieces[i]!;
    used += piece.length;
    out.push({ text: piece, hit: isHit(piece) });
  }
  if (used >= length) out.push({ text: ' …', hit: false });
  return out;
}
