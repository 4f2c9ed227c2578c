import type { IslandStrings } from '../../i18n/island-strings';
import type { ModuleInfo } from '../../lib/progress/learning-summary';

export const learningStringPrefixes = ['learning.', 'progress.', 'exercise.record.learning.'] as const;

/** What the My learning page writes into <script data-learning-payload> and <learning-island> reads. */
export interface LearningPayload {
  /** Every module in course order, so the island can name and link what the record holds. */
  modules: ModuleInfo[];
  strings: IslandStrings<(typeof learningStringPrefixes)[number]>;
}
