import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readChartData } from '../../../src/lib/chart/chart-data';

const csv = 'commune,cases,population\nĐông Hòa,241,96400\nTây Sơn,164,58700\nTân Lập,111,18500\n';

describe('reading a chart’s columns from a dataset', () => {
  it('reads the x column as written and the value columns as numbers, with their written decimals', () => {
    const data = readChartData('year,rate\n2023,96.2\n2024,97\n', { x: 'year', values: ['rate'] });
    expect(data.rows).toEqual([
      { x: '2023', values: [96.2] },
      { x: '2024', values: [97] },
    ]);
    expect(data.decimals).toEqual([1]);
  });

  it('draws a rate against a total: cases per 1,000 people', () => {
    const { rows } = readChartData(csv, { x: 'commune', values: ['cases'], per: 'population', perUnit: 1000 });
    expect(rows.map((r) => Math.round(r.values[0]! * 10) / 10)).toEqual([2.5, 2.8, 6.0]);
  });

  it('keeps only the chosen range of rows, both ends included', () => {
    const { rows } = readChartData(csv, { x: 'commune', values: ['cases'], from: 'Tây Sơn', to: 'Tân Lập' });
    expect(rows.map((r) => r.x)).toEqual(['Tây Sơn', 'Tân Lập']);
  });

  it('names a column the CSV does not have, and lists those it has', () => {
    expect(() => readChartData(csv, { x: 'commune', values: ['case'] })).toThrow(
      'column "case" not in the CSV header (commune, cases, population)',
    );
    expect(() => readChartData(csv, { x: 'commune', values: ['cases'], per: 'pop' })).toThrow('column "pop"');
  });

  it('names the row, the column and the cell that is not a number', () => {
    const broken = 'commune,cases\nĐông Hòa,241\nTây Sơn,1.640,5\n';
    expect(() => readChartData(broken.replace('1.640,5', '"1.640,5"'), { x: 'commune', values: ['cases'] })).toThrow(
      'row 3 ("Tây Sơn"), column "cases": "1.640,5" is not a number (write 1250.5)',
    );
    expect(() => readChartData('commune,cases\nĐông Hòa,\n', { x: 'commune', values: ['cases'] })).toThrow(
      '"" is not a number',
    );
  });

  it('refuses a range that names no row, or runs backwards', () => {
    expect(() => readChartData(csv, { x: 'commune', values: ['cases'], from: 'An Phú' })).toThrow(
      'from="An Phú" is not a value of column "commune"',
    );
    expect(() => readChartData(csv, { x: 'commune', values: ['cases'], from: 'Tân Lập', to: 'Đông Hòa' })).toThrow(
      'comes after',
    );
  });

  it('refuses to divide by a total of 0', () => {
    expect(() =>
      readChartData('commune,cases,population\nXã A,3,0\n', { x: 'commune', values: ['cases'], per: 'population' }),
    ).toThrow('cannot divide by 0');
  });

  it('reads back every number written as the datasets write them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 99 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (pairs) => {
          const written = pairs.map(([whole, cents]) =>
            cents === 0 ? `${whole}` : `${whole}.${String(cents).padStart(2, '0')}`,
          );
          const text = `x,v\n${written.map((v, i) => `r${i},${v}`).join('\n')}\n`;
          const { rows } = readChartData(text, { x: 'x', values: ['v'] });
          expect(rows.map((r) => r.values[0])).toEqual(written.map(Number));
        },
      ),
    );
  });
});
