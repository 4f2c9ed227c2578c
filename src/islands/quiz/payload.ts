import type { IslandStrings } from '../../i18n/island-strings';
import type { QuizSkeleton } from '../../lib/quiz/quiz-texts';

/** The dictionary parts the quiz island speaks from: its own strings and the progress store's notices. */
export const quizStringPrefixes = ['quiz.', 'progress.notice.'] as const;

/** Already in the HTML, so not sent again: the heading and the no-script note. */
export type QuizStaticKey = 'quiz.heading' | 'quiz.noScript';
type AllQuizStrings = Omit<IslandStrings<(typeof quizStringPrefixes)[number]>, QuizStaticKey>;
/** Each intro is sent only to a quiz of its mode (a practice quiz never says the test's). */
export type QuizIntroKey = 'quiz.intro.practice' | 'quiz.intro.test';
export type QuizStrings = Omit<AllQuizStrings, QuizIntroKey> & Partial<Pick<AllQuizStrings, QuizIntroKey>>;
export type QuizStringKey = keyof AllQuizStrings;

/** What Quiz.astro writes into <script data-quiz-payload> and <quiz-island> reads. */
export interface QuizPayload {
  /** The quiz less its prompt and option texts, which the page's no-script list carries (sent once). */
  quiz: QuizSkeleton;
  strings: QuizStrings;
}
