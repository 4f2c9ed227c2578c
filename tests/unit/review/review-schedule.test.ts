import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/lib/progress/progress-merge';
import { emptyProgress, type ModuleProgress, type ReviewAttempt } from '../../../src/lib/progress/progress-schema';
import { isReviewDue, reviewSchedule } from '../../../src/lib/review/review-schedule';

const DAY = 86_400_000;
const PASSED = Date.UTC(2026, 11, 1, 8);
const at = (days: number) => new Date(PASSED + days * DAY);
const review = (id: string, days: number, passed: boolean): ReviewAttempt => ({
  id: `review-${id}`,
  at: at(days).toISOString(),
  lang: 'vi',
  correct: passed ? 2 : 0,
  total: 2,
  passed,
  questions: ['q1', 'q2'],
  missed: passed ? [] : ['q1', 'q2'],
});
const passedModule = (reviews: ReviewAttempt[] = []): ModuleProgress => ({
  visits: 1,
  completedAt: at(0).toISOString(),
  attempts: [],
  ...(reviews.length ? { reviews } : {}),
});
const due = (module: ModuleProgress, days: number) => isReviewDue(reviewSchedule(module), at(days));

describe('review schedule', () => {
  it('has nothing to review before the module is passed', () => {
    expect(reviewSchedule({ visits: 2, attempts: [] })).toEqual({ kind: 'none' });
    expect(isReviewDue(reviewSchedule(undefined), at(100))).toBe(false);
  });

  it('is due more than 3, then 7, 21 and 60 days after each successful review', () => {
    const m = passedModule();
    expect([due(m, 2), due(m, 3), due(m, 3.01), due(m, 4)]).toEqual([false, false, true, true]);
    const once = passedModule([review('a', 4, true)]);
    expect([due(once, 4 + 3), due(once, 4 + 7), due(once, 4 + 8)]).toEqual([false, false, true]);
    const twice = passedModule([review('a', 4, true), review('b', 12, true)]);
    expect([due(twice, 12 + 21), due(twice, 12 + 22)]).toEqual([false, true]);
    const thrice = passedModule([review('a', 4, true), review('b', 12, true), review('c', 34, true)]);
    expect([due(thrice, 34 + 60), due(thrice, 34 + 61)]).toEqual([false, true]);
    const more = passedModule([...(thrice.reviews ?? []), review('d', 100, true)]);
    expect([due(more, 160), due(more, 161)]).toEqual([false, true]);
  });

  it('makes a failed review due at once, keeps N, and the next success clears it and moves on', () => {
    const failed = passedModule([review('a', 4, true), review('b', 12, false)]);
    expect(due(failed, 12)).toBe(true);
    expect(reviewSchedule(failed)).toMatchObject({ step: 1, failed: true });
    const cleared = passedModule([review('a', 4, true), review('b', 12, false), review('c', 12.1, true)]);
    expect(reviewSchedule(cleared)).toMatchObject({ step: 2, failed: false });
    expect([due(cleared, 12.1 + 21), due(cleared, 12.1 + 21.5)]).toEqual([false, true]);
  });
});

// Reviews at whole hours within a year of the pass, in any order and mix; the review added is at least an hour after
// the last (at the same instant, which of two comes last is decided by id).
const reviewsArb = fc.uniqueArray(
  fc.record({ id: fc.uuid(), hours: fc.integer({ min: 0, max: 24 * 365 }), passed: fc.boolean() }),
  { selector: (r) => r.id, maxLength: 6 },
);
const toReviews = (list: Array<{ id: string; hours: number; passed: boolean }>) =>
  list.map((r) => ({ ...review(r.id, r.hours / 24, r.passed), id: r.id }));
const latest = (reviews: ReviewAttempt[]) => Math.max(PASSED, ...reviews.map((r) => Date.parse(r.at)));

describe('review schedule properties', () => {
  it('never moves the due date earlier by passing a review', () => {
    fc.assert(
      fc.property(reviewsArb, fc.integer({ min: 1, max: 24 * 200 }), fc.uuid(), (list, later, id) => {
        const reviews = toReviews(list);
        const before = reviewSchedule(passedModule(reviews));
        const when = (latest(reviews) - PASSED) / DAY + later / 24;
        const after = reviewSchedule(passedModule([...reviews, { ...review('x', when, true), id }]));
        if (before.kind !== 'scheduled' || after.kind !== 'scheduled') throw new Error('a passed module is scheduled');
        expect(Date.parse(after.dueAt)).toBeGreaterThanOrEqual(Date.parse(before.dueAt));
      }),
    );
  });

  it('never makes a module not due by failing a review', () => {
    fc.assert(
      fc.property(reviewsArb, fc.integer({ min: 1, max: 24 * 200 }), fc.uuid(), (list, later, id) => {
        const reviews = toReviews(list);
        const when = (latest(reviews) - PASSED) / DAY + later / 24;
        const module = passedModule([...reviews, { ...review('x', when, false), id }]);
        for (const day of [when, when + 1, when + 400]) expect(due(module, day)).toBe(true);
      }),
    );
  });

  it('gives the same schedule whichever order two tabs merge in', () => {
    fc.assert(
      fc.property(reviewsArb, reviewsArb, (a, b) => {
        const record = (list: ReturnType<typeof toReviews>) => ({
          ...emptyProgress(),
          modules: { m: passedModule(list) },
        });
        const x = mergeProgress(record(toReviews(a)), record(toReviews(b)));
        const y = mergeProgress(record(toReviews(b)), record(toReviews(a)));
        expect(reviewSchedule(x.modules.m)).toEqual(reviewSchedule(y.modules.m));
      }),
    );
  });
});
