import type { ExerciseData } from '../../schemas/exercise';

/** Long enough to tell the items of one exercise apart in a list, short enough for a phone's line or two. */
const MAX_LABEL = 100;

/**
 * What each answer-key item of an exercise is called, by its id, so the class view can say which problem the
 * class misses most ("Trục tung bắt đầu từ 90% thay vì từ 0") rather than its id ("truncated-axis"). A risk and a
 * chart option have their own label; a table's planted problem has only its explanation, whose first clause names
 * it ("Dòng 04 và dòng 12 giống hệt nhau"). A period followed by a space ends the clause; "750.000" does not.
 */
export function exerciseItemLabels(exercise: ExerciseData): Record<string, string> {
  switch (exercise.kind) {
    case 'risk-matrix':
      return Object.fromEntries(exercise.risks.map((r) => [r.id, r.label]));
    case 'chart-critique':
      return Object.fromEntries(exercise.options.map((o) => [o.id, o.label]));
    case 'table-inspection':
      return Object.fromEntries(exercise.problems.map((p) => [p.id, firstClause(p.explanation)]));
  }
}

function firstClause(text: string): string {
  const clause = text.split(/[:;]\s|\.\s|\.$/)[0]!.trim();
  return clause.length <= MAX_LABEL ? clause : `${clause.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}
