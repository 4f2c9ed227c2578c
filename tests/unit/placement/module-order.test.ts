import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaOfModule } from '../../../src/lib/placement/areas';
import { startingModules } from '../../../src/lib/placement/module-order';
import { PLACEMENT_LEVELS, type PlacementArea, type PlacementLevel } from '../../../src/lib/progress/progress-schema';

const LEADERS = [
  'data-thinking/data-to-decision',
  'critical-reasoning/thinking-traps',
  'risk-management/what-risk-is',
  'risk-management/identifying-and-analysing',
  'digital-teams/digital-workforce',
];
const level = fc.constantFrom(...PLACEMENT_LEVELS);

describe('where to start in a path', () => {
  it('puts the weakest areas first, keeps the path order within a level and sets practitioner areas apart', () => {
    const levels: Record<PlacementArea, PlacementLevel> = {
      data: 'practitioner',
      reasoning: 'working',
      risk: 'awareness',
      'government-data': 'working',
    };
    expect(startingModules(LEADERS, levels)).toEqual({
      start: [
        'risk-management/what-risk-is',
        'risk-management/identifying-and-analysing',
        'critical-reasoning/thinking-traps',
        'digital-teams/digital-workforce',
      ],
      skip: ['data-thinking/data-to-decision'],
    });
  });

  it('loses no module and invents none, and never starts with a stronger area before a weaker one', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(LEADERS), level, level, level, level, (steps, a, b, c, d) => {
        const levels = { data: a, reasoning: b, risk: c, 'government-data': d };
        const { start, skip } = startingModules(steps, levels);
        expect([...start, ...skip].sort()).toEqual([...steps].sort());
        const rank = (key: string) => PLACEMENT_LEVELS.indexOf(levels[areaOfModule(key)!] ?? 'working');
        for (const key of skip) expect(levels[areaOfModule(key)!]).toBe('practitioner');
        const ranks = start.map((k) => (areaOfModule(k) ? rank(k) : 1));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      }),
    );
  });
});
