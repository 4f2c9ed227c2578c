import { reachesMark } from '../../quiz/pass-mark';
import { wholePercent } from '../../whole-percent';
import type { InspectionKey } from './answer-key';
import type { Category } from './dimensions';

/** The learner's marks: row id → the dimension they say it breaks. A row without a mark is not in it. */
export type Marks = Readonly<Record<string, Category>>;

/**
 * found: a row of the problem marked with a dimension that finds it; half: its row marked, but with another
 * dimension (the problem was seen, its name was not); missed: none of its rows marked.
 */
export type Outcome = 'found' | 'half' | 'missed';

export interface ProblemOutcome {
  id: string;
  outcome: Outcome;
  /** The problem's rows the learner marked, and the dimensions they gave them. */
  marked: Array<{ row: string; dimension: Category }>;
}

export interface InspectionResult {
  problems: ProblemOutcome[];
  /** Rows marked that hold no problem, in the order of the marks. */
  wrongFlags: string[];
  score: number;
  total: number;
  percent: number;
  passed: boolean;
  /** Ids of the problems not fully found (missed or half): what the trainer's "missed most" counts. */
  missed: string[];
}

/**
 * How a table inspection is scored, said to the learner beside the result (exercise.table-inspection.scoreRule):
 * each problem is worth 2 points, found 2, half-found 1 (the module says finding a problem matters more than
 * choosing its box, so seeing it earns half), missed 0; each row flagged that holds no problem takes 1 point off,
 * so marking every row is not a strategy; the score never goes below 0.
 */
export const POINTS_FOUND = 2;
export const POINTS_HALF = 1;
export const PENALTY_WRONG_FLAG = 1;

export function outcomeOf(problem: InspectionKey['problems'][number], marks: Marks): ProblemOutcome {
  const marked = problem.rows.flatMap((row) => (marks[row] ? [{ row, dimension: marks[row] }] : []));
  const outcome: Outcome = marked.some((m) => problem.dimensions.includes(m.dimension))
    ? 'found'
    : marked.length > 0
      ? 'half'
      : 'missed';
  return { id: problem.id, outcome, marked };
}

export function scoreInspection(key: InspectionKey, marks: Marks, passMark: number): InspectionResult {
  const problems = key.problems.map((p) => outcomeOf(p, marks));
  const inProblems = new Set(key.problems.flatMap((p) => p.rows));
  const wrongFlags = Object.keys(marks).filter((row) => !inProblems.has(row));
  const earned = problems.reduce(
    (sum, p) => sum + (p.outcome === 'found' ? POINTS_FOUND : p.outcome === 'half' ? POINTS_HALF : 0),
    0,
  );
  const total = key.problems.length * POINTS_FOUND;
  const score = Math.max(0, earned - wrongFlags.length * PENALTY_WRONG_FLAG);
  const percent = wholePercent(score, total);
  return {
    problems,
    wrongFlags,
    score,
    total,
    percent,
    passed: reachesMark(percent, passMark),
    missed: problems.filter((p) => p.outcome !== 'found').map((p) => p.id),
  };
}

/** The learner's answer as the record keeps it: one short token per mark, "r04:uniqueness", in row order. */
export function responseTokens(marks: Marks, rowOrder: readonly string[]): string[] {
  return rowOrder.flatMap((row) => (marks[row] ? [`r${row}:${marks[row]}`] : []));
}
