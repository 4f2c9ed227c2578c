import type { ExerciseAttempt, InProgressQuiz, ModuleProgress, Progress } from '../progress/progress-schema';
import { completedUnder, type CompletionRule } from '../progress/module-completion';
import { dropInProgress, findResume, saveInProgress, type Resume } from '../quiz/quiz-session';

/**
 * What an exercise does to the learner's record, as pure functions like the quiz's (quiz-session.ts): its
 * unfinished state is kept beside the quizzes' under "module#exercise", its checked attempts in the module.
 */
export const draftKey = (moduleKey: string, exerciseId: string): string => `${moduleKey}#${exerciseId}`;

/** The saved unfinished exercise, if it was saved by this very exercise and machine version. */
export function findExerciseDraft(
  record: Progress,
  moduleKey: string,
  exerciseId: string,
  machineVersion: number,
  hash: string,
): Resume {
  return findResume(record, draftKey(moduleKey, exerciseId), machineVersion, [hash]);
}

export function saveExerciseDraft(record: Progress, moduleKey: string, exerciseId: string, saved: InProgressQuiz) {
  return saveInProgress(record, draftKey(moduleKey, exerciseId), saved);
}

export function dropExerciseDraft(record: Progress, moduleKey: string, exerciseId: string): Progress {
  return dropInProgress(record, draftKey(moduleKey, exerciseId));
}

/** A checked attempt: kept for ever (once, by id), ends the draft, and completes the module if the rule is now met. */
export function recordExerciseAttempt(
  record: Progress,
  moduleKey: string,
  exerciseId: string,
  attempt: ExerciseAttempt,
  rule: CompletionRule,
): Progress {
  const current: ModuleProgress = record.modules[moduleKey] ?? { visits: 0, attempts: [] };
  const held = current.exercises?.[exerciseId]?.attempts ?? [];
  const updated: ModuleProgress = {
    ...current,
    exercises: {
      ...current.exercises,
      [exerciseId]: { attempts: held.some((a) => a.id === attempt.id) ? held : [...held, attempt] },
    },
  };
  const completedAt = current.completedAt ?? completedUnder(updated, rule);
  const next = {
    ...record,
    modules: { ...record.modules, [moduleKey]: { ...updated, ...(completedAt ? { completedAt } : {}) } },
  };
  return dropExerciseDraft(next, moduleKey, exerciseId);
}

/** The best percent of an exercise's attempts, for "your best so far". */
export function bestExercisePercent(module: ModuleProgress | undefined, exerciseId: string): number | undefined {
  const attempts = module?.exercises?.[exerciseId]?.attempts ?? [];
  return attempts.length > 0 ? Math.max(...attempts.map((a) => a.percent)) : undefined;
}
