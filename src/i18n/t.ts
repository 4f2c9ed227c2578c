import vi from './vi';
import en from './en';
import type { Lang } from './languages';

export type UiKey = keyof typeof vi;
type Params = Record<string, string | number>;

const dictionaries: Record<Lang, Record<UiKey, string>> = { vi, en };

/** Looks up a UI string (its ".one" form for a count of 1) and fills `{name}` placeholders. An unknown placeholder is left visible so it gets noticed. */
export function translate(lang: Lang, key: UiKey, params: Params = {}): string {
  // "{count} modules" has a "….one" sibling where one differs ("1 module"), as the islands' translator does.
  const singular =
    params.count === 1 ? (dictionaries[lang] as Partial<Record<string, string>>)[`${key}.one`] : undefined;
  const template = singular ?? dictionaries[lang][key];
  // Keys are typed, but a key built at run time (e.g. from a prop) can still miss: say which one.
  if (template === undefined) throw new Error(`No UI string "${key}" in the ${lang} dictionary.`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one language, for use at the top of a page or component. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, params?: Params) => translate(lang, key, params);
}
