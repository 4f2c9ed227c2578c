import { describe, expect, it } from 'vitest';
import { buildTable } from '../../../src/lib/content/csv-table';

const csv = 'commune,population,year,household_id,note\nXã A,1250.5,2019,0012,ok\nXã B,30000,2020,0013,\n';

describe('CSV tables', () => {
  it('writes numbers the reader’s way and right-aligns them', () => {
    const vi = buildTable(csv, 'vi');
    const en = buildTable(csv, 'en');
    expect(vi.rows.map((r) => r[1])).toEqual(['1.250,5', '30.000']);
    expect(en.rows.map((r) => r[1])).toEqual(['1,250.5', '30,000']);
    expect(vi.columns.find((c) => c.id === 'population')?.numeric).toBe(true);
    expect(vi.columns.find((c) => c.id === 'commune')?.numeric).toBe(false);
  });

  it('keeps the decimals the author wrote, so 29.0% does not turn into 29%', () => {
    const { rows } = buildTable('share\n29.0\n30.15\n7\n', 'vi');
    expect(rows.map((r) => r[0])).toEqual(['29,0', '30,15', '7']);
  });

  it('leaves years, identifiers and text as written', () => {
    const { rows } = buildTable(csv, 'vi');
    expect(rows[0]).toEqual(['Xã A', '1.250,5', '2019', '0012', 'ok']);
    expect(rows[1]?.[4]).toBe('');
  });

  it('shows a column with one non-number raw, so data-quality exercises keep their mess', () => {
    const { rows, columns } = buildTable('age\n34\n-\n1.5e3\n', 'vi');
    expect(columns[0]?.numeric).toBe(false);
    expect(rows.map((r) => r[0])).toEqual(['34', '-', '1.5e3']);
  });

  it('orders and labels columns as the author asks', () => {
    const { columns, rows } = buildTable(csv, 'en', { population: 'Population', commune: 'Commune' });
    expect(columns.map((c) => c.label)).toEqual(['Population', 'Commune']);
    expect(rows[0]).toEqual(['1,250.5', 'Xã A']);
  });

  it('names a column that does not exist', () => {
    expect(() => buildTable(csv, 'en', { people: 'People' })).toThrow(/"people".*not in the CSV header/);
  });

  it('accepts a byte-order mark from Excel', () => {
    expect(buildTable('\uFEFFname,n\nA,1\n', 'en').columns[0]?.id).toBe('name');
  });
});
