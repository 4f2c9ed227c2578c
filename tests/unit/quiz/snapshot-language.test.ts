import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { quizMachine, type QuizEvent } from '../../../src/lib/quiz/quiz-machine';
import { parseTypedNumber } from '../../../src/lib/quiz/quiz-scoring';
import { snapshotFits } from '../../../src/lib/quiz/snapshot-fits';
import { snapshotForPage } from '../../../src/lib/quiz/snapshot-language';
import { sampleQuiz } from '../quiz-fixture';
import { translatedSample } from './translated-fixture';

/** A practice attempt saved on the Vietnamese page at the numeric question, with the number typed the vi way. */
function savedInVietnamese(typed: string) {
  const events: QuizEvent[] = [
    { type: 'quiz.start' },
    { type: 'answer.set', answer: { type: 'single', choice: 'count' } },
    { type: 'answer.check' },
    { type: 'question.next' },
    { type: 'answer.set', answer: { type: 'multiple', choices: ['income', 'days'] } },
    { type: 'answer.check' },
    { type: 'question.next' },
    { type: 'answer.set', answer: { type: 'true-false', value: true } },
    { type: 'answer.check' },
    { type: 'question.next' },
    { type: 'answer.set', answer: { type: 'numeric', text: typed } },
  ];
  const actor = createActor(quizMachine, { input: { quiz: translatedSample(), lang: 'vi', seed: 5 } }).start();
  for (const e of events) actor.send(e);
  const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
  actor.stop();
  return saved;
}

describe('a quiz saved in one language, opened in the other', () => {
  it('fits the other translation (same ids and answers) but not a quiz whose answers changed', () => {
    const saved = savedInVietnamese('7,6');
    expect(snapshotFits(saved, sampleQuiz())).toBe(true);
    const edited = sampleQuiz();
    const q = edited.questions[0]!;
    if (q.type === 'single') for (const o of q.options) o.correct = o.id === 'count';
    expect(snapshotFits(saved, edited)).toBe(false);
  });

  it('goes on at the same question with the same answers and first tries, in the new language', () => {
    const saved = savedInVietnamese('7,6');
    const english = sampleQuiz();
    const snapshot = snapshotForPage(saved, english, 'en');
    const actor = createActor(quizMachine, { input: { quiz: english, lang: 'en', seed: 1 }, snapshot }).start();
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('answering');
    expect(context.index).toBe(3);
    expect(context.quiz.questions[0]!.prompt).toBe('Which compares communes fairly?');
    expect(context.firstTry).toEqual({ 'fair-comparison': false, skewed: true, 'median-robust': true });
    expect(context.answers['mean-days']).toEqual({ type: 'numeric', text: '7.6' });
    actor.send({ type: 'answer.check' });
    expect(actor.getSnapshot().context.firstTry['mean-days']).toBe(true);
  });

  it('keeps the value of any typed number: 1.250,5 in Vietnamese is 1250.5 in English, not 1.25', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        const typed = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }).format(value);
        const snapshot = snapshotForPage(savedInVietnamese(typed), sampleQuiz(), 'en');
        const text = (snapshot.context.answers['mean-days'] as { text: string }).text;
        expect(parseTypedNumber(text, 'en')).toBe(parseTypedNumber(typed, 'vi'));
      }),
      { numRuns: 50 },
    );
  });
});
