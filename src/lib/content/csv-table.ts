import { parse } from 'csv-parse/sync';
import { locales, type Lang } from '../../i18n/languages';

/**
 * Turns a dataset from seeds/datasets into what a table shows. Columns that hold only numbers are right-aligned
 * and written the reader's way (1.250,5 in Vietnamese, 1,250.5 in English); identifiers and years are left as
 * written, and so is any column with one non-number in it (a data-quality exercise must show the raw mess).
 */
export interface TableColumn {
  id: string;
  label: string;
  numeric: boolean;
}
export interface TableData {
  columns: TableColumn[];
  rows: string[][];
}

/** A value a table treats as a number; the download files use the same rules, so they say what the table shows. */
export const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
export const KEEP_AS_WRITTEN = /(^|_)(id|code|year|nam|ma)$/;

export function buildTable(csv: string, lang: Lang, labels?: Record<string, string>): TableData {
  const records: string[][] = parse(csv, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  const [header, ...body] = records;
  if (!header || header.length === 0) throw new Error('the CSV has no header row');

  const ids = labels ? Object.keys(labels) : header;
  const missing = ids.filter((id) => !header.includes(id));
  if (missing.length > 0) {
    throw new Error(`columns ${missing.map((m) => `"${m}"`).join(', ')} are not in the CSV header (${header.join(', ')})`);
  }
  const indexes = ids.map((id) => header.indexOf(id));
  // Decimals stay as the author wrote them: "29.0" is a measured 29.0%, not 29.
  const format = (value: string) => {
    const decimals = value.split('.')[1]?.length ?? 0;
    return new Intl.NumberFormat(locales[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Number(value));
  };

  const columns = ids.map((id, i) => {
    const values = body.map((row) => row[indexes[i]!] ?? '').filter((v) => v !== '');
    const numeric = values.length > 0 && values.every((v) => NUMBER.test(v));
    return { id, label: labels?.[id] ?? id, numeric, formatted: numeric && !KEEP_AS_WRITTEN.test(id) };
  });
  const rows = body.map((row) =>
    columns.map((col, i) => {
      const value = row[indexes[i]!] ?? '';
      return col.formatted && value !== '' ? format(value) : value;
    }),
  );
  return { columns: columns.map(({ id, label, numeric }) => ({ id, label, numeric })), rows };
}
