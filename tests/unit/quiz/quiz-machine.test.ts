import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { quizMachine } from '../../../src/lib/quiz/quiz-machine';
import type { Answer } from '../../../src/lib/quiz/quiz-scoring';
import { sampleQuiz } from '../quiz-fixture';

const right: Answer[] = [
  { type: 'single', choice: 'rate' },
  { type: 'multiple', choices: ['income', 'days'] },
  { type: 'true-false', value: true },
  { type: 'numeric', text: '7,6' },
  { type: 'order', ids: ['count', 'divide', 'scale'] },
];
const wrongFirst: Answer = { type: 'single', choice: 'count' };

function start(behaviour: 'practice' | 'test') {
  const actor = createActor(quizMachine, { input: { quiz: sampleQuiz(behaviour), lang: 'vi', seed: 42 } }).start();
  actor.send({ type: 'quiz.start' });
  return actor;
}
const state = (actor: ReturnType<typeof start>) => actor.getSnapshot().value;

describe('practice quiz', () => {
  it('checks each answer, lets a wrong one be tried again, and scores first tries', () => {
    const actor = start('practice');
    expect(state(actor)).toBe('answering');
    actor.send({ type: 'answer.check' }); // nothing chosen yet
    expect(state(actor)).toBe('answering');

    actor.send({ type: 'answer.set', answer: wrongFirst });
    actor.send({ type: 'answer.check' });
    expect(state(actor)).toBe('feedback');
    actor.send({ type: 'answer.retry' });
    expect(state(actor)).toBe('answering');
    expect(actor.getSnapshot().context.answers['fair-comparison']).toBeUndefined();
    actor.send({ type: 'answer.set', answer: right[0]! });
    actor.send({ type: 'answer.check' });
    actor.send({ type: 'answer.retry' }); // a right answer cannot be "retried"
    expect(state(actor)).toBe('feedback');
    expect(actor.getSnapshot().context.firstTry['fair-comparison']).toBe(false);

    for (const answer of right.slice(1)) {
      actor.send({ type: 'question.next' });
      actor.send({ type: 'answer.set', answer });
      actor.send({ type: 'answer.check' });
    }
    actor.send({ type: 'question.next' });
    expect(state(actor)).toBe('finished');
    expect(actor.getSnapshot().context.result).toEqual({
      correct: 4,
      total: 5,
      percent: 80,
      passed: true,
      missed: ['fair-comparison'],
    });
  });

  it('ignores an answer of the wrong type and test-only moves', () => {
    const actor = start('practice');
    actor.send({ type: 'answer.set', answer: { type: 'numeric', text: '1' } });
    expect(actor.getSnapshot().context.answers).toEqual({});
    actor.send({ type: 'question.next' });
    actor.send({ type: 'question.goto', index: 3 });
    actor.send({ type: 'quiz.submit' });
    expect(actor.getSnapshot().context.index).toBe(0);
    expect(state(actor)).toBe('answering');
  });
});

describe('test quiz', () => {
  it('moves freely, submits only when all are answered, then shows score and review', () => {
    const actor = start('test');
    actor.send({ type: 'answer.check' });
    expect(state(actor)).toBe('answering');
    actor.send({ type: 'question.previous' });
    expect(actor.getSnapshot().context.index).toBe(0);
    right.forEach((answer, i) => {
      actor.send({ type: 'question.goto', index: i });
      actor.send({ type: 'answer.set', answer: i === 2 ? { type: 'true-false', value: false } : answer });
      if (i < right.length - 1) {
        actor.send({ type: 'quiz.submit' });
        expect(state(actor), `submitted with ${i + 1} answered`).toBe('answering');
      }
    });
    actor.send({ type: 'question.goto', index: 99 });
    expect(actor.getSnapshot().context.index).toBe(4);
    actor.send({ type: 'quiz.submit' });
    expect(state(actor)).toBe('finished');
    expect(actor.getSnapshot().context.result).toEqual({
      correct: 4,
      total: 5,
      percent: 80,
      passed: true,
      missed: ['median-robust'],
    });

    actor.send({ type: 'quiz.review' });
    expect(state(actor)).toBe('reviewing');
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send({ type: 'question.next' });
    actor.send({ type: 'answer.set', answer: { type: 'multiple', choices: ['height'] } });
    expect(actor.getSnapshot().context.answers['skewed']).toEqual(right[1]); // review is read-only
    actor.send({ type: 'quiz.results' });
    expect(state(actor)).toBe('finished');
  });

  it('a retry keeps the questions, clears answers, counts the attempt and reshuffles', () => {
    const actor = start('test');
    right.forEach((answer, i) => {
      actor.send({ type: 'question.goto', index: i });
      actor.send({ type: 'answer.set', answer });
    });
    actor.send({ type: 'quiz.submit' });
    const before = actor.getSnapshot().context;
    expect(before.result?.passed).toBe(true);
    actor.send({ type: 'quiz.retry' });
    const after = actor.getSnapshot().context;
    expect(state(actor)).toBe('answering');
    expect(after.answers).toEqual({});
    expect(after.result).toBeUndefined();
    expect(after.attempt).toBe(2);
    expect(after.seed).not.toBe(before.seed);
    expect(after.quiz.questions.map((q) => q.id)).toEqual(before.quiz.questions.map((q) => q.id));
  });

  it('restores from a persisted snapshot on the same question with answers kept', () => {
    const actor = start('test');
    actor.send({ type: 'answer.set', answer: right[0]! });
    actor.send({ type: 'question.next' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(quizMachine, {
      snapshot: saved,
      input: { quiz: sampleQuiz('test'), lang: 'vi', seed: 1 },
    }).start();
    expect(restored.getSnapshot().value).toBe('answering');
    expect(restored.getSnapshot().context.index).toBe(1);
    expect(restored.getSnapshot().context.answers['fair-comparison']).toEqual(right[0]);
  });

  it('in review: moves within range, jumps, and can start a new attempt; a test cannot go past its last question', () => {
    const actor = start('test');
    right.forEach((answer, i) => {
      actor.send({ type: 'question.goto', index: i });
      actor.send({ type: 'answer.set', answer });
    });
    actor.send({ type: 'question.next' });
    expect(actor.getSnapshot().context.index).toBe(right.length - 1);
    actor.send({ type: 'quiz.submit' });
    actor.send({ type: 'quiz.review' });
    actor.send({ type: 'question.previous' });
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send({ type: 'question.goto', index: 3 });
    expect(actor.getSnapshot().context.index).toBe(3);
    actor.send({ type: 'question.goto', index: -1 });
    expect(actor.getSnapshot().context.index).toBe(3);
    actor.send({ type: 'quiz.retry' });
    expect(actor.getSnapshot().value).toBe('answering');
    expect(actor.getSnapshot().context).toMatchObject({ index: 0, attempt: 2, answers: {} });
  });
});
