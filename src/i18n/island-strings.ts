import vi from './vi';
import { translate, type UiKey } from './t';
import type { Lang } from './languages';

/** The UI strings an island needs at run time (keys under the given prefixes), as JSON-ready pairs. */
export function islandStrings(lang: Lang, prefixes: string[]): Record<string, string> {
  const wanted = (key: string) => prefixes.some((prefix) => key.startsWith(prefix));
  return Object.fromEntries((Object.keys(vi) as UiKey[]).filter(wanted).map((key) => [key, translate(lang, key)]));
}

/** JSON safe to put inside <script type="application/json">: no "</script>" can end it early. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
