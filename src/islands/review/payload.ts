import type { IslandStrings } from '../../i18n/island-strings';

/** The review speaks its own strings, draws questions with the quiz's, and shows the progress store's notices. */
export const reviewStringPrefixes = ['review.', 'quiz.', 'progress.notice.'] as const;
export type ReviewStringKey = keyof IslandStrings<(typeof reviewStringPrefixes)[number]>;

/** A module that has a quiz, so it can be reviewed once passed. */
export interface ReviewableModule {
  key: string;
  number: string;
  title: string;
  url: string;
}

/** What ReviewSection.astro writes into <script data-review-payload> and <review-island> reads. */
export interface ReviewPayload {
  /** Every module with a quiz, in course order. */
  modules: ReviewableModule[];
  /** /{lang}/review-questions.json, fetched when a review starts. */
  questions: string;
  strings: IslandStrings<(typeof reviewStringPrefixes)[number]>;
}
