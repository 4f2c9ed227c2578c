import type { ModuleProgress } from './progress-schema';

/**
 * What must be passed for a module to count as done: its quiz, when it has one, and each exercise its author
 * declared as counting (`counts: true`). The same rule wherever a result is recorded, quiz or exercise.
 */
export interface CompletionRule {
  quiz: boolean;
  exercises: readonly string[];
}
export const QUIZ_ONLY: CompletionRule = { quiz: true, exercises: [] };

const firstPass = (attempts: ReadonlyArray<{ at: string; passed: boolean }>): string | undefined =>
  attempts
    .filter((a) => a.passed)
    .map((a) => a.at)
    .sort()[0];

/** When the module became complete under the rule (the last requirement first passed), or undefined if not yet. */
export function completedUnder(module: ModuleProgress, rule: CompletionRule): string | undefined {
  const dates = [
    ...(rule.quiz ? [firstPass(module.attempts)] : []),
    ...rule.exercises.map((id) => firstPass(module.exercises?.[id]?.attempts ?? [])),
  ];
  if (dates.length === 0 || dates.some((d) => d === undefined)) return undefined;
  return (dates as string[]).sort().at(-1);
}
