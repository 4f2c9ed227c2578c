/**
 * How much of the planned curriculum a reader can use today. Counted from what the build has (the written
 * modules of one language and the plan), never typed in, so the notice cannot go stale as modules are added.
 */
export interface CurriculumStatus {
  written: number;
  planned: number;
  /** Every planned module is written: the notice is no longer needed. */
  complete: boolean;
}

export function curriculumStatus(writtenKeys: readonly string[], plannedKeys: readonly string[]): CurriculumStatus {
  const planned = new Set(plannedKeys);
  // A written module is always in the plan (the content check says so); one outside it still counts as written.
  const written = new Set(writtenKeys);
  const total = new Set([...planned, ...written]).size;
  return { written: written.size, planned: total, complete: [...planned].every((key) => written.has(key)) };
}
