import type { ExerciseInfo } from '../progress/learning-summary';
import type { ExerciseData } from '../../schemas/exercise';

/**
 * What the pages that show results (My learning, the report a learner sends, the class view) need of a module's
 * exercises: id, kind, title in the page's language, and whether it counts. Nothing of the data or the answer
 * key, which only the exercise's own page sends.
 */
export const exerciseInfos = (exercises: readonly ExerciseData[]): ExerciseInfo[] =>
  exercises.map(({ id, kind, title, counts }) => ({ id, kind, title, counts }));

/**
 * As a payload field: absent when the module has none, so pages without exercises send no extra bytes. A module
 * declaring none was seen to come through the build with `exercises` undefined despite the schema's default
 * (the content check allows for it too), so that reads as none.
 */
export const exerciseInfosField = (exercises: readonly ExerciseData[] | undefined): { exercises?: ExerciseInfo[] } =>
  exercises && exercises.length > 0 ? { exercises: exerciseInfos(exercises) } : {};
