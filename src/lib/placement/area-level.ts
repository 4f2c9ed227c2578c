import type { PlacementLevel } from '../progress/progress-schema';

/** A learner's own rating of an area: 1 new to it, 2 do it sometimes, 3 do it often. */
export type SelfRating = 1 | 2 | 3;

/** Why an area got its level, for the sentence the result page says about it. */
export type LevelReason = 'all-right' | 'all-right-but-new' | 'half-or-more' | 'under-half' | 'not-asked';

/**
 * The level of one area from the learner's self-rating and the diagnostic questions they got right in it.
 * The answers lead: fewer than half right is awareness, at least half is working; every one right is
 * practitioner only for someone who does this work at least sometimes, since two or three lucky answers are not
 * practice. So more answers right, or a higher rating, never lowers a level (tested as a property).
 */
export function areaLevel(
  rating: SelfRating,
  correct: number,
  total: number,
): { level: PlacementLevel; reason: LevelReason } {
  if (total <= 0) return { level: rating >= 2 ? 'working' : 'awareness', reason: 'not-asked' };
  const right = Math.min(Math.max(correct, 0), total);
  if (right === total)
    return rating >= 2
      ? { level: 'practitioner', reason: 'all-right' }
      : { level: 'working', reason: 'all-right-but-new' };
  if (right * 2 >= total) return { level: 'working', reason: 'half-or-more' };
  return { level: 'awareness', reason: 'under-half' };
}
