import { PLACEMENT_LEVELS, type PlacementArea, type PlacementLevel } from '../progress/progress-schema';
import { areaOfModule } from './areas';

/**
 * Where to start in a path: its modules in the areas where the learner is weakest first (the path's own order
 * kept within a level), and the modules of areas at practitioner level set apart as ones they may skim or skip.
 * A module of no area (digital teams) counts as working level. Only advice: the path added is the path as written.
 */
export function startingModules(
  steps: readonly string[],
  levels: Readonly<Record<PlacementArea, PlacementLevel>>,
): { start: string[]; skip: string[] } {
  const levelOf = (key: string) => {
    const area = areaOfModule(key);
    return area ? levels[area] : 'working';
  };
  const rank = (key: string) => PLACEMENT_LEVELS.indexOf(levelOf(key));
  const start = steps
    .filter((key) => levelOf(key) !== 'practitioner')
    .map((key, i) => ({ key, i }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i)
    .map((s) => s.key);
  return { start, skip: steps.filter((key) => levelOf(key) === 'practitioner') };
}
