/** The island side of the UI dictionary: looks up a string the page sent and fills `{name}` placeholders. */
export function makeTranslator(strings: Record<string, string>) {
  // "{count} attempts" has a "….one" sibling where one differs ("1 attempt"); Vietnamese has no plural forms.
  return (key: string, params: Record<string, string | number> = {}) =>
    ((params.count === 1 ? strings[`${key}.one`] : undefined) ?? strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Reads an island's JSON payload from the <script type="application/json"> inside it. */
export function readPayload<T>(host: Element, selector: string): T {
  return JSON.parse(host.querySelector(selector)?.textContent ?? '{}') as T;
}
