import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { FOUNDATION_PATH, PATH_FOR_WORK, recommendPath } from '../../../src/lib/placement/recommend-path';
import {
  PLACEMENT_LEVELS,
  PLACEMENT_WORK,
  type PlacementArea,
  type PlacementLevel,
} from '../../../src/lib/progress/progress-schema';

const levels = (data: PlacementLevel, rest: PlacementLevel = 'working'): Record<PlacementArea, PlacementLevel> => ({
  data,
  reasoning: rest,
  risk: rest,
  'government-data': rest,
});
const level = fc.constantFrom(...PLACEMENT_LEVELS);

describe('the recommended role path', () => {
  it('is one of the role paths in seeds/paths for every kind of work', () => {
    const slugs = readdirSync('seeds/paths').map((f) => f.replace(/\.yaml$/, ''));
    for (const work of PLACEMENT_WORK) expect(slugs).toContain(PATH_FOR_WORK[work]);
  });

  it('follows the kind of work when the foundations are there', () => {
    expect(recommendPath('general', levels('practitioner', 'practitioner'))).toEqual({
      path: 'essentials',
      reason: 'work',
    });
    expect(recommendPath('leading', levels('working'))).toEqual({ path: 'leaders', reason: 'work' });
    expect(recommendPath('systems', levels('awareness'))).toEqual({ path: 'technicians', reason: 'work' });
    expect(recommendPath('data', levels('working'))).toEqual({ path: 'data-specialists', reason: 'work' });
  });

  it('sends someone to the essentials first at awareness in three areas, or a data worker weak in data', () => {
    expect(recommendPath('leading', levels('awareness', 'awareness'))).toEqual({
      path: FOUNDATION_PATH,
      reason: 'mostly-awareness',
    });
    expect(recommendPath('data', levels('awareness'))).toEqual({ path: FOUNDATION_PATH, reason: 'data-foundations' });
  });

  it('never moves someone off the essentials by doing worse, nor onto them by doing better', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACEMENT_WORK), level, level, level, level, (work, a, b, c, d) => {
        const weak = { data: a, reasoning: b, risk: c, 'government-data': d };
        const better = Object.fromEntries(
          Object.entries(weak).map(([k, v]) => [k, PLACEMENT_LEVELS[Math.min(PLACEMENT_LEVELS.indexOf(v) + 1, 2)]!]),
        ) as typeof weak;
        if (recommendPath(work, weak).path !== FOUNDATION_PATH)
          expect(recommendPath(work, better).path).toBe(PATH_FOR_WORK[work]);
      }),
    );
  });
});
