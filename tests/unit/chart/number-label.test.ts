import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberLabel, tickDecimals } from '../../../src/lib/chart/number-label';
import { xLabel } from '../../../src/lib/chart/x-label';

describe('numbers and dates in the page’s language', () => {
  it('writes 1.234,5 in Vietnamese and 1,234.5 in English', () => {
    expect(numberLabel(1234.5, 'vi', 1)).toBe('1.234,5');
    expect(numberLabel(1234.5, 'en', 1)).toBe('1,234.5');
    expect(numberLabel(1100, 'vi')).toBe('1.100');
    expect(numberLabel(1100, 'en')).toBe('1,100');
  });

  it('shows exactly the decimals asked for: 97 as 97,0 beside 96,2, a mean of 7.58 as 7,6', () => {
    expect(numberLabel(97, 'vi', 1)).toBe('97,0');
    expect(numberLabel(91 / 12, 'vi', 1)).toBe('7,6');
    expect(numberLabel(91 / 12, 'en', 1)).toBe('7.6');
    expect(numberLabel(-0.04, 'en', 1)).toBe('0.0');
  });

  it('gives ticks the decimals that tell them apart, and no more', () => {
    expect(tickDecimals([0, 25, 50, 75, 100])).toBe(0);
    expect(tickDecimals([95, 95.5, 96])).toBe(1);
    expect(tickDecimals([0, 0.25, 0.5])).toBe(2);
  });

  it('reads a number back from its Vietnamese and English labels', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const value = n / 10 ** decimals;
        const vi = numberLabel(value, 'vi', decimals).replace(/\./g, '').replace(',', '.');
        const en = numberLabel(value, 'en', decimals).replace(/,/g, '');
        expect(Number(vi)).toBeCloseTo(value, decimals);
        expect(Number(en)).toBeCloseTo(value, decimals);
      }),
    );
  });

  it('writes months as “tháng 3/2025” and “Mar 2025”, whichever way the CSV writes them', () => {
    expect(xLabel('2025-03', 'vi')).toBe('tháng 3/2025');
    expect(xLabel('03/2025', 'vi')).toBe('tháng 3/2025');
    expect(xLabel('2025-03', 'en')).toBe('Mar 2025');
    expect(xLabel('12/2025', 'en')).toBe('Dec 2025');
    expect(xLabel('2025-03-14', 'vi')).toBe('14/3/2025');
    expect(xLabel('2025-03-14', 'en')).toBe('14 Mar 2025');
  });

  it('leaves years, names and impossible dates as written', () => {
    expect(xLabel('2025', 'vi')).toBe('2025');
    expect(xLabel('Đông Hòa', 'en')).toBe('Đông Hòa');
    expect(xLabel('2025-13', 'vi')).toBe('2025-13');
    expect(xLabel('2025-02-30', 'en')).toBe('2025-02-30');
  });
});
