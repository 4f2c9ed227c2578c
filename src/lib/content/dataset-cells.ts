import { parse } from 'csv-parse/sync';
import { KEEP_AS_WRITTEN, NUMBER } from './csv-table';

/**
 * A dataset as the download files hold it: the columns a module's table shows, under the labels it shows them
 * with, each cell typed. A column of numbers holds numbers (a spreadsheet can sum them); an identifier, a year, a
 * month like "07/2025" or a column with one non-number in it stays text exactly as written, so "000412" keeps its
 * zeros and a data-quality exercise keeps its mess.
 */
export type DatasetCell = string | number | null;
export interface DatasetCells {
  header: string[];
  rows: DatasetCell[][];
}

export function datasetCells(csv: string, labels?: Record<string, string>): DatasetCells {
  const [head, ...body]: string[][] = parse(csv, { bom: true, skip_empty_lines: true, trim: true });
  if (!head || head.length === 0) throw new Error('the CSV has no header row');
  const ids = labels ? Object.keys(labels) : head;
  const missing = ids.filter((id) => !head.includes(id));
  if (missing.length > 0) throw new Error(`columns ${missing.join(', ')} are not in the CSV header`);
  const indexes = ids.map((id) => head.indexOf(id));
  const asNumber = ids.map((id, i) => {
    const values = body.map((row) => row[indexes[i]!] ?? '').filter((v) => v !== '');
    return values.length > 0 && values.every((v) => NUMBER.test(v)) && !KEEP_AS_WRITTEN.test(id);
  });
  return {
    header: ids.map((id) => labels?.[id] ?? id),
    rows: body.map((row) =>
      indexes.map((index, i) => {
        const value = row[index] ?? '';
        if (value === '') return null;
        return asNumber[i] ? Number(value) : value;
      }),
    ),
  };
}
