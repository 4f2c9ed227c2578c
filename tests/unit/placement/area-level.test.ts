import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaLevel, type SelfRating } from '../../../src/lib/placement/area-level';
import { PLACEMENT_LEVELS } from '../../../src/lib/progress/progress-schema';

const rank = (rating: SelfRating, correct: number, total: number) =>
  PLACEMENT_LEVELS.indexOf(areaLevel(rating, correct, total).level);
const rating = fc.constantFrom<SelfRating>(1, 2, 3);

describe('the level of an area', () => {
  it('follows the answers: under half awareness, half or more working, all right practitioner', () => {
    expect(areaLevel(2, 0, 3)).toEqual({ level: 'awareness', reason: 'under-half' });
    expect(areaLevel(3, 1, 3)).toEqual({ level: 'awareness', reason: 'under-half' });
    expect(areaLevel(1, 1, 2)).toEqual({ level: 'working', reason: 'half-or-more' });
    expect(areaLevel(2, 2, 3)).toEqual({ level: 'working', reason: 'half-or-more' });
    expect(areaLevel(2, 3, 3)).toEqual({ level: 'practitioner', reason: 'all-right' });
  });

  it('does not call someone new to an area a practitioner for two lucky answers', () => {
    expect(areaLevel(1, 2, 2)).toEqual({ level: 'working', reason: 'all-right-but-new' });
  });

  it('never lowers a level for one more answer right, or for a higher self-rating', () => {
    fc.assert(
      fc.property(rating, fc.integer({ min: 1, max: 3 }), fc.nat(3), (r, total, c) => {
        const correct = Math.min(c, total);
        if (correct < total) expect(rank(r, correct + 1, total)).toBeGreaterThanOrEqual(rank(r, correct, total));
        if (r < 3) expect(rank((r + 1) as SelfRating, correct, total)).toBeGreaterThanOrEqual(rank(r, correct, total));
      }),
    );
  });

  it('reads a count out of range as the nearest possible one, and an area with no question from the rating', () => {
    expect(areaLevel(2, 5, 3)).toEqual(areaLevel(2, 3, 3));
    expect(areaLevel(2, -1, 3)).toEqual(areaLevel(2, 0, 3));
    expect(areaLevel(1, 0, 0).level).toBe('awareness');
    expect(areaLevel(3, 0, 0)).toEqual({ level: 'working', reason: 'not-asked' });
  });
});
