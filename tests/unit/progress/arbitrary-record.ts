import fc from 'fast-check';
import type {
  Attempt,
  Certificate,
  ExerciseAttempt,
  Placement,
  Progress,
  ReviewAttempt,
} from '../../../src/lib/progress/progress-schema';

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

export const reviewArb: fc.Arbitrary<ReviewAttempt> = fc.record({
  id: fc.uuid(),
  at: isoArb,
  lang: fc.constantFrom('vi' as const, 'en' as const),
  correct: fc.nat(3),
  total: fc.integer({ min: 1, max: 3 }),
  passed: fc.boolean(),
  questions: fc.constant(['q1', 'q2']),
  missed: fc.array(fc.constantFrom('q1', 'q2'), { maxLength: 2 }),
});
const reviewsArb = fc.option(
  fc.uniqueArray(reviewArb, { selector: (r) => r.id, minLength: 1, maxLength: 3 }).map(inOrder),
  {
    nil: undefined,
  },
);

const level = fc.constantFrom('awareness' as const, 'working' as const, 'practitioner' as const);
const areas = <T>(arb: fc.Arbitrary<T>) => fc.record({ data: arb, reasoning: arb, risk: arb, 'government-data': arb });
export const placementArb: fc.Arbitrary<Placement> = fc.record(
  {
    id: fc.uuid(),
    at: isoArb,
    lang: fc.constantFrom('vi' as const, 'en' as const),
    ratings: areas(fc.integer({ min: 1, max: 3 })),
    scores: areas(fc.record({ correct: fc.nat(3), total: fc.constant(3) })),
    levels: areas(level),
    recommended: fc.constantFrom('essentials', 'leaders'),
    work: fc.constantFrom('general' as const, 'leading' as const, 'systems' as const, 'data' as const),
  },
  // A placement from before "work" was kept has none: the key is left out, as JSON would leave it.
  { requiredKeys: ['id', 'at', 'lang', 'ratings', 'scores', 'levels', 'recommended'] },
);
export const certificateArb: fc.Arbitrary<Certificate> = fc.record({
  code: fc.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/),
  issuedAt: isoArb,
  lang: fc.constantFrom('vi' as const, 'en' as const),
  learner: fc.constant({ id: 'learner-1234', name: 'Lan' }),
  pathId: fc.constantFrom('p1abc', 'p2abc'),
  pathTitle: fc.constant('Lộ trình cán bộ xã'),
  modules: fc.constant([
    { module: 'c1/m1', title: 'M1', best: 90, completedAt: '2026-01-02T03:04:05.000Z', minutes: 12 },
  ]),
});
const keyedBy = <T>(arb: fc.Arbitrary<T>, key: (item: T) => string) =>
  fc.option(
    fc
      .uniqueArray(arb, { selector: key, minLength: 1, maxLength: 2 })
      .map((list) => Object.fromEntries(list.map((i) => [key(i), i]))),
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
      reviewsArb,
    )
    .map(([visits, attempts, completedAt, exercises, reviews]) => ({
      visits,
      attempts,
      ...(completedAt ? { completedAt } : {}),
      ...(exercises ? { exercises } : {}),
      ...(reviews ? { reviews } : {}),
    }));
  return fc
    .tuple(
      fc.dictionary(fc.constantFrom('c1/m1', 'c1/m2', 'c2/m1'), moduleArb, { minKeys: 1 }),
      isoArb,
      options.name ?? fc.constant('Lan'),
      keyedBy(placementArb, (p) => p.id),
      keyedBy(certificateArb, (c) => c.code),
      // A path that sends to an LRS, and the learner's stop (v4, optional): merges must keep the stop.
      fc.boolean(),
      fc.option(isoArb, { nil: undefined }),
    )
    .map(([modules, at, name, placements, certificates, sends, stoppedAt]) => ({
      version: 4,
      modules,
      inProgress: {},
      paths: {
        p1: {
          path: {
            title: 'Lộ trình cán bộ xã',
            ...(sends
              ? { lrs: { endpoint: 'https://lrs.example.gov.vn/xapi/', key: 'dGVzdDp0ZXN0', lang: 'vi' as const } }
              : {}),
            modules: Object.keys(modules),
          },
          addedAt: at,
          ...(sends && stoppedAt ? { lrsStoppedAt: stoppedAt } : {}),
        },
      },
      learner: { id: 'learner-1234', name, at },
      ...(placements ? { placements } : {}),
      ...(certificates ? { certificates } : {}),
    }));
}
