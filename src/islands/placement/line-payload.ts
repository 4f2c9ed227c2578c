import type { IslandStrings } from '../../i18n/island-strings';

export const placementLineStringPrefixes = ['placement.learning.'] as const;

/** What My learning's placement line (PlacementLine.astro) writes and <placement-line-island> reads. */
export interface PlacementLinePayload {
  /** The role paths' titles by slug, to name the recommended one. */
  paths: Record<string, string>;
  strings: IslandStrings<(typeof placementLineStringPrefixes)[number]>;
}
