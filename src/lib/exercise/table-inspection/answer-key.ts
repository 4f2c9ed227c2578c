import type { TableInspectionExercise } from '../../../schemas/exercise/table-inspection';

/**
 * The language-neutral part of a table-inspection exercise: what its vi and en declarations must share exactly (ids, the
 * answer key), so a learner is marked the same in either language. Texts may differ.
 */
export function tableInspectionKey(exercise: TableInspectionExercise): unknown {
  return { kind: exercise.kind };
}
