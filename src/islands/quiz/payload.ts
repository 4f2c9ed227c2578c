import type { IslandStrings } from '../../i18n/island-strings';
import type { QuizSkeleton } from '../../lib/quiz/quiz-texts';

/** The dictionary parts the quiz island speaks from: its own strings and the progress store's notices. */
export const quizStringPrefixes = ['quiz.', 'progress.notice.'] as const;

/** Already in the HTML, so not sent again: the heading and the no-script note. */
export type QuizStaticKey = 'quiz.heading' | 'quiz.noScript';
type AllQuizStrings = Omit<IslandStrings<(typeof quizStringPrefixes)[number]>, QuizStaticKey>;
/**
 * Strings only one mode says: a page sends a quiz only its own mode's (a practice quiz never submits, a test is
 * never checked question by question). The intros are not sent at all: the island reads its intro from the page.
 */
export const modeOnlyKeys = {
  practice: ['quiz.check', 'quiz.chooseFirst', 'quiz.tryAgain', 'quiz.rightLater', 'quiz.resultFirstTry'],
  test: ['quiz.result', 'quiz.submit', 'quiz.unanswered'],
} as const;
type ModeOnlyKey = (typeof modeOnlyKeys)[keyof typeof modeOnlyKeys][number] | QuizFromPageKey;
/** Read from the page (Quiz.astro prints them before the quiz starts), so not sent twice. */
type QuizFromPageKey = 'quiz.intro.practice' | 'quiz.intro.test' | 'quiz.scoreRule.practice';
export type QuizStrings = Omit<AllQuizStrings, ModeOnlyKey> & Partial<Pick<AllQuizStrings, ModeOnlyKey>>;
export type QuizStringKey = keyof AllQuizStrings;

/** What Quiz.astro writes into <script data-quiz-payload> and <quiz-island> reads. */
export interface QuizPayload {
  /** The quiz less its prompt and option texts, which the page's no-script list carries (sent once). */
  quiz: QuizSkeleton;
  strings: QuizStrings;
  /** Where the result panel sends the learner on: the course's next module, or the course after its last one. */
  next?: { kind: 'module' | 'course'; href: string; title: string };
}
