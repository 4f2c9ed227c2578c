import type { RiskMatrixExercise } from '../../../schemas/exercise/risk-matrix';

/**
 * The language-neutral part of a risk-matrix exercise: what its vi and en declarations must share exactly (ids, the
 * answer key), so a learner is marked the same in either language. Texts may differ.
 */
export function riskMatrixKey(exercise: RiskMatrixExercise): unknown {
  return { kind: exercise.kind };
}
