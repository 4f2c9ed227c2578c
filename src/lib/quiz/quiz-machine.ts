import { and, assign, setup } from 'xstate';
import type { Lang } from '../../i18n/languages';
import type { QuizData } from '../../schemas/quiz';
import { isAnswered, isCorrect, score, type Answer, type Score } from './quiz-scoring';

/**
 * One attempt at a module's quiz, and the retries after it. Knows nothing of the DOM: the island sends events and
 * renders snapshots. Bump QUIZ_MACHINE_VERSION whenever states or context change shape, so a saved snapshot of
 * an older machine is dropped instead of restored into states that no longer exist.
 */
export const QUIZ_MACHINE_VERSION = 1;

export interface QuizInput {
  quiz: QuizData;
  lang: Lang;
  /** Seeds the option order of the first attempt; each retry derives a new one. */
  seed: number;
}

export interface QuizContext extends QuizInput {
  index: number;
  answers: Record<string, Answer>;
  /** practice: questions checked so far and whether the first check was right (that is what scores). */
  firstTry: Record<string, boolean>;
  attempt: number;
  result?: Score;
}

export type QuizEvent =
  | { type: 'quiz.start' }
  | { type: 'answer.set'; answer: Answer }
  | { type: 'answer.check' }
  | { type: 'answer.retry' }
  | { type: 'question.next' }
  | { type: 'question.previous' }
  | { type: 'question.goto'; index: number }
  | { type: 'quiz.submit' }
  | { type: 'quiz.review' }
  | { type: 'quiz.results' }
  | { type: 'quiz.retry' };

const current = (c: QuizContext) => c.quiz.questions[c.index]!;
const currentAnswer = (c: QuizContext) => c.answers[current(c).id];

export const quizMachine = setup({
  types: {} as { context: QuizContext; events: QuizEvent; input: QuizInput },
  guards: {
    isPractice: ({ context }) => context.quiz.behaviour === 'practice',
    isTest: ({ context }) => context.quiz.behaviour === 'test',
    currentIsAnswered: ({ context }) => isAnswered(current(context), currentAnswer(context), context.lang),
    currentIsWrong: ({ context }) => !isCorrect(current(context), currentAnswer(context), context.lang),
    hasNext: ({ context }) => context.index < context.quiz.questions.length - 1,
    hasPrevious: ({ context }) => context.index > 0,
    allAnswered: ({ context }) =>
      context.quiz.questions.every((q) => isAnswered(q, context.answers[q.id], context.lang)),
    indexInRange: ({ context, event }) =>
      event.type === 'question.goto' && event.index >= 0 && event.index < context.quiz.questions.length,
  },
  actions: {
    storeAnswer: assign({
      answers: ({ context, event }) =>
        event.type === 'answer.set' && event.answer.type === current(context).type
          ? { ...context.answers, [current(context).id]: event.answer }
          : context.answers,
    }),
    recordFirstTry: assign({
      firstTry: ({ context }) => {
        const id = current(context).id;
        if (id in context.firstTry) return context.firstTry;
        return { ...context.firstTry, [id]: isCorrect(current(context), currentAnswer(context), context.lang) };
      },
    }),
    clearAnswer: assign({
      answers: ({ context }) => {
        const { [current(context).id]: _dropped, ...rest } = context.answers;
        return rest;
      },
    }),
    goNext: assign({ index: ({ context }) => context.index + 1 }),
    goPrevious: assign({ index: ({ context }) => context.index - 1 }),
    goTo: assign({ index: ({ event, context }) => (event.type === 'question.goto' ? event.index : context.index) }),
    goFirst: assign({ index: 0 }),
    scorePractice: assign({
      result: ({ context }) =>
        score(
          context.quiz,
          Object.entries(context.firstTry)
            .filter(([, right]) => right)
            .map(([id]) => id),
        ),
    }),
    scoreTest: assign({
      result: ({ context }) =>
        score(
          context.quiz,
          context.quiz.questions.filter((q) => isCorrect(q, context.answers[q.id], context.lang)).map((q) => q.id),
        ),
    }),
    startOver: assign({
      index: 0,
      answers: {},
      firstTry: {},
      result: undefined,
      attempt: ({ context }) => context.attempt + 1,
      // A new, repeatable option order for the new attempt; questions stay the same.
      seed: ({ context }) => Math.imul(context.seed ^ 0x9e3779b9, 2654435761) >>> 0 || 1,
    }),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => ({ ...input, index: 0, answers: {}, firstTry: {}, attempt: 1 }),
  initial: 'intro',
  states: {
    intro: { on: { 'quiz.start': 'answering' } },
    answering: {
      on: {
        'answer.set': { actions: 'storeAnswer' },
        'answer.check': { guard: and(['isPractice', 'currentIsAnswered']), target: 'feedback' },
        // Only a test lets the learner move freely; practice goes forward through feedback.
        'question.next': { guard: and(['isTest', 'hasNext']), actions: 'goNext' },
        'question.previous': { guard: and(['isTest', 'hasPrevious']), actions: 'goPrevious' },
        'question.goto': { guard: and(['isTest', 'indexInRange']), actions: 'goTo' },
        'quiz.submit': { guard: and(['isTest', 'allAnswered']), target: 'finished', actions: 'scoreTest' },
      },
    },
    feedback: {
      entry: 'recordFirstTry',
      on: {
        'answer.retry': { guard: 'currentIsWrong', target: 'answering', actions: 'clearAnswer' },
        'question.next': [
          { guard: 'hasNext', target: 'answering', actions: 'goNext' },
          { target: 'finished', actions: 'scorePractice' },
        ],
      },
    },
    finished: {
      on: {
        'quiz.review': { target: 'reviewing', actions: 'goFirst' },
        'quiz.retry': { target: 'answering', actions: 'startOver' },
      },
    },
    reviewing: {
      on: {
        'question.next': { guard: 'hasNext', actions: 'goNext' },
        'question.previous': { guard: 'hasPrevious', actions: 'goPrevious' },
        'question.goto': { guard: 'indexInRange', actions: 'goTo' },
        'quiz.results': 'finished',
        'quiz.retry': { target: 'answering', actions: 'startOver' },
      },
    },
  },
});
