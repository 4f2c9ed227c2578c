import type { Attempt, Progress } from './progress-schema';
import { bestPercent } from '../quiz/quiz-session';
import { wholePercent } from '../whole-percent';

/** What "My learning" and the course pages show, worked out from the record and the list of modules. */
export interface ModuleInfo {
  key: string;
  course: string;
  number: string;
  title: string;
  url: string;
}

export type Status = 'not-started' | 'in-progress' | 'completed';

export function moduleStatus(record: Progress, key: string): Status {
  const progress = record.modules[key];
  if (progress?.completedAt) return 'completed';
  if (progress && (progress.visits > 0 || progress.attempts.length > 0)) return 'in-progress';
  return record.inProgress[key] ? 'in-progress' : 'not-started';
}

/** Whole percent of a course's modules completed. */
export function coursePercent(record: Progress, moduleKeys: string[]): number {
  const done = moduleKeys.filter((key) => moduleStatus(record, key) === 'completed').length;
  return wholePercent(done, moduleKeys.length);
}

/** What to do next is not here: see nextStep (next-step.ts), the one rule every page uses. */
export interface Summary {
  inProgress: Array<ModuleInfo & { best?: number }>;
  completed: Array<ModuleInfo & { completedAt: string; best?: number }>;
  /** Newest first. */
  attempts: Array<Attempt & { module: ModuleInfo }>;
}

export function summarise(record: Progress, modules: ModuleInfo[]): Summary {
  const byKey = new Map(modules.map((m) => [m.key, m]));
  return {
    inProgress: modules
      .filter((m) => moduleStatus(record, m.key) === 'in-progress')
      .map((m) => ({ ...m, best: bestPercent(record.modules[m.key]) })),
    completed: modules
      .filter((m) => moduleStatus(record, m.key) === 'completed')
      .map((m) => ({
        ...m,
        completedAt: record.modules[m.key]!.completedAt!,
        best: bestPercent(record.modules[m.key]),
      })),
    attempts: Object.entries(record.modules)
      .flatMap(([key, p]) => (byKey.has(key) ? p.attempts.map((a) => ({ ...a, module: byKey.get(key)! })) : []))
      .sort((a, b) => b.at.localeCompare(a.at)),
  };
}
