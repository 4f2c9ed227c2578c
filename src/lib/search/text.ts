import type { Lang } from '../../i18n/languages';
import lunr from 'lunr';
import { fold } from '../fold';

/**
 * How words are compared, the same at build time and in the browser. lunr-languages' Vietnamese support cuts
 * precomposed letters (NFC "dữ" becomes "d") and keeps the English stemmer, so we do it ourselves: Unicode-aware
 * trimming, diacritic folding (so "du lieu" finds "dữ liệu"), and English stemming only for English.
 */

/** Lower case, NFC, and no punctuation at either end: "“Dữ," → "dữ". */
export function normalise(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

export { fold };

/** Splits text into normalised words (what the index and a query are made of). */
export function words(text: string): string[] {
  // Query-syntax characters split words too, so "title:dữ" or "+dữ" are just words to a reader's search.
  return text
    .split(/[\s\-–—/:+~^*"()[\]{}]+/)
    .map(normalise)
    .filter((w) => w.length > 0);
}

const stem = (word: string) => lunr.stemmer(new lunr.Token(word, {})).toString();

/** The exact form of a word as indexed: itself in Vietnamese, its stem in English ("cases" → "case"). */
export function exactForm(word: string, lang: Lang): string {
  return lang === 'en' ? stem(word) : word;
}

/** The forms a word is indexed under: exact, and folded when folding changes it. */
export function indexForms(word: string, lang: Lang): string[] {
  const exact = exactForm(word, lang);
  const folded = fold(exact);
  return folded === exact ? [exact] : [exact, folded];
}
