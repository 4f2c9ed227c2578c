import type { IslandStrings } from '../../i18n/island-strings';

export const inAppStringPrefixes = ['inApp.'] as const;

/** What InAppNotice.astro writes into <script data-in-app-payload> and <in-app-island> reads. */
export interface InAppPayload {
  strings: IslandStrings<(typeof inAppStringPrefixes)[number]>;
  /** My learning, where a record made in the app can be moved by link; absent on My learning itself. */
  myLearning?: string;
}
