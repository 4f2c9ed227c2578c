import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { valueAxis } from '../../../src/lib/chart/value-scale';
import { statOf } from '../../../src/lib/chart/chart-stats';

describe('the value axis', () => {
  it('starts bars at 0 and ends on a round tick above the tallest', () => {
    const axis = valueAxis({ values: [96.2, 97.1, 97.9, 98.5], length: 170, spacing: 37 });
    expect(axis.domain).toEqual([0, 100]);
    expect(axis.ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axis.truncated).toBe(false);
    expect(axis.position(0)).toBe(0);
    expect(axis.position(100)).toBe(170);
  });

  it('a truncated axis starts where the author says, and says it is truncated', () => {
    const axis = valueAxis({ values: [96.2, 98.5], from: 95, to: 100, length: 170, spacing: 37 });
    expect(axis.domain).toEqual([95, 100]);
    expect(axis.ticks).toEqual([95, 96, 97, 98, 99, 100]);
    expect(axis.truncated).toBe(true);
    // Drawn from 95, Tây Sơn's bar is about 2.9 times Đông Hòa's, the module's own arithmetic.
    expect(axis.position(98.5) / axis.position(96.2)).toBeCloseTo(3.5 / 1.2, 5);
  });

  it('refuses a start above the smallest value or an end below the largest', () => {
    expect(() => valueAxis({ values: [94, 98], from: 95, length: 100, spacing: 20 })).toThrow('yFrom=95');
    expect(() => valueAxis({ values: [94, 98], to: 97, length: 100, spacing: 20 })).toThrow('yTo=97');
  });

  it('includes negative values and 0', () => {
    const axis = valueAxis({ values: [-12, 30], length: 200, spacing: 30 });
    expect(axis.domain[0]).toBe(-12);
    expect(axis.ticks).toContain(0);
    expect(axis.truncated).toBe(false);
  });

  it('holds every value, with ticks in order, inside the axis, and no more ticks than fit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 60, max: 400 }),
        (values, length) => {
          const axis = valueAxis({ values, length, spacing: 30 });
          for (const value of values) {
            expect(axis.position(value)).toBeGreaterThanOrEqual(-1e-9);
            expect(axis.position(value)).toBeLessThanOrEqual(length + 1e-9);
          }
          expect([...axis.ticks].sort((a, b) => a - b)).toEqual(axis.ticks);
          expect(axis.ticks.length).toBeLessThanOrEqual(Math.floor(length / 30) * 2 + 1);
        },
      ),
    );
  });
});

describe('summary lines', () => {
  it('the module’s 12 applications: median 5, mean 91 ÷ 12', () => {
    const days = [2, 3, 3, 3, 4, 5, 5, 6, 6, 6, 8, 40];
    expect(statOf('median', days)).toBe(5);
    expect(statOf('mean', days)).toBeCloseTo(91 / 12, 10);
    expect(statOf('median', [3, 1, 2])).toBe(2);
  });
});
