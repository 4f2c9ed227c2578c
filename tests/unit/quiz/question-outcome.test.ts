import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { quizMachine } from '../../../src/lib/quiz/quiz-machine';
import { questionOutcome } from '../../../src/lib/quiz/question-outcome';
import type { Answer } from '../../../src/lib/quiz/quiz-scoring';
import { sampleQuiz } from '../quiz-fixture';

const right: Answer[] = [
  { type: 'single', choice: 'rate' },
  { type: 'multiple', choices: ['income', 'days'] },
  { type: 'true-false', value: true },
  { type: 'numeric', text: '7,6' },
  { type: 'order', ids: ['count', 'divide', 'scale'] },
];
const wrong: Answer[] = [
  { type: 'single', choice: 'count' },
  { type: 'multiple', choices: ['income'] },
  { type: 'true-false', value: false },
  { type: 'numeric', text: '76' },
  { type: 'order', ids: ['scale', 'divide', 'count'] },
];

/** A practice attempt: per question, wrong first tries (0 to 2, each retried), then right or left wrong. */
function practise(plan: Array<{ wrongTries: number; endsRight: boolean }>) {
  const quiz = sampleQuiz('practice');
  const actor = createActor(quizMachine, { input: { quiz, lang: 'vi', seed: 3 } }).start();
  actor.send({ type: 'quiz.start' });
  plan.forEach(({ wrongTries, endsRight }, i) => {
    for (let t = 0; t < wrongTries; t++) {
      actor.send({ type: 'answer.set', answer: wrong[i]! });
      actor.send({ type: 'answer.check' });
      actor.send({ type: 'answer.retry' });
    }
    actor.send({ type: 'answer.set', answer: (endsRight ? right : wrong)[i]! });
    actor.send({ type: 'answer.check' });
    actor.send({ type: 'question.next' });
  });
  return actor.getSnapshot();
}

describe('questionOutcome: the one scoring rule, as the review shows it', () => {
  it('a practice question wrong at first and right on the retry shows as right on a retry, and scores nothing', () => {
    const { context, value } = practise(right.map((_, i) => ({ wrongTries: i === 0 ? 1 : 0, endsRight: true })));
    expect(value).toBe('finished');
    const outcome = (id: string) => questionOutcome(context.quiz, id, context.answers, context.firstTry, 'vi');
    expect(outcome('fair-comparison')).toBe('right-later');
    expect(outcome('skewed')).toBe('right');
    expect(context.result).toMatchObject({ correct: 4, total: 5, percent: 80 });
  });

  it('in any practice attempt, the questions shown as "right" are exactly the ones the score counts', () => {
    const step = fc.record({ wrongTries: fc.integer({ min: 0, max: 2 }), endsRight: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 5 }), (plan) => {
        const { context } = practise(plan);
        const outcomes = context.quiz.questions.map((q) =>
          questionOutcome(context.quiz, q.id, context.answers, context.firstTry, 'vi'),
        );
        expect(outcomes.filter((o) => o === 'right').length).toBe(context.result!.correct);
        plan.forEach((p, i) =>
          expect(outcomes[i]).toBe(p.wrongTries === 0 && p.endsRight ? 'right' : p.endsRight ? 'right-later' : 'wrong'),
        );
      }),
    );
  });

  it('a test counts the answer submitted: right or wrong, never "on a retry"', () => {
    const quiz = sampleQuiz('test');
    const answers = { 'fair-comparison': right[0]!, skewed: wrong[1]! };
    expect(questionOutcome(quiz, 'fair-comparison', answers, {}, 'vi')).toBe('right');
    expect(questionOutcome(quiz, 'skewed', answers, {}, 'vi')).toBe('wrong');
    expect(questionOutcome(quiz, 'steps', answers, {}, 'vi')).toBe('wrong');
  });
});
