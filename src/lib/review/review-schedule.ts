import type { ModuleProgress, ReviewAttempt } from '../progress/progress-schema';

/**
 * When a passed module comes back for review: more than N days after it was passed or last reviewed successfully,
 * N growing with each successful review (3, 7, 21, then 60 for ever). A failed review makes the module due at
 * once and keeps N where it was; the next successful review clears that and moves N on. The one home of this rule:
 * My learning, the course page's marks and the review session all ask here.
 */
export const REVIEW_INTERVAL_DAYS = [3, 7, 21, 60] as const;
const DAY = 24 * 60 * 60 * 1000;

export type ReviewSchedule =
  /** Not passed yet: nothing to review. */
  | { kind: 'none' }
  | {
      kind: 'scheduled';
      /** When the module was passed (completedAt). */
      passedAt: string;
      /** Successful reviews so far: picks N. */
      step: number;
      /** The moment after which the module is due (the last success plus N days), or the failed review's time. */
      dueAt: string;
      /** A failed review since the last success: due whatever the date. */
      failed: boolean;
    };

const time = (iso: string) => Date.parse(iso);

/** Reviews in one order whichever tab or device wrote them: by time, ties by id (merge unites them by id). */
export const reviewsInOrder = (reviews: readonly ReviewAttempt[]): ReviewAttempt[] =>
  reviews
    .filter((r) => !Number.isNaN(time(r.at)))
    .sort((a, b) => time(a.at) - time(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const intervalDays = (step: number): number =>
  REVIEW_INTERVAL_DAYS[Math.min(step, REVIEW_INTERVAL_DAYS.length - 1)]!;

export function reviewSchedule(module: ModuleProgress | undefined): ReviewSchedule {
  const passedAt = module?.completedAt;
  if (!passedAt || Number.isNaN(time(passedAt))) return { kind: 'none' };
  let anchor = time(passedAt);
  let step = 0;
  let failedAt: number | undefined;
  for (const review of reviewsInOrder(module.reviews ?? [])) {
    if (review.passed) {
      // Never earlier than the last success: a review dated before it (another device's clock) cannot pull it back.
      anchor = Math.max(anchor, time(review.at));
      step += 1;
      failedAt = undefined;
    } else failedAt ??= time(review.at);
  }
  const dueAt = failedAt ?? anchor + intervalDays(step) * DAY;
  return {
    kind: 'scheduled',
    passedAt,
    step,
    dueAt: new Date(dueAt).toISOString(),
    failed: failedAt !== undefined,
  };
}

/** Due now: a failed review since the last success, or more than N days since it. */
export const isReviewDue = (schedule: ReviewSchedule, now: Date): boolean =>
  schedule.kind === 'scheduled' && (schedule.failed || now.getTime() > time(schedule.dueAt));
