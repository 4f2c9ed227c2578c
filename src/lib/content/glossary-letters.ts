import type { Lang } from '../../i18n/languages';

/**
 * The letters of the glossary's jump list, in each language's alphabetical order. Vietnamese has 29 letters: Ă
 * and Â follow A, Đ follows D, and so on; F, J, W and Z are not among them. A term is filed under its first
 * letter without its tone (Ảnh under A, Ước under Ư, Định under Đ), as Vietnamese dictionaries do.
 */
export const alphabets: Record<Lang, readonly string[]> = {
  vi: [...'AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY'],
  en: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
};

// The five tone marks (grave, acute, tilde, hook above, dot below); breve, circumflex and horn make other letters.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The letter a term is filed under, upper case; "#" when it starts with no letter of the alphabet (a digit). */
export function initialLetter(term: string, lang: Lang): string {
  const first = [...term.trim().normalize('NFD').replace(TONES, '').normalize('NFC')][0]?.toLocaleUpperCase(lang);
  const letter = lang === 'en' ? first?.normalize('NFD').replace(/\p{M}/gu, '') : first;
  return letter && alphabets[lang].includes(letter) ? letter : '#';
}

export interface JumpLetter {
  letter: string;
  /** The id of the first term under this letter, to link to; undefined when no term starts with it. */
  target: string | undefined;
}

/** Every letter of the alphabet, each with the first of `terms` (already in glossary order) filed under it. */
export function jumpLetters(terms: ReadonlyArray<{ id: string; term: string }>, lang: Lang): JumpLetter[] {
  const first = new Map<string, string>();
  for (const { id, term } of terms) {
    const letter = initialLetter(term, lang);
    if (!first.has(letter)) first.set(letter, id);
  }
  const letters = first.has('#') ? [...alphabets[lang], '#'] : alphabets[lang];
  return letters.map((letter) => ({ letter, target: first.get(letter) }));
}
