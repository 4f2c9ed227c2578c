import type { IslandStrings } from '../../i18n/island-strings';

export const offlineStringPrefixes = ['offline.'] as const;

/** What OfflineStatus.astro writes into <script data-offline-payload> and <offline-island> reads. */
export interface OfflineStatusPayload {
  strings: IslandStrings<(typeof offlineStringPrefixes)[number]>;
}
