import type { ChartCritiqueExercise } from '../../../schemas/exercise/chart-critique';

/**
 * The language-neutral part of a chart-critique exercise: what its vi and en declarations must share exactly (ids, the
 * answer key), so a learner is marked the same in either language. Texts may differ.
 */
export function chartCritiqueKey(exercise: ChartCritiqueExercise): unknown {
  return { kind: exercise.kind };
}
