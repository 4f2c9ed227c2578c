import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { quizMachine, type QuizEvent } from '../../../src/lib/quiz/quiz-machine';
import type { Answer } from '../../../src/lib/quiz/quiz-scoring';
import { snapshotFits } from '../../../src/lib/quiz/snapshot-fits';
import { sampleQuiz } from '../quiz-fixture';

const quizzes = { practice: sampleQuiz('practice'), test: sampleQuiz('test') };

/** Answers the island can send (option and item ids of the sample quiz), right and wrong. */
const answer = fc.oneof(
  fc.record({ type: fc.constant('single' as const), choice: fc.constantFrom('rate', 'count', 'rank') }),
  fc.record({ type: fc.constant('multiple' as const), choices: fc.subarray(['income', 'days', 'height']) }),
  fc.record({ type: fc.constant('true-false' as const), value: fc.boolean() }),
  fc.record({ type: fc.constant('numeric' as const), text: fc.string() }),
  fc.record({
    type: fc.constant('order' as const),
    ids: fc.shuffledSubarray(['count', 'divide', 'scale'], { minLength: 3, maxLength: 3 }),
  }),
);
const event: fc.Arbitrary<QuizEvent> = fc.oneof(
  fc.constantFrom<QuizEvent>(
    { type: 'quiz.start' },
    { type: 'answer.check' },
    { type: 'answer.retry' },
    { type: 'question.next' },
    { type: 'question.previous' },
    { type: 'quiz.submit' },
    { type: 'quiz.review' },
    { type: 'quiz.results' },
    { type: 'quiz.retry' },
  ),
  answer.map((a) => ({ type: 'answer.set' as const, answer: a })),
  fc.integer({ min: -2, max: 7 }).map((index) => ({ type: 'question.goto' as const, index })),
);

/** Every snapshot a run of the real machine passes through, as stored (through JSON). */
function savedSnapshots(behaviour: 'practice' | 'test', seed: number, events: QuizEvent[]): unknown[] {
  const actor = createActor(quizMachine, { input: { quiz: quizzes[behaviour], lang: 'vi', seed } }).start();
  const saved = [JSON.parse(JSON.stringify(actor.getPersistedSnapshot()))];
  for (const e of events) {
    actor.send(e);
    saved.push(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())));
  }
  actor.stop();
  return saved;
}

/** A whole attempt answered question by question, so finished and review states come up, not only by luck. */
function playThrough(behaviour: 'practice' | 'test', answers: Answer[]): QuizEvent[] {
  const events: QuizEvent[] = [{ type: 'quiz.start' }];
  for (const a of answers) {
    events.push({ type: 'answer.set', answer: a });
    if (behaviour === 'practice') events.push({ type: 'answer.check' });
    events.push({ type: 'question.next' });
  }
  if (behaviour === 'test') events.push({ type: 'quiz.submit' });
  return events;
}
const rightAnswers: Answer[] = [
  { type: 'single', choice: 'rate' },
  { type: 'multiple', choices: ['income', 'days'] },
  { type: 'true-false', value: true },
  { type: 'numeric', text: '7,6' },
  { type: 'order', ids: ['count', 'divide', 'scale'] },
];
const questionTypes = quizzes.practice.questions.map((q) => q.type);
// A played-through numeric answer is a number, so the attempt can be checked and submitted.
const answerFor = (type: Answer['type']) =>
  type === 'numeric'
    ? fc.integer().map((n): Answer => ({ type: 'numeric', text: String(n) }))
    : answer.filter((a) => a.type === type);

const run = fc
  .record({
    behaviour: fc.constantFrom('practice' as const, 'test' as const),
    seed: fc.integer({ min: 1, max: 2 ** 32 - 1 }),
    played: fc.option(fc.tuple(...questionTypes.map(answerFor)), { nil: undefined }),
    events: fc.array(event, { maxLength: 30 }),
  })
  .map(({ behaviour, seed, played, events }) => ({
    behaviour,
    seed,
    events: [...(played ? playThrough(behaviour, played) : []), ...events],
  }));

