import type { IslandStrings } from '../../i18n/island-strings';
import type { InspectionKey } from '../../lib/exercise/table-inspection/answer-key';
import type { CompletionRule } from '../../lib/progress/module-completion';

/**
 * The dictionary parts the island speaks from: its own strings, the exercise strings every kind shares that it says
 * at run time, and the progress store's notices. Listed one by one, not as "exercise.", so a page does not carry the
 * other kinds' strings.
 */
export const tableInspectionStringPrefixes = [
  'exercise.table-inspection.',
  'exercise.check',
  'exercise.retry',
  'exercise.resumed',
  'exercise.passed',
  'exercise.notPassed',
  'exercise.best',
  'progress.notice.',
] as const;
/** Already in the HTML, so not sent again: the scoring rule and the answers' summary line; the dimensions' names. */
export const tableInspectionStaticKeys = [
  'exercise.table-inspection.scoreRule',
  'exercise.table-inspection.answers',
  // Sent as the payload's categories instead, with an exercise's own when it declares them.
  'exercise.table-inspection.dimension.accuracy',
  'exercise.table-inspection.dimension.completeness',
  'exercise.table-inspection.dimension.consistency',
  'exercise.table-inspection.dimension.timeliness',
  'exercise.table-inspection.dimension.validity',
  'exercise.table-inspection.dimension.uniqueness',
  'exercise.table-inspection.scoreRule.categories',
  'exercise.table-inspection.summary.categories',
  'exercise.table-inspection.accepted.categories',
  'exercise.table-inspection.outcome.half.categories',
] as const;
type AllStrings = IslandStrings<(typeof tableInspectionStringPrefixes)[number]>;
export type TableInspectionStrings = Omit<AllStrings, (typeof tableInspectionStaticKeys)[number]>;
export type TableInspectionStringKey = keyof TableInspectionStrings;

/** What TableInspection.astro writes into <script data-inspection-payload> and <table-inspection-island> reads. */
export interface TableInspectionPayload {
  exerciseId: string;
  key: InspectionKey;
  /** Every row id, in table order (the table's rows carry the same ids as data-row). */
  rows: string[];
  passMark: number;
  /** What a mark may name a row by, as offered: the exercise's own categories, or the six dimensions' names. */
  categories: Array<{ id: string; label: string }>;
  /** What completes the module, so an attempt recorded here completes it as the quiz would. */
  completion: CompletionRule;
  strings: TableInspectionStrings;
}
