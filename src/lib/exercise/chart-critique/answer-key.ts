import type { ChartCritiqueExercise } from '../../../schemas/exercise/chart-critique';

/** What marking a chart critique needs: each option's id and whether it misleads, in the order shown. */
export interface ChartCritiqueKey {
  kind: 'chart-critique';
  options: Array<{ id: string; misleads: boolean }>;
}

/**
 * The language-neutral part of a chart-critique exercise: what its vi and en declarations must share exactly (the
 * options' ids, which mislead, their order), so a learner is marked the same in either language. Texts may differ.
 */
export function chartCritiqueKey(exercise: ChartCritiqueExercise): ChartCritiqueKey {
  return { kind: exercise.kind, options: exercise.options.map(({ id, misleads }) => ({ id, misleads })) };
}
