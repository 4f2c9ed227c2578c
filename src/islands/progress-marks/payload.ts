import type { IslandStrings } from '../../i18n/island-strings';

export const progressStringPrefixes = ['progress.'] as const;

/** What ProgressMarks.astro writes into <script data-progress-payload> and <progress-island> reads. */
export interface ProgressMarksPayload {
  strings: IslandStrings<(typeof progressStringPrefixes)[number]>;
}
