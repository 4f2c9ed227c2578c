import type { Lang } from '../../i18n/languages';
import type { QuizData } from '../../schemas/quiz';
import { isCorrect, type Answer } from './quiz-scoring';

/**
 * How one question ends for the score, by the one rule the quiz states before it starts: a practice quiz counts
 * the first check of each question (a retry is for learning and scores nothing), a test counts the answer
 * submitted. "right-later" is a practice question got right only on a retry: shown as right, not counted.
 * The machine's score (scorePractice, scoreTest) counts exactly the "right" outcomes.
 */
export type QuestionOutcome = 'right' | 'right-later' | 'wrong';

export function questionOutcome(
  quiz: Pick<QuizData, 'behaviour' | 'questions'>,
  id: string,
  answers: Readonly<Record<string, Answer>>,
  firstTry: Readonly<Record<string, boolean>>,
  lang: Lang,
): QuestionOutcome {
  const question = quiz.questions.find((q) => q.id === id);
  if (!question) return 'wrong';
  const rightNow = isCorrect(question, answers[id], lang);
  if (quiz.behaviour === 'test') return rightNow ? 'right' : 'wrong';
  if (firstTry[id] === true) return 'right';
  return rightNow ? 'right-later' : 'wrong';
}
