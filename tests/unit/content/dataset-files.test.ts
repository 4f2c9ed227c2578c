import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { datasetCells } from '../../../src/lib/content/dataset-cells';
import { datasetCsv, datasetWorkbook, sheetName } from '../../../src/lib/content/dataset-files';
import { csvTableUsages } from '../../../src/lib/content/csv-table-usages';

const csv =
  'application_code,month,commune,population,share,note\n' +
  '000412,07/2025,Phường Đông Hòa,96400,29.0,\n' +
  '000413,08/2025,"Xã An Phú, thôn 2",24800,30.15,"=HYPERLINK(""x"")"\n';
const labels = { application_code: 'Số hồ sơ', month: 'Tháng', commune: 'Xã, phường', population: 'Dân số', share: '%', note: 'Ghi chú' };

async function readBack(bytes: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

describe('dataset downloads', () => {
  it('types cells: numbers as numbers, codes and months as text with their zeros, blanks empty', () => {
    const { header, rows } = datasetCells(csv, labels);
    expect(header).toEqual(['Số hồ sơ', 'Tháng', 'Xã, phường', 'Dân số', '%', 'Ghi chú']);
    expect(rows[0]).toEqual(['000412', '07/2025', 'Phường Đông Hòa', 96400, 29, null]);
  });

  it('writes a workbook Excel reads back as the table: labels, numbers, text, Vietnamese letters', async () => {
    const { name, rows } = await readBack(await datasetWorkbook(datasetCells(csv, labels), 'Sổ theo dõi: 06/10/2025'));
    expect(name).toBe('Sổ theo dõi  06 10 2025');
    expect(rows[0]).toEqual(['Số hồ sơ', 'Tháng', 'Xã, phường', 'Dân số', '%', 'Ghi chú']);
    expect(rows[1]).toEqual(['000412', '07/2025', 'Phường Đông Hòa', 96400, 29]);
    // Text in a workbook is never a formula: it stays exactly as the dataset has it.
    expect(rows[2]).toEqual(['000413', '08/2025', 'Xã An Phú, thôn 2', 24800, 30.15, '=HYPERLINK("x")']);
  });

  it('keeps every dataset value through the workbook', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ minLength: 1 }).filter((s) => s.trim() === s && !/[\r\n]/.test(s)), fc.integer()), {
          minLength: 1,
          maxLength: 8,
        }),
        async (pairs) => {
          const cells = { header: ['text', 'number'], rows: pairs.map(([text, n]) => [text, n]) };
          const { rows } = await readBack(await datasetWorkbook(cells, 'x'));
          expect(rows.slice(1)).toEqual(pairs.map(([text, n]) => [text, n]));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('writes a CSV with a BOM, commas, CRLF and formulas defused, that parses back to the table', () => {
    const text = datasetCsv(datasetCells(csv, labels));
    expect(text.startsWith('\uFEFFSố hồ sơ,Tháng,"Xã, phường",')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    const back: string[][] = parse(text, { bom: true });
    expect(back[1]).toEqual(['000412', '07/2025', 'Phường Đông Hòa', '96400', '29', '']);
    expect(back[2]?.[5]).toBe('\'=HYPERLINK("x")');
  });

  it('names a sheet within Excel’s rules', () => {
    fc.assert(
      fc.property(fc.string(), (caption) => {
        const name = sheetName(caption);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[:\\/?*[\]]/);
      }),
    );
  });

  it('finds the tables a module body shows, with their labels', () => {
    const body =
      'Text\n<CsvTable file="a.csv" caption="Dân số, 2025" columns={{ commune: "Xã, phường", population: "Dân số" }} source="x" />\n' +
      '<CsvTable\n  file="b.csv"\n  caption="B"\n/>';
    expect(csvTableUsages(body)).toEqual([
      { file: 'a.csv', caption: 'Dân số, 2025', columns: { commune: 'Xã, phường', population: 'Dân số' } },
      { file: 'b.csv', caption: 'B' },
    ]);
  });
});
