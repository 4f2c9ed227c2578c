/**
 * When a module counts as done for an assigned path. A trainer's pass mark can be stricter than the quiz's own:
 * then a completed module with a quiz also needs a best score at or above it. A module without a quiz (marked as
 * done) has no score to compare, so completing it is enough. The learner's page and the class report both ask
 * this, so they never disagree.
 */
export type ModuleState = 'not-started' | 'in-progress' | 'completed';

export function doneForPath(status: ModuleState, best: number | undefined, passMark: number | undefined): boolean {
  if (status !== 'completed') return false;
  return passMark === undefined || best === undefined || best >= passMark;
}

/** The state a path shows for a module: "completed" only when done for the path, else started or not. */
export function stateForPath(status: ModuleState, best: number | undefined, passMark: number | undefined): ModuleState {
  if (doneForPath(status, best, passMark)) return 'completed';
  return status === 'not-started' ? 'not-started' : 'in-progress';
}
