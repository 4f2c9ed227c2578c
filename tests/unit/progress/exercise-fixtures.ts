import type { ExerciseAttempt, ExerciseKind } from '../../../src/lib/progress/progress-schema';

let n = 0;
/** A checked exercise attempt as an island records it; each call a new id, an hour after the previous one. */
export function exerciseAttempt(
  percent: number,
  options: { kind?: ExerciseKind; passMark?: number; missed?: string[]; response?: string[] } = {},
): ExerciseAttempt {
  n += 1;
  const total = 5;
  const score = Math.round((percent / 100) * total);
  return {
    id: `exercise-attempt-${n}-xxxxxxxx`,
    at: new Date(Date.UTC(2026, 10, 1) + n * 3_600_000).toISOString(),
    lang: 'vi',
    kind: options.kind ?? 'table-inspection',
    score,
    total,
    percent,
    passed: percent >= (options.passMark ?? 70),
    missed: options.missed ?? [],
    response: options.response ?? ['r4:uniqueness'],
  };
}
