import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAnswered, isCorrect, parseTypedNumber, score, shuffled } from '../../../src/lib/quiz/quiz-scoring';
import { sampleQuiz } from '../quiz-fixture';

const q = (id: string) => sampleQuiz().questions.find((question) => question.id === id)!;

describe('typed numbers', () => {
  it('reads the Vietnamese and the English way, and either decimal mark', () => {
    expect(parseTypedNumber('7,6', 'vi')).toBe(7.6);
    expect(parseTypedNumber('7.6', 'vi')).toBe(7.6);
    expect(parseTypedNumber('1.250,5', 'vi')).toBe(1250.5);
    expect(parseTypedNumber('1.000', 'vi')).toBe(1000);
    expect(parseTypedNumber('1,000', 'en')).toBe(1000);
    expect(parseTypedNumber('1,250.5', 'en')).toBe(1250.5);
    expect(parseTypedNumber(' 7,6 ', 'en')).toBe(7.6);
    expect(parseTypedNumber('−3', 'en')).toBe(-3);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', 'abc', '7,6,5', '1e3', '12%', '--1'])
      expect(parseTypedNumber(text, 'vi'), text).toBeUndefined();
  });

  it('reads back any number written the reader’s way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('vi', 'en'),
        (whole, cents, lang) => {
          const value = whole + (Math.sign(whole || 1) * cents) / 100;
          const text = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 2 }).format(
            value,
          );
          expect(parseTypedNumber(text, lang as 'vi' | 'en')).toBeCloseTo(value, 6);
        },
      ),
    );
  });
});

describe('marking answers', () => {
  it('single choice', () => {
    expect(isCorrect(q('fair-comparison'), { type: 'single', choice: 'rate' }, 'en')).toBe(true);
    expect(isCorrect(q('fair-comparison'), { type: 'single', choice: 'count' }, 'en')).toBe(false);
  });

  it('multiple choice needs exactly the correct set', () => {
    const question = q('skewed');
    expect(isCorrect(question, { type: 'multiple', choices: ['days', 'income'] }, 'en')).toBe(true);
    expect(isCorrect(question, { type: 'multiple', choices: ['income'] }, 'en')).toBe(false);
    expect(isCorrect(question, { type: 'multiple', choices: ['income', 'days', 'height'] }, 'en')).toBe(false);
    expect(isAnswered(question, { type: 'multiple', choices: [] }, 'en')).toBe(false);
  });

  it('numeric within tolerance, typed either way', () => {
    const question = q('mean-days');
    for (const text of ['7,6', '7.6', '7.65', '7,55'])
      expect(isCorrect(question, { type: 'numeric', text }, 'vi'), text).toBe(true);
    for (const text of ['7.7', '7,5', '76'])
      expect(isCorrect(question, { type: 'numeric', text }, 'vi'), text).toBe(false);
    expect(isAnswered(question, { type: 'numeric', text: 'bảy' }, 'vi')).toBe(false);
  });

  it('order must match exactly; true/false; wrong answer type never counts', () => {
    expect(isCorrect(q('steps'), { type: 'order', ids: ['count', 'divide', 'scale'] }, 'en')).toBe(true);
    expect(isCorrect(q('steps'), { type: 'order', ids: ['divide', 'count', 'scale'] }, 'en')).toBe(false);
    expect(isCorrect(q('median-robust'), { type: 'true-false', value: true }, 'en')).toBe(true);
    expect(isCorrect(q('median-robust'), { type: 'single', choice: 'true' }, 'en')).toBe(false);
  });
});

describe('scores', () => {
  it('round down so 79% does not pass an 80% mark', () => {
    const quiz = sampleQuiz();
    expect(score(quiz, ['fair-comparison', 'skewed', 'median-robust', 'mean-days'])).toEqual({
      correct: 4,
      total: 5,
      percent: 80,
      passed: true,
      missed: ['steps'],
    });
    expect(score(quiz, ['fair-comparison', 'skewed', 'median-robust'])).toEqual({
      correct: 3,
      total: 5,
      percent: 60,
      passed: false,
      missed: ['mean-days', 'steps'],
    });
    expect(score(quiz, ['no-such', 'skewed', 'skewed']).correct).toBe(1);
  });
});

describe('shuffling', () => {
  it('is a repeatable permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 12 }), fc.integer(), (items, seed) => {
        const once = shuffled(items, seed);
        expect(shuffled(items, seed)).toEqual(once);
        expect([...once].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });
});
