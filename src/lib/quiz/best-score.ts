/** A learner's best score at a module: the highest percent of their attempts, or none before a first attempt. */
export const bestScore = (attempts: ReadonlyArray<{ percent: number }>): number | undefined =>
  attempts.length === 0 ? undefined : Math.max(...attempts.map((a) => a.percent));
