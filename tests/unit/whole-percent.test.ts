import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholePercent } from '../../src/lib/whole-percent';

describe('a whole percent', () => {
  it('rounds down, so a near miss never shows as the mark it missed', () => {
    expect(wholePercent(7, 9)).toBe(77);
    expect(wholePercent(799, 1000)).toBe(79);
    expect(wholePercent(2, 3)).toBe(66);
  });

  it('is 0 of nothing, and 100 only when every one is done', () => {
    expect(wholePercent(0, 0)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), (whole, seed) => {
        const part = seed % (whole + 1);
        const percent = wholePercent(part, whole);
        expect(Number.isInteger(percent)).toBe(true);
        expect(percent * whole).toBeLessThanOrEqual(part * 100);
        expect((percent + 1) * whole).toBeGreaterThan(part * 100);
        expect(percent === 100).toBe(part === whole);
      }),
    );
  });
});
