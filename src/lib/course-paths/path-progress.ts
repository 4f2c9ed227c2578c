import { bestMeetsPathMark } from '../quiz/pass-mark';

export type ModuleState = 'not-started' | 'in-progress' | 'completed';

/**
 * When a module counts as done for an assigned path: completed, and its best score meets the path's pass mark
 * when the path sets one (bestMeetsPathMark). The learner's page and the class report both ask this, so they
 * never disagree.
 */
export function doneForPath(status: ModuleState, best: number | undefined, passMark: number | undefined): boolean {
  return status === 'completed' && bestMeetsPathMark(best, passMark);
}

/** The state a path shows for a module: "completed" only when done for the path, else started or not. */
export function stateForPath(status: ModuleState, best: number | undefined, passMark: number | undefined): ModuleState {
  if (doneForPath(status, best, passMark)) return 'completed';
  return status === 'not-started' ? 'not-started' : 'in-progress';
}
