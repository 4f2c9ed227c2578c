import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinQuizTexts, quizSkeleton, quizTexts, QuizTextMissingError } from '../../../src/lib/quiz/quiz-texts';
import { quizHash } from '../../../src/lib/quiz/quiz-session';
import type { QuizData } from '../../../src/schemas/quiz';
import { sampleQuiz } from '../quiz-fixture';

/** The sample quiz with every prompt, option and item text replaced by generated ones (any Unicode, quotes, "<"). */
const reworded = (words: string[]): QuizData => {
  let next = 0;
  const word = () => words[next++ % words.length]!;
  const quiz = sampleQuiz();
  return {
    ...quiz,
    questions: quiz.questions.map((q) => {
      if ('options' in q) return { ...q, prompt: word(), options: q.options.map((o) => ({ ...o, text: word() })) };
      if ('items' in q) return { ...q, prompt: word(), items: q.items.map((i) => ({ ...i, text: word() })) };
      return { ...q, prompt: word() };
    }),
  } as QuizData;
};
const texts = fc.array(fc.string({ minLength: 2, unit: 'grapheme' }), { minLength: 1, maxLength: 20 });

describe('quiz texts sent once', () => {
  it('the payload and the list together give back the very quiz the build had', () => {
    fc.assert(
      fc.property(texts, (words) => {
        const quiz = reworded(words);
        const joined = joinQuizTexts(JSON.parse(JSON.stringify(quizSkeleton(quiz))), quizTexts(quiz));
        expect(joined).toEqual(quiz);
        // Saved answers are matched by this hash (computed by the build over the whole quiz): same quiz, same hash.
        expect(quizHash(joined)).toBe(quizHash(quiz));
      }),
    );
  });

  it('the payload holds no prompt and no option or item text, but keeps answers and explanations', () => {
    const quiz = reworded(['⟦A⟧', '⟦B⟧', '⟦C⟧']);
    const payload = JSON.stringify(quizSkeleton(quiz));
    expect(payload).not.toMatch(/⟦/);
    for (const q of sampleQuiz().questions) {
      if ('explanation' in q) expect(payload).toContain(JSON.stringify(q.explanation));
      if ('options' in q) for (const o of q.options) expect(payload).toContain(JSON.stringify(o.explanation));
    }
    expect(payload).toContain('"answer":7.6');
  });

  it('a list that lacks a question or an option (a stale page) is an error, not a blank question', () => {
    const quiz = sampleQuiz();
    const skeleton = quizSkeleton(quiz);
    const { 'fair-comparison': _gone, ...withoutQuestion } = quizTexts(quiz);
    expect(() => joinQuizTexts(skeleton, withoutQuestion)).toThrow(QuizTextMissingError);
    const withoutOption = quizTexts(quiz);
    delete withoutOption.steps!.parts.divide;
    expect(() => joinQuizTexts(skeleton, withoutOption)).toThrow(/divide/);
  });
});
