import type { Lang } from '../../i18n/languages';
import type { ReviewAttempt } from '../progress/progress-schema';
import { reachesMark } from '../quiz/pass-mark';
import { isCorrect, type Answer } from '../quiz/quiz-scoring';
import { wholePercent } from '../whole-percent';
import type { ReviewQuestions, ReviewSession } from './review-session';

// Apart from review-session.ts so My learning loads the scoring only with the review's code, when a review starts.
/** One ReviewAttempt per module asked, each scored against the module's own pass mark. */
export function reviewAttempts(
  session: ReviewSession,
  bank: ReviewQuestions,
  answers: Record<string, Answer>,
  lang: Lang,
  at: Date,
  newId: () => string,
): Array<{ module: string; attempt: ReviewAttempt }> {
  return session.modules.map((module) => {
    const asked = session.quiz.questions.filter((q) => session.origin[q.id]?.module === module);
    const missed = asked.filter((q) => !isCorrect(q, answers[q.id], lang));
    const correct = asked.length - missed.length;
    const passMark = bank.modules[module]?.passMark ?? 100;
    return {
      module,
      attempt: {
        id: newId(),
        at: at.toISOString(),
        lang,
        correct,
        total: asked.length,
        passed: reachesMark(wholePercent(correct, asked.length), passMark),
        questions: asked.map((q) => session.origin[q.id]!.question),
        missed: missed.map((q) => session.origin[q.id]!.question),
      },
    };
  });
}
