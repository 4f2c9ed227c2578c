/**
 * A share as a whole percent, rounded down: 79.9% shows (and scores) as 79, so it never reaches an 80% mark, and
 * "100%" means every one. Quiz scores, a path's or course's share done and a class's completion all read this way.
 * Nothing out of nothing is 0%.
 */
export const wholePercent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.floor((part * 100) / whole);
