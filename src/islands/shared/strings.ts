/** Looks up one of an island's own UI strings; the key type is the island's keys, so a typo fails `astro check`. */
export type Translator<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** The island side of the UI dictionary: looks up a string the page sent and fills `{name}` placeholders. */
export function makeTranslator<K extends string>(strings: Record<K, string>): Translator<K> {
  const table: Partial<Record<string, string>> = strings;
  // "{count} attempts" has a "….one" sibling where one differs ("1 attempt"); Vietnamese has no plural forms.
  return (key, params = {}) =>
    ((params.count === 1 ? table[`${key}.one`] : undefined) ?? table[key] ?? key).replace(
      /\{(\w+)\}/g,
      (whole, name: string) => (name in params ? String(params[name]) : whole),
    );
}
