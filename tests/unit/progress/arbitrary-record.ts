import fc from 'fast-check';
import type { Attempt, Progress } from '../../../src/lib/progress/progress-schema';

/** Valid learner records for property tests: up to three modules of attempts, a path, a learner. */
export const isoArb = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
export const attemptArb: fc.Arbitrary<Attempt> = fc.record({
  id: fc.uuid(),
  at: isoArb,
  lang: fc.constantFrom('vi' as const, 'en' as const),
  correct: fc.nat(8),
  total: fc.integer({ min: 1, max: 8 }),
  percent: fc.integer({ min: 0, max: 100 }),
  passed: fc.boolean(),
  answers: fc.constant({ q1: { type: 'single' as const, choice: 'a' } }),
});

export function recordArb(options: { minAttempts?: number; name?: fc.Arbitrary<string> } = {}): fc.Arbitrary<Progress> {
  const moduleArb = fc
    .tuple(
      fc.nat(20),
      fc.array(attemptArb, { minLength: options.minAttempts ?? 0, maxLength: 4 }),
      fc.option(isoArb, { nil: undefined }),
    )
    .map(([visits, attempts, completedAt]) => ({ visits, attempts, ...(completedAt ? { completedAt } : {}) }));
  return fc
    .tuple(
      fc.dictionary(fc.constantFrom('c1/m1', 'c1/m2', 'c2/m1'), moduleArb, { minKeys: 1 }),
      isoArb,
      options.name ?? fc.constant('Lan'),
    )
    .map(([modules, at, name]) => ({
      version: 2,
      modules,
      inProgress: {},
      paths: { p1: { path: { title: 'Lộ trình cán bộ xã', modules: Object.keys(modules) }, addedAt: at } },
      learner: { id: 'learner-1234', name, at },
    }));
}
