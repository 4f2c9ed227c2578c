import type { IslandStrings } from '../../i18n/island-strings';

export const searchStringPrefixes = ['search.'] as const;

/** What the search page writes into <script data-search-payload> and <search-island> reads. */
export interface SearchIslandPayload {
  /** URL of this language's search index, fetched on first use. */
  index: string;
  strings: IslandStrings<(typeof searchStringPrefixes)[number]>;
}
