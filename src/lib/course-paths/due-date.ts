/** Vietnam's calendar date (UTC+7) of a moment: due dates are dates in Vietnam, wherever the device clock is set. */
export const vietnamDate = (now: Date) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * A path is overdue from the day after its due date ("yyyy-mm-dd", compared as text, which orders such dates) while
 * any of its modules is not done for it. The learner's page and the class view both ask this.
 */
export const isPastDue = (due: string | undefined, today: string, done: number, total: number): boolean =>
  due !== undefined && today > due && done < total;
