/**
 * The pass mark: the one rule for whether a score is good enough. A quiz sets its own mark (a whole percent of its
 * questions, 80 unless the author says otherwise); a trainer's path may set its own, which then counts for the
 * path instead: a learner's page, a report and the class view all ask here, so they never disagree.
 */
export const DEFAULT_PASS_MARK = 80;
export const MIN_PASS_MARK = 1;
export const MAX_PASS_MARK = 100;

/** A score passes when it reaches the mark: 80% passes an 80% mark, 79% does not. */
export const reachesMark = (percent: number, passMark: number): boolean => percent >= passMark;

/**
 * Whether an attempt failed, as a path sees it: below the path's mark when the path sets one (a pass at the quiz's
 * 60% still fails a path asking 90%), else as the quiz itself marked it.
 */
export const failedFor = (attempt: { percent: number; passed: boolean }, pathMark: number | undefined): boolean =>
  pathMark === undefined ? !attempt.passed : !reachesMark(attempt.percent, pathMark);

/**
 * Whether a completed module's best score satisfies a path's mark. No mark, or no score to compare (a module
 * without a quiz, marked as done), and completing it is enough.
 */
export const bestMeetsPathMark = (best: number | undefined, pathMark: number | undefined): boolean =>
  pathMark === undefined || best === undefined || reachesMark(best, pathMark);
