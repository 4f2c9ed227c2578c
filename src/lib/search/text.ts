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

// Query-syntax characters split words too, so "title:dữ" or "+dữ" are just words to a reader's search.
const WORD_BREAK = /[\s\-–—/:+~^*"()[\]{}]+/;

/** Splits text into normalised words (what the index and a query are made of). */
export function words(text: string): string[] {
  return text
    .split(WORD_BREAK)
    .map(normalise)
    .filter((w) => w.length > 0);
}

/** The words as typed, case kept ("KPI của xã" → ["KPI", "của", "xã"]): an acronym is told apart by its capitals. */
export function typedWords(text: string): string[] {
  return text
    .split(WORD_BREAK)
    .map((word) => word.normalize('NFC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/**
 * "AI", "KPI", "UBND", "HĐND": two to six capitals (Đ included, digits allowed), no tone marks. In Vietnamese
 * "ai" (who) is in almost every text, so an acronym is indexed under a form of its own and a query typed in
 * capitals looks only for that form. A capitalised word with tones ("DỮ") is a word typed in capitals, not an acronym.
 */
export function isAcronym(word: string): boolean {
  return /^[A-ZĐ0-9]{2,6}$/.test(word) && (word.match(/[A-ZĐ]/g)?.length ?? 0) >= 2;
}

const ACRONYM_MARK = 'acronym_';

/** The form an acronym is indexed and searched under ("AI" → "acronym_ai"), apart from the ordinary word "ai". */
export const acronymForm = (word: string) => `${ACRONYM_MARK}${word.toLowerCase()}`;
export const isAcronymForm = (token: string) => token.startsWith(ACRONYM_MARK);

/** Text to index: every acronym followed by its own form, so "AI" is found as "AI" and still as the word "ai". */
export function withAcronymForms(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => (isAcronym(word) ? `${word} ${acronymForm(word)}` : word));
}

const stem = (word: string) => lunr.stemmer(new lunr.Token(word, {})).toString();

/** The exact form of a word as indexed: itself in Vietnamese, its stem in English ("cases" → "case"). */
export function exactForm(word: string, lang: Lang): string {
  return lang === 'en' ? stem(word) : word;
}

/** The forms a word is indexed under: exact, and folded when folding changes it. */
export function indexForms(word: string, lang: Lang): string[] {
  if (isAcronymForm(word)) return [word]; // never stemmed or folded: it only ever matches itself
  const exact = exactForm(word, lang);
  const folded = fold(exact);
  return folded === exact ? [exact] : [exact, folded];
}
