import type { IslandStrings } from '../../i18n/island-strings';
import type { ClassModule } from '../../lib/class/class-report';

/** The class view names each module's state as the learner's page does ("assigned.state.…"). */
export const classStringPrefixes = [
  'class.',
  'assigned.state.',
  'exercise.record.class.',
  'certificate.check.',
  'assigned.errorPrefix',
] as const;

/** What the class report page writes into <script data-class-payload> and <class-report-island> reads. */
export interface ClassReportPayload {
  modules: ClassModule[];
  /** Question prompts by "course/module#question", to name the most-missed questions. */
  questions: Record<string, string>;
  /** What each exercise's answer-key items are called, by "course/module#exercise#item" (most missed). */
  exerciseItems: Record<string, string>;
  strings: IslandStrings<(typeof classStringPrefixes)[number]>;
}
