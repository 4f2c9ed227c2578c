/** The site's languages, Vietnamese first: it is the default and the first in every list. */
export const languages = ['vi', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'vi';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

/** BCP 47 tags for Intl formatting. */
export const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