type Damage = (snapshot: any) => void;
/** Ways storage (a hand edit, an old bug, another site's code) can spoil a snapshot. */
const damages: Record<string, Damage> = {
  'index past the last question': (s) => (s.context.index = 999),
  'negative index': (s) => (s.context.index = -1),
  'fractional index': (s) => (s.context.index = 0.5),
  'index as text': (s) => (s.context.index = '0'),
  'no quiz': (s) => (s.context.quiz = null),
  'another quiz': (s) => (s.context.quiz = { ...s.context.quiz, passMark: s.context.quiz.passMark - 1 }),
  'a question missing': (s) => s.context.quiz.questions.pop(),
  'unknown state': (s) => (s.value = 'paused'),
  'nested state value': (s) => (s.value = { answering: 'x' }),
  'failed actor': (s) => (s.status = 'error'),
  'no context': (s) => (s.context = undefined),
  'answer to an unknown question': (s) =>
    (s.context.answers = { ...s.context.answers, ghost: { type: 'single', choice: 'rate' } }),
  'answer of the wrong type': (s) =>
    (s.context.answers = { ...s.context.answers, skewed: { type: 'single', choice: 'income' } }),
  'answer missing its value': (s) =>
    (s.context.answers = { ...s.context.answers, 'median-robust': { type: 'true-false' } }),
  'choice that is not an option': (s) =>
    (s.context.answers = { ...s.context.answers, 'fair-comparison': { type: 'single', choice: 'nope' } }),
  'order missing an item': (s) =>
    (s.context.answers = { ...s.context.answers, steps: { type: 'order', ids: ['count'] } }),
  'answers not an object': (s) => (s.context.answers = []),
  'first try not a yes/no': (s) => (s.context.firstTry = { ...s.context.firstTry, skewed: 'yes' }),
  'attempt zero': (s) => (s.context.attempt = 0),
  'negative attempt': (s) => (s.context.attempt = -3),
  'fractional attempt': (s) => (s.context.attempt = 1.5),
  'attempt as text': (s) => (s.context.attempt = '1'),
  'unknown language': (s) => (s.context.lang = 'fr'),
  'seed zero': (s) => (s.context.seed = 0),
  'a child actor': (s) => (s.children = { ghost: { src: 'x', snapshot: {} } }),
};

describe('snapshotFits', () => {
  it('accepts every snapshot the quiz machine really produces', () => {
    const visited = new Set<string>();
    // Runs through every state, so the check below never hangs on fast-check's luck.
    const reviewed = (behaviour: 'practice' | 'test') => ({
      behaviour,
      seed: 1,
      events: [
        ...playThrough(behaviour, rightAnswers),
        { type: 'quiz.review' },
        { type: 'question.next' },
      ] as QuizEvent[],
    });
    fc.assert(
      fc.property(run, ({ behaviour, seed, events }) => {
        for (const snapshot of savedSnapshots(behaviour, seed, events)) {
          visited.add((snapshot as { value: string }).value);
          expect(snapshotFits(snapshot, quizzes[behaviour])).toBe(true);
        }
      }),
      { examples: [[reviewed('practice')], [reviewed('test')]] },
    );
    // Every state the machine has was among the snapshots accepted, so none is refused by mistake.
    expect([...visited].sort()).toEqual(Object.keys(quizMachine.root.states).sort());
  });

  it('refuses any damaged snapshot', () => {
    fc.assert(
      fc.property(run, fc.constantFrom(...Object.keys(damages)), ({ behaviour, seed, events }, damage) => {
        const snapshots = savedSnapshots(behaviour, seed, events);
        const snapshot = snapshots[snapshots.length - 1] as any;
        damages[damage]!(snapshot);
        expect(snapshotFits(snapshot, quizzes[behaviour])).toBe(false);
      }),
    );
  });

  it('refuses a snapshot of the other behaviour of the same questions, and anything that is not a snapshot', () => {
    const [snapshot] = savedSnapshots('practice', 7, [{ type: 'quiz.start' }]);
    expect(snapshotFits(snapshot, quizzes.practice)).toBe(true);
    expect(snapshotFits(snapshot, quizzes.test)).toBe(false);
    fc.assert(
      fc.property(fc.jsonValue(), (junk) => {
        expect(snapshotFits(junk, quizzes.practice)).toBe(false);
      }),
    );
  });

  it('refuses the snapshot that broke quizzes on every reload (question 999, no quiz)', () => {
    const [snapshot] = savedSnapshots('test', 7, [{ type: 'quiz.start' }]) as any[];
    expect(snapshotFits({ ...snapshot, context: { ...snapshot.context, index: 999, quiz: null } }, quizzes.test)).toBe(
      false,
    );
  });
});
