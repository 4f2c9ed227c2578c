import type { IslandStrings } from '../../i18n/island-strings';

export const progressStringPrefixes = ['progress.'] as const;

/** A module the page's "what to do next" button may name. */
export interface NextCandidate {
  key: string;
  number: string;
  title: string;
  url: string;
}

/** What ProgressMarks.astro writes into <script data-progress-payload> and <progress-island> reads. */
export interface ProgressMarksPayload {
  strings: IslandStrings<(typeof progressStringPrefixes)[number]>;
  /** For pages with a "what to do next" button ([data-progress-next]): its candidates, in course order. */
  next?: NextCandidate[];
}
