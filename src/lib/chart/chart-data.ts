import { parse } from 'csv-parse/sync';
import { NUMBER } from '../content/csv-table';

/**
 * The rows a chart draws, read from a dataset in seeds/datasets: the x column as written, each value column as a
 * number. An author's mistake (a column that is not there, a cell that is not a number, a range that names no row)
 * throws a sentence the component puts after the MDX file's name, so the build stops and says what to fix.
 */
export interface ChartDataSpec {
  /** The column of categories or times (x), read as text. */
  x: string;
  /** The value columns, in drawing order: the main series, then the right-hand one if any. */
  values: string[];
  /** Divide every value by this column (a rate against a total), then multiply by perUnit. */
  per?: string;
  perUnit?: number;
  /** The first and last row to draw, by their x value as written in the CSV (both included). */
  from?: string;
  to?: string;
}

export interface ChartRow {
  x: string;
  values: number[];
}

export interface ChartData {
  rows: ChartRow[];
  /** The most decimals written in each value column (so 96.2 is shown as 96,2 and 1190 as 1.190). */
  decimals: number[];
}

export function readChartData(csv: string, spec: ChartDataSpec): ChartData {
  const records: string[][] = parse(csv, { bom: true, skip_empty_lines: true, trim: true });
  const [header, ...body] = records;
  if (!header || header.length === 0) throw new Error('the CSV has no header row');

  const needed = [spec.x, ...spec.values, ...(spec.per ? [spec.per] : [])];
  const unknown = needed.filter((id) => !header.includes(id));
  if (unknown.length > 0) {
    throw new Error(
      `column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} not in the CSV header (${header.join(', ')})`,
    );
  }
  const at = (row: string[], id: string) => row[header.indexOf(id)] ?? '';

  const xs = body.map((row) => at(row, spec.x));
  const indexOf = (value: string | undefined, name: 'from' | 'to', fallback: number) => {
    if (value === undefined) return fallback;
    const index = xs.indexOf(value);
    if (index < 0) throw new Error(`${name}="${value}" is not a value of column "${spec.x}" (${xs.join(', ')})`);
    return index;
  };
  const first = indexOf(spec.from, 'from', 0);
  const last = indexOf(spec.to, 'to', body.length - 1);
  if (first > last) throw new Error(`from="${spec.from}" comes after to="${spec.to}" in column "${spec.x}"`);
  const chosen = body.slice(first, last + 1);
  if (chosen.length === 0) throw new Error('the CSV has no data rows');

  const number = (row: string[], id: string, line: number) => {
    const text = at(row, id);
    if (!NUMBER.test(text)) {
      throw new Error(`row ${line} ("${at(row, spec.x)}"), column "${id}": "${text}" is not a number (write 1250.5)`);
    }
    return Number(text);
  };
  // Lines are counted as an author sees the file: the header is line 1.
  const rows = chosen.map((row, i) => {
    const line = first + i + 2;
    const divisor = spec.per ? number(row, spec.per, line) : 1;
    if (divisor === 0) throw new Error(`row ${line} ("${at(row, spec.x)}"), column "${spec.per}": cannot divide by 0`);
    const scale = spec.per ? (spec.perUnit ?? 1) / divisor : 1;
    return { x: at(row, spec.x), values: spec.values.map((id) => number(row, id, line) * scale) };
  });
  const decimals = spec.values.map((id) => Math.max(0, ...chosen.map((row) => at(row, id).split('.')[1]?.length ?? 0)));
  return { rows, decimals };
}
