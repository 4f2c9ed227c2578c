import type { Question, QuizData } from '../../schemas/quiz';
import { quizMachine } from './quiz-machine';
import { answerKey } from './quiz-key';

/**
 * Whether a saved quiz snapshot (XState's persisted snapshot, from the learner's record) can be restored into
 * this quiz. Storage is the learner's to edit, and a snapshot is trusted by XState as it is: one that points at
 * question 999, carries no quiz or an answer of the wrong shape restores "fine" and then breaks the quiz on
 * every reload. So every part the machine and the view read is checked against the quiz before restoring.
 */
export function snapshotFits(snapshot: unknown, quiz: QuizData): boolean {
  if (!isRecord(snapshot) || snapshot.status !== 'active') return false;
  const { value, context } = snapshot;
  if (typeof value !== 'string' || !Object.hasOwn(quizMachine.root.states, value)) return false;
  // The machine runs no child actors; a child in a snapshot would be started from nothing.
  if (snapshot.children !== undefined && !(isRecord(snapshot.children) && Object.keys(snapshot.children).length === 0))
    return false;
  // The saved quiz may be the other language's (a language switch mid-quiz): what must match is what the answers
  // mean, the same in every translation (quiz-key.ts). The island then puts the page's own quiz in its place.
  if (!isRecord(context) || !sameAnswerKeys(context.quiz, quiz)) return false;
  if (context.lang !== 'vi' && context.lang !== 'en') return false;
  if (!isWholeIn(context.seed, 1, 2 ** 32 - 1) || !isWholeIn(context.attempt, 1, Number.MAX_SAFE_INTEGER)) return false;
  if (!isWholeIn(context.index, 0, quiz.questions.length - 1)) return false;

  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const { answers, firstTry, result } = context;
  if (!isRecord(answers) || !Object.entries(answers).every(([id, a]) => byId.has(id) && answerFits(byId.get(id)!, a)))
    return false;
  if (
    !isRecord(firstTry) ||
    !Object.entries(firstTry).every(([id, right]) => byId.has(id) && typeof right === 'boolean')
  )
    return false;

  const current = quiz.questions[context.index]!;
  // Feedback is only reached by checking an answer, and it shows that answer's verdict.
  if (value === 'feedback' && !(current.id in answers && current.id in firstTry)) return false;
  // A result is what the finished and review views show; elsewhere the machine holds none.
  if (value === 'finished' || value === 'reviewing') return resultFits(result, quiz);
  return result === undefined;
}

function answerFits(question: Question, answer: unknown): boolean {
  if (!isRecord(answer) || answer.type !== question.type) return false;
  switch (question.type) {
    case 'single':
      return question.options.some((o) => o.id === answer.choice);
    case 'multiple':
      return (
        isIdList(
          answer.choices,
          question.options.map((o) => o.id),
        ) && new Set(answer.choices).size === answer.choices.length
      );
    case 'true-false':
      return typeof answer.value === 'boolean';
    case 'numeric':
      return typeof answer.text === 'string';
    case 'order': {
      const items = question.items.map((i) => i.id);
      // The learner reorders the items given: every one of them, once.
      return (
        isIdList(answer.ids, items) && answer.ids.length === items.length && new Set(answer.ids).size === items.length
      );
    }
  }
}

function resultFits(result: unknown, quiz: QuizData): boolean {
  if (!isRecord(result)) return false;
  const total = quiz.questions.length;
  return (
    result.total === total &&
    isWholeIn(result.correct, 0, total) &&
    isWholeIn(result.percent, 0, 100) &&
    typeof result.passed === 'boolean' &&
    // Results saved before attempts listed missed questions have none.
    (result.missed === undefined ||
      isIdList(
        result.missed,
        quiz.questions.map((q) => q.id),
      ))
  );
}

function sameAnswerKeys(saved: unknown, quiz: QuizData): boolean {
  if (!isRecord(saved) || !Array.isArray(saved.questions)) return false;
  const neutral = (q: QuizData) =>
    JSON.stringify([q.behaviour, q.passMark, q.questions.map((x) => [x.id, answerKey(x)])]);
  try {
    return neutral(saved as QuizData) === neutral(quiz);
  } catch {
    return false; // a question of the wrong shape (options that are not a list): not this quiz
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isWholeIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

const isIdList = (value: unknown, known: string[]): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string' && known.includes(id));
