import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { sharedPathSchema } from '../../../src/lib/course-paths/path-schema';
import { doneForPath } from '../../../src/lib/course-paths/path-progress';
import { bestScore } from '../../../src/lib/quiz/best-score';
import {
  bestMeetsPathMark,
  DEFAULT_PASS_MARK,
  failedFor,
  MAX_PASS_MARK,
  MIN_PASS_MARK,
  reachesMark,
} from '../../../src/lib/quiz/pass-mark';
import { score } from '../../../src/lib/quiz/quiz-scoring';
import { quizSchema } from '../../../src/schemas/quiz';
import { sampleQuiz } from '../quiz-fixture';

const mark = fc.integer({ min: MIN_PASS_MARK, max: MAX_PASS_MARK });
const attempt = fc.record({ percent: fc.integer({ min: 0, max: 100 }), passed: fc.boolean() });

describe('the pass mark', () => {
  it('is reached at the mark itself and not a point below', () => {
    expect(reachesMark(80, 80)).toBe(true);
    expect(reachesMark(79, 80)).toBe(false);
    expect(reachesMark(100, 100)).toBe(true);
  });

  it('is 80 when a quiz file says nothing, and a whole percent from 1 to 100 in a quiz file or a path link', () => {
    const { passMark: _omitted, ...withoutMark } = sampleQuiz();
    expect(quizSchema.parse(withoutMark).passMark).toBe(DEFAULT_PASS_MARK);
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5, max: 105 }), fc.double({ min: 0, max: 101, noNaN: true })),
        (value) => {
          const allowed = Number.isInteger(value) && value >= 1 && value <= 100;
          expect(quizSchema.safeParse({ ...sampleQuiz(), passMark: value }).success).toBe(allowed);
          expect(v.safeParse(sharedPathSchema, { title: 'T', modules: ['a/b'], passMark: value }).success).toBe(
            allowed,
          );
        },
      ),
    );
  });

  it('decides a quiz result: passed exactly when the whole percent reaches the quiz mark', () => {
    const quiz = sampleQuiz();
    const ids = quiz.questions.map((q) => q.id);
    fc.assert(
      fc.property(mark, fc.subarray(ids), (passMark, right) => {
        const result = score({ ...quiz, passMark }, right);
        expect(result.passed).toBe(result.percent >= passMark);
      }),
    );
  });

  it('without a path mark, an attempt fails a path as the quiz marked it; with one, by the path mark alone', () => {
    fc.assert(
      fc.property(attempt, mark, (a, pathMark) => {
        expect(failedFor(a, undefined)).toBe(!a.passed);
        expect(failedFor(a, pathMark)).toBe(a.percent < pathMark);
      }),
    );
    // A pass at a quiz marked 60% is still a fail for a path asking 90%.
    expect(failedFor({ percent: 70, passed: true }, 90)).toBe(true);
  });

  it('the class view and the learner page never disagree: a path mark is met exactly when some attempt did not fail it', () => {
    fc.assert(
      fc.property(fc.array(attempt, { minLength: 1, maxLength: 8 }), mark, (attempts, pathMark) => {
        const met = bestMeetsPathMark(bestScore(attempts), pathMark);
        expect(met).toBe(attempts.some((a) => !failedFor(a, pathMark)));
        expect(doneForPath('completed', bestScore(attempts), pathMark)).toBe(met);
      }),
    );
  });

  it('a completed module with no score (no quiz) or on a path without a mark is done for the path', () => {
    fc.assert(
      fc.property(
        fc.option(mark, { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        (pathMark, best) => {
          if (pathMark === undefined || best === undefined) expect(bestMeetsPathMark(best, pathMark)).toBe(true);
          expect(doneForPath('in-progress', best, pathMark)).toBe(false);
        },
      ),
    );
  });
});
