import { PLACEMENT_AREAS, type Placement, type PlacementArea, type PlacementWork } from '../progress/progress-schema';
import { areaLevel, type LevelReason, type SelfRating } from './area-level';
import { recommendPath, type PathReason } from './recommend-path';

export { latestPlacement } from './latest-placement';

type PerArea<T> = Record<PlacementArea, T>;

/** What the learner gave: a rating per area, their kind of work, and which diagnostic questions they got right. */
export interface PlacementAnswers {
  ratings: PerArea<SelfRating>;
  work: PlacementWork;
  /** The area of each diagnostic question asked, by question id. */
  questionAreas: Readonly<Record<string, PlacementArea>>;
  /** The ids of the questions answered right. */
  right: readonly string[];
}

/** One taking of the check as kept in the record, from the answers. */
export function placementResult(answers: PlacementAnswers, meta: Pick<Placement, 'id' | 'at' | 'lang'>): Placement {
  const right = new Set(answers.right);
  const scores = perArea((area) => {
    const ids = Object.keys(answers.questionAreas).filter((id) => answers.questionAreas[id] === area);
    return { correct: ids.filter((id) => right.has(id)).length, total: ids.length };
  });
  const levels = perArea((area) => areaLevel(answers.ratings[area], scores[area].correct, scores[area].total).level);
  return {
    ...meta,
    ratings: answers.ratings,
    scores,
    levels,
    recommended: recommendPath(answers.work, levels).path,
    work: answers.work,
  };
}

/** The reasons to show for a kept placement: one sentence per area, and why the path. */
export function placementReasons(placement: Placement): {
  areas: Array<{ area: PlacementArea; reason: LevelReason | 'as-kept' }>;
  path?: PathReason;
} {
  return {
    areas: PLACEMENT_AREAS.map((area) => {
      const now = areaLevel(
        placement.ratings[area] as SelfRating,
        placement.scores[area].correct,
        placement.scores[area].total,
      );
      // Kept by an older rule (or another version of the site): its level stands, said plainly without a "so".
      return { area, reason: now.level === placement.levels[area] ? now.reason : 'as-kept' };
    }),
    // A placement kept without its kind of work (another version's) still shows its path, without the why.
    ...(placement.work ? { path: recommendPath(placement.work, placement.levels).reason } : {}),
  };
}

/** The record with one more placement: a retake adds, never replaces. */
export function addPlacement<R extends { placements?: Record<string, Placement> }>(record: R, placement: Placement): R {
  return { ...record, placements: { ...record.placements, [placement.id]: placement } };
}

function perArea<T>(make: (area: PlacementArea) => T): PerArea<T> {
  return Object.fromEntries(PLACEMENT_AREAS.map((area) => [area, make(area)])) as PerArea<T>;
}
