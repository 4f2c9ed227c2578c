import {
  PLACEMENT_AREAS,
  type PlacementArea,
  type PlacementLevel,
  type PlacementWork,
} from '../progress/progress-schema';

/** The role path (a slug of seeds/paths) each kind of work leads to. */
export const PATH_FOR_WORK: Readonly<Record<PlacementWork, string>> = {
  general: 'essentials',
  leading: 'leaders',
  systems: 'technicians',
  data: 'data-specialists',
};
export const FOUNDATION_PATH = 'essentials';

/** Why a path was recommended: the kind of work, or the foundations first. */
export type PathReason = 'work' | 'mostly-awareness' | 'data-foundations';

/**
 * The role path to recommend. The kind of work chooses it, except that someone at awareness in three or more
 * areas, or a data specialist at awareness in data itself, is sent to the essentials first: a specialised path
 * assumes them.
 */
export function recommendPath(
  work: PlacementWork,
  levels: Readonly<Record<PlacementArea, PlacementLevel>>,
): { path: string; reason: PathReason } {
  const byWork = PATH_FOR_WORK[work];
  if (byWork === FOUNDATION_PATH) return { path: byWork, reason: 'work' };
  const awareness = PLACEMENT_AREAS.filter((area) => levels[area] === 'awareness').length;
  if (awareness >= 3) return { path: FOUNDATION_PATH, reason: 'mostly-awareness' };
  if (work === 'data' && levels.data === 'awareness') return { path: FOUNDATION_PATH, reason: 'data-foundations' };
  return { path: byWork, reason: 'work' };
}
