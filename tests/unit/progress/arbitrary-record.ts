import fc from 'fast-check';
import type { Attempt, ExerciseAttempt, Progress } from '../../../src/lib/progress/progress-schema';

/** Valid learner records for property tests: up to three modules of quiz and exercise attempts, a path, a learner. */
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

/** As the store keeps them: each id once, oldest first. */
const inOrder = <T extends { id: string; at: string }>(list: T[]): T[] =>
  [...list].sort((p, q) => (p.at === q.at ? p.id.localeCompare(q.id) : p.at.localeCompare(q.at)));

export const exerciseAttemptArb: fc.Arbitrary<ExerciseAttempt> = fc.record({
  id: fc.uuid(),
  at: isoArb,
  lang: fc.constantFrom('vi' as const, 'en' as const),
  kind: fc.constantFrom('table-inspection' as const, 'risk-matrix' as const, 'chart-critique' as const),
  score: fc.nat(6),
  total: fc.integer({ min: 1, max: 6 }),
  percent: fc.integer({ min: 0, max: 100 }),
  passed: fc.boolean(),
  missed: fc.array(fc.constantFrom('p1', 'p2', 'p3'), { maxLength: 3 }),
  response: fc.array(fc.constantFrom('r3:validity', 'leak:3x4:reduce'), { maxLength: 2 }),
});
const exercisesArb = fc.option(
  fc.dictionary(
    fc.constantFrom('ex1', 'ex2'),
    fc
      .uniqueArray(exerciseAttemptArb, { selector: (a) => a.id, minLength: 1, maxLength: 3 })
      .map(inOrder)
      .map((attempts) => ({ attempts })),
    { minKeys: 1 },
  ),
  { nil: undefined },
);

export function recordArb(options: { minAttempts?: number; name?: fc.Arbitrary<string> } = {}): fc.Arbitrary<Progress> {
  const moduleArb = fc
    .tuple(
      fc.nat(20),
      fc
        .uniqueArray(attemptArb, { selector: (a) => a.id, minLength: options.minAttempts ?? 0, maxLength: 4 })
        .map(inOrder),
      fc.option(isoArb, { nil: undefined }),
      exercisesArb,
    )
    .map(([visits, attempts, completedAt, exercises]) => ({
      visits,
      attempts,
      ...(completedAt ? { completedAt } : {}),
      ...(exercises ? { exercises } : {}),
    }));
  return fc
    .tuple(
      fc.dictionary(fc.constantFrom('c1/m1', 'c1/m2', 'c2/m1'), moduleArb, { minKeys: 1 }),
      isoArb,
      options.name ?? fc.constant('Lan'),
    )
    .map(([modules, at, name]) => ({
      version: 3,
      modules,
      inProgress: {},
      paths: { p1: { path: { title: 'Lộ trình cán bộ xã', modules: Object.keys(modules) }, addedAt: at } },
      learner: { id: 'learner-1234', name, at },
    }));
}
