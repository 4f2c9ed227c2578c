import type { TableInspectionExercise } from '../../../schemas/exercise/table-inspection';
import { DIMENSIONS, type Category } from './dimensions';

/** What marks a learner: the problems, where they are and which dimensions find them. No text, no file names. */
export interface InspectionKey {
  kind: 'table-inspection';
  /** The columns shown, by id: a translation that hides the amount column would hide a problem. */
  columns: string[];
  /** What a mark may name a row by, in the order offered: the exercise's own categories, or the six dimensions. */
  categories: Category[];
  problems: Array<{ id: string; rows: string[]; column?: string; dimensions: Category[] }>;
}

/**
 * The language-neutral part of a table-inspection exercise: what its vi and en declarations must share exactly (ids, the
 * answer key), so a learner is marked the same in either language. Texts may differ, and so may the dataset file
 * (a translated file holds the same row ids, which the schema checks against each file).
 */
export function tableInspectionKey(exercise: TableInspectionExercise): InspectionKey {
  return {
    kind: exercise.kind,
    columns: exercise.columns.map((c) => c.id),
    categories: exercise.categories?.map((c) => c.id) ?? [...DIMENSIONS],
    problems: exercise.problems.map(({ id, rows, column, dimensions }) => ({
      id,
      rows: [...rows],
      ...(column !== undefined ? { column } : {}),
      dimensions: [...dimensions],
    })),
  };
}
