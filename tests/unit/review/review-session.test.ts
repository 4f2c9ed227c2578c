import { describe, expect, it } from 'vitest';
import { emptyProgress, type ModuleProgress, type Progress } from '../../../src/lib/progress/progress-schema';
import { interleave, pickQuestions } from '../../../src/lib/review/review-pick';
import { reviewAttempts } from '../../../src/lib/review/review-score';
import { buildSession, dueModules, recordReviews, type ReviewQuestions } from '../../../src/lib/review/review-session';
import type { Question } from '../../../src/schemas/quiz';

const tf = (id: string, answer = true): Question => ({
  id,
  type: 'true-false',
  prompt: `Is ${id} true?`,
  answer,
  explanation: 'Because it is so.',
});
const bank: ReviewQuestions = {
  modules: {
    a: { passMark: 80, questions: ['q1', 'q2', 'q3', 'q4'].map((id) => tf(id)) },
    b: { passMark: 50, questions: ['q1', 'q2', 'q3'].map((id) => tf(id)) },
  },
};
const passed = (extra: Partial<ModuleProgress> = {}): ModuleProgress => ({
  visits: 1,
  completedAt: '2026-12-01T08:00:00.000Z',
  attempts: [],
  ...extra,
});
const record = (modules: Progress['modules']): Progress => ({ ...emptyProgress(), modules });

describe('picking review questions', () => {
  it('asks first what the last quiz attempt missed, then rotates through the rest review after review', () => {
    const missedQ3 = passed({
      attempts: [
        {
          id: 'attempt-1',
          at: '2026-12-01T08:00:00.000Z',
          lang: 'vi',
          correct: 3,
          total: 4,
          percent: 75,
          passed: false,
          answers: {},
          missed: ['q3'],
        },
      ],
    });
    expect(pickQuestions(missedQ3, ['q1', 'q2', 'q3', 'q4'])).toEqual(['q3', 'q1']);
    const afterReview = {
      ...missedQ3,
      reviews: [
        {
          id: 'review-1',
          at: '2026-12-05T08:00:00.000Z',
          lang: 'vi' as const,
          correct: 2,
          total: 2,
          passed: true,
          questions: ['q3', 'q1'],
          missed: [],
        },
      ],
    };
    expect(pickQuestions(afterReview, ['q1', 'q2', 'q3', 'q4'])).toEqual(['q2', 'q4']);
  });

  it('mixes modules by taking turns', () => {
    expect(interleave([['a1', 'a2'], ['b1', 'b2', 'b3'], []])).toEqual(['a1', 'b1', 'a2', 'b2', 'b3']);
  });
});

describe('a review session', () => {
  const r = record({
    a: passed(),
    b: passed({ completedAt: '2026-11-20T08:00:00.000Z' }),
    c: { visits: 1, attempts: [] },
  });

  it('offers the modules due, longest due first, and only passed ones', () => {
    expect(dueModules(r, ['a', 'b', 'c'], new Date('2026-12-02T08:00:00Z'))).toEqual(['b']);
    expect(dueModules(r, ['a', 'b', 'c'], new Date('2026-12-10T08:00:00Z'))).toEqual(['b', 'a']);
  });

  it('scores each module at its own pass mark and records one attempt per module, once', () => {
    const session = buildSession(r, ['b', 'a'], bank);
    expect(session.quiz.questions.map((q) => q.id)).toEqual(['0~q1', '1~q1', '0~q2', '1~q2']);
    const answers = {
      '0~q1': { type: 'true-false' as const, value: true },
      '0~q2': { type: 'true-false' as const, value: false },
      '1~q1': { type: 'true-false' as const, value: true },
      '1~q2': { type: 'true-false' as const, value: false },
    };
    let n = 0;
    const results = reviewAttempts(
      session,
      bank,
      answers,
      'vi',
      new Date('2026-12-10T09:00:00Z'),
      () => `id-000${++n}`,
    );
    expect(
      results.map((x) => [x.module, x.attempt.correct, x.attempt.total, x.attempt.passed, x.attempt.missed]),
    ).toEqual([
      ['b', 1, 2, true, ['q2']], // 50% reaches b's 50% mark
      ['a', 1, 2, false, ['q2']], // 50% is short of a's 80%
    ]);
    const once = recordReviews(r, results);
    expect(recordReviews(once, results)).toEqual(once);
    expect(once.modules.a!.reviews).toHaveLength(1);
    expect(once.modules.c).toEqual(r.modules.c);
  });
});
