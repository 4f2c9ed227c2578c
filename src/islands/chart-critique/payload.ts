import type { IslandStrings } from '../../i18n/island-strings';
import type { ChartCritiqueKey } from '../../lib/exercise/chart-critique/answer-key';
import type { CompletionRule } from '../../lib/progress/module-completion';

/**
 * The dictionary parts the chart critique speaks from: its own strings, the exercise strings every kind shares
 * that it says at run time, and the progress store's notices. Not "exercise." whole: the other kinds' strings
 * would travel too.
 */
export const chartCritiqueStringPrefixes = [
  'exercise.chart-critique.',
  'exercise.check',
  'exercise.retry',
  'exercise.resumed',
  'exercise.result',
  'exercise.passed',
  'exercise.notPassed',
  'exercise.best',
  'progress.notice.',
] as const;

/** Already in the HTML (the question, the score rule, the folded answers), so not sent again. */
type StaticKey =
  | 'exercise.chart-critique.question'
  | 'exercise.chart-critique.scoreRule'
  | 'exercise.chart-critique.published'
  | 'exercise.chart-critique.corrected'
  | 'exercise.chart-critique.answers'
  | 'exercise.chart-critique.misleads'
  | 'exercise.chart-critique.notHere';
export type ChartCritiqueStrings = Omit<IslandStrings<(typeof chartCritiqueStringPrefixes)[number]>, StaticKey>;
export type ChartCritiqueStringKey = keyof ChartCritiqueStrings;

/**
 * What ChartCritique.astro writes into <script data-critique-payload> and <chart-critique-island> reads. The option
 * labels and explanations are not in it: the page's readable list and answers carry them (sent once).
 */
export interface ChartCritiquePayload {
  key: ChartCritiqueKey;
  passMark: number;
  /** What completes the module: the island records under the same rule as the quiz. */
  completion: CompletionRule;
  strings: ChartCritiqueStrings;
}
