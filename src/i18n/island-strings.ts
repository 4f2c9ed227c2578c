import vi from './vi';
import { translate, type UiKey } from './t';
import type { Lang } from './languages';

/** The dictionary keys under one of the given prefixes ("quiz." → "quiz.start" | "quiz.retry" | …). */
export type KeysUnder<Prefix extends string> = Extract<UiKey, `${Prefix}${string}`>;

/** The strings an island is sent for the given prefixes: its own keys, so its translator can be typed by them. */
export type IslandStrings<Prefix extends string> = Record<KeysUnder<Prefix>, string>;

/** The UI strings an island needs at run time (keys under the given prefixes), as JSON-ready pairs. */
export function islandStrings<Prefix extends string>(lang: Lang, prefixes: readonly Prefix[]): IslandStrings<Prefix> {
  const wanted = (key: UiKey): key is KeysUnder<Prefix> => prefixes.some((prefix) => key.startsWith(prefix));
  return Object.fromEntries(
    (Object.keys(vi) as UiKey[]).filter(wanted).map((key) => [key, translate(lang, key)]),
  ) as IslandStrings<Prefix>;
}

/** JSON safe to put inside <script type="application/json">: no "</script>" can end it early. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
