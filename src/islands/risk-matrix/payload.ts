import type { IslandStrings } from '../../i18n/island-strings';
import type { CompletionRule } from '../../lib/progress/module-completion';
import type { RiskMatrixExercise } from '../../schemas/exercise/risk-matrix';

/**
 * The dictionary parts the risk-matrix island speaks from: its own strings, the few common exercise strings it
 * says at run time, and the progress store's notices. Full keys work as prefixes, and keep the other kinds'
 * `exercise.<kind>.*` strings out of this page.
 */
export const riskMatrixStringPrefixes = [
  'exercise.risk-matrix.',
  'exercise.check',
  'exercise.retry',
  'exercise.resumed',
  'exercise.result',
  'exercise.passed',
  'exercise.notPassed',
  'exercise.best',
  'progress.notice.',
] as const;

/** Already in the page's HTML (RiskMatrix.astro prints them for every reader), so not sent again. */
type FromPageKey =
  | 'exercise.risk-matrix.rule'
  | 'exercise.risk-matrix.rule.one'
  | 'exercise.risk-matrix.ruleExact'
  | 'exercise.risk-matrix.ruleEach'
  | 'exercise.risk-matrix.scenario'
  | 'exercise.risk-matrix.scales'
  | 'exercise.risk-matrix.level'
  | 'exercise.risk-matrix.levelMeaning'
  | 'exercise.risk-matrix.treatments'
  | `exercise.risk-matrix.meaning.${string}`;
export const fromPageKeys = [
  'exercise.risk-matrix.rule',
  'exercise.risk-matrix.rule.one',
  'exercise.risk-matrix.ruleExact',
  'exercise.risk-matrix.ruleEach',
  'exercise.risk-matrix.scenario',
  'exercise.risk-matrix.scales',
  'exercise.risk-matrix.level',
  'exercise.risk-matrix.levelMeaning',
  'exercise.risk-matrix.treatments',
  'exercise.risk-matrix.meaning.avoid',
  'exercise.risk-matrix.meaning.reduce',
  'exercise.risk-matrix.meaning.share',
  'exercise.risk-matrix.meaning.accept',
] as const satisfies readonly FromPageKey[];

type AllStrings = IslandStrings<(typeof riskMatrixStringPrefixes)[number]>;
export type RiskMatrixStringKey = Exclude<keyof AllStrings, FromPageKey>;
export type RiskMatrixStrings = Pick<AllStrings, RiskMatrixStringKey>;

/** What RiskMatrix.astro writes into <script data-risk-matrix-payload> and <risk-matrix-island> reads. */
export interface RiskMatrixPayload {
  /** The declaration less what only the page shows (title, instructions, scenario, the scales' meanings). */
  exercise: Pick<RiskMatrixExercise, 'id' | 'passMark' | 'risks'> & {
    scales: Record<'likelihood' | 'impact', string[]>;
  };
  /** What completes the module (its quiz, the exercises that count), so a pass here can complete it. */
  completion: CompletionRule;
  strings: RiskMatrixStrings;
}
