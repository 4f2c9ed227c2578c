import ExcelJS from 'exceljs';
import { csvText } from '../class/class-csv';
import type { DatasetCells } from './dataset-cells';

/**
 * The two files a learner downloads beside a table. The CSV is for other tools: UTF-8 with a BOM (so Excel shows
 * "Đông Hoà", not mojibake), commas, a full stop for decimals, CRLF. The workbook is for Excel itself: an .xlsx
 * holds each cell as a number or as text, so it opens the same under Vietnamese regional settings (where a CSV's
 * list separator is ";" and "29.2" is not a number) as under English ones, and "000412" keeps its zeros.
 */
const cell = (value: string | number | null) =>
  value === null ? '' : typeof value === 'number' ? String(value) : csvText(value);

export function datasetCsv({ header, rows }: DatasetCells): string {
  return '\uFEFF' + [header.map(csvText), ...rows.map((row) => row.map(cell))].map((r) => r.join(',') + '\r\n').join('');
}

/** A sheet name may hold 31 characters and none of : \ / ? * [ ]. */
export const sheetName = (caption: string): string => caption.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Data';

export async function datasetWorkbook({ header, rows }: DatasetCells, caption: string): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  // A fixed date: the same dataset builds the same bytes, so the service worker does not fetch it again.
  workbook.created = workbook.modified = new Date(Date.UTC(2025, 0, 1));
  const sheet = workbook.addWorksheet(sheetName(caption));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((value) => value ?? undefined));
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(header[i]?.length ?? 0, ...rows.map((r) => String(r[i] ?? '').length));
    column.width = Math.min(Math.max(widest + 2, 8), 50);
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).slice().buffer;
}
