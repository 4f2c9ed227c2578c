import type { ExerciseData } from '../../schemas/exercise';
import { chartCritiqueKey } from './chart-critique/answer-key';
import { riskMatrixKey } from './risk-matrix/answer-key';
import { tableInspectionKey } from './table-inspection/answer-key';

/** The part of an exercise both languages must share: how it is marked, and whether it counts. */
export function exerciseKey(exercise: ExerciseData): string {
  const own =
    exercise.kind === 'table-inspection'
      ? tableInspectionKey(exercise)
      : exercise.kind === 'risk-matrix'
        ? riskMatrixKey(exercise)
        : chartCritiqueKey(exercise);
  return JSON.stringify({ counts: exercise.counts, passMark: exercise.passMark, own });
}

/** Every way the vi and en exercises of one module disagree, as sentences naming the exercise. */
export function compareExerciseTranslations(
  a: readonly ExerciseData[],
  b: readonly ExerciseData[],
  names: { a: string; b: string },
): string[] {
  const problems: string[] = [];
  for (const ex of a.filter((x) => !b.some((y) => y.id === x.id)))
    problems.push(`exercise "${ex.id}" is in ${names.a} but not in ${names.b}`);
  for (const ex of b.filter((y) => !a.some((x) => x.id === y.id)))
    problems.push(`exercise "${ex.id}" is in ${names.b} but not in ${names.a}`);
  for (const x of a) {
    const y = b.find((e) => e.id === x.id);
    if (!y) continue;
    if (x.kind !== y.kind)
      problems.push(`exercise "${x.id}" is a ${x.kind} in ${names.a} but a ${y.kind} in ${names.b}`);
    else if (exerciseKey(x) !== exerciseKey(y))
      problems.push(
        `exercise "${x.id}" has answer key ${exerciseKey(x)} in ${names.a} but ${exerciseKey(y)} in ${names.b}`,
      );
  }
  return problems;
}
