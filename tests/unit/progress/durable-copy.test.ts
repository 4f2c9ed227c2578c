import { describe, expect, it } from 'vitest';
import { holdsMore, withoutFinishedQuizzes } from '../../../src/lib/progress/durable-copy';
import { emptyProgress, type Progress } from '../../../src/lib/progress/progress-schema';

const attempt = (id: string, at: string) => ({
  id,
  at,
  lang: 'vi' as const,
  correct: 1,
  total: 1,
  percent: 100,
  passed: true,
  answers: {},
});
const record = (attempts: Array<[string, string]>, completedAt?: string): Progress => ({
  ...emptyProgress(),
  modules: {
    'c1/m1': { visits: 1, ...(completedAt ? { completedAt } : {}), attempts: attempts.map(([i, a]) => attempt(i, a)) },
  },
});

describe('the durable copy', () => {
  it('is merged back only when it holds an attempt or a completion the record lacks', () => {
    const onDisk = record([['attempt-1-xxxx', '2026-12-01T10:00:00.000Z']]);
    const copy = record(
      [
        ['attempt-1-xxxx', '2026-12-01T10:00:00.000Z'],
        ['attempt-2-xxxx', '2026-12-01T10:05:00.000Z'],
      ],
      '2026-12-01T10:05:00.000Z',
    );
    expect(holdsMore(onDisk, copy)).toBe(true);
    expect(holdsMore(copy, onDisk)).toBe(false);
    expect(holdsMore(copy, copy)).toBe(false);
    expect(
      holdsMore(record([['attempt-1-xxxx', '2026-12-01T10:00:00.000Z']]), record([], '2026-12-01T10:00:00.000Z')),
    ).toBe(true);
  });

  it('drops an unfinished quiz saved before the module’s latest attempt, and keeps one started after it', () => {
    const quiz = (savedAt: string) => ({
      machineVersion: 1,
      quizHash: 'h',
      lang: 'vi' as const,
      savedAt,
      snapshot: {},
    });
    const base = record([['attempt-1-xxxx', '2026-12-01T10:05:00.000Z']]);
    const stale = { ...base, inProgress: { 'c1/m1': quiz('2026-12-01T10:04:00.000Z') } };
    const fresh = {
      ...base,
      inProgress: { 'c1/m1': quiz('2026-12-01T10:06:00.000Z'), 'c1/m2': quiz('2026-12-01T09:00:00.000Z') },
    };
    expect(withoutFinishedQuizzes(stale).inProgress).toEqual({});
    expect(withoutFinishedQuizzes(fresh).inProgress).toEqual(fresh.inProgress);
  });
});
