import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classCsv, type ClassCsvLabels } from '../../../src/lib/class/class-csv';
import { classView, type ClassModule } from '../../../src/lib/class/class-report';
import { ClassModel } from '../../../src/lib/class/class-model';
import { attempt, exercise, exerciseAttempt, makeReport, mod, M1, M2, M3 } from '../report-fixture';

const modules: ClassModule[] = [
  { key: M1, number: '1.1', title: 'Dữ liệu trong công việc công' },
  { key: M2, number: '1.2', title: 'Chất lượng dữ liệu, "sạch" và "bẩn"' },
  { key: M3, number: '', title: M3 }, // a key the catalog lacks
];
const labels: ClassCsvLabels = {
  learner: 'Học viên',
  completedCount: 'Số mô-đun hoàn thành',
  exportedAt: 'Ngày xuất báo cáo',
  status: { 'not-started': 'Chưa bắt đầu', 'in-progress': 'Đang học', completed: 'Hoàn thành' },
  best: 'điểm cao nhất %',
  attempts: 'số lần làm',
  moduleName: (m) => (m.number ? `${m.number} ${m.title}` : m.title),
};
const now = new Date('2026-12-02T00:00:00Z');

const csvOf = (names: string[], extra: Partial<ClassCsvLabels> = {}) => {
  const reports = names.map((name, i) =>
    makeReport({
      id: `learner-${String(i).padStart(4, '0')}`,
      name,
      exportedAt: i === 0 ? '2026-12-01T20:30:00Z' : '2026-12-01T03:00:00Z', // 03:30 on the 2nd in Hà Nội
      modules: i === 0 ? [mod(M1, [attempt(50), attempt(90)]), mod(M2, [attempt(40)])] : [],
    }),
  );
  return classCsv(classView(reports, modules, now), { ...labels, ...extra }, modules);
};
const read = (csv: string): string[][] =>
  parse(csv, { bom: true, record_delimiter: '\r\n', relax_column_count: false });

describe('class CSV', () => {
  it('opens as columns in Excel under vi-VN settings: ";" between cells, so a title with a comma stays one cell', () => {
    const csv = csvOf(['Nguyễn Thị Lan', 'Trần Văn An, tổ 2'], { separator: ';' });
    expect(csv.startsWith('\uFEFFHọc viên;Số mô-đun hoàn thành;')).toBe(true);
    const rows: string[][] = parse(csv, { bom: true, delimiter: ';', record_delimiter: '\r\n' });
    expect(rows[0]).toHaveLength(3 + modules.length * 3);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    expect(rows[0]![5]).toBe('1.2 Chất lượng dữ liệu, "sạch" và "bẩn"');
    expect(rows.map((row) => row[0])).toContain('Trần Văn An, tổ 2');
  });

  it('quotes a cell holding ";" even in a comma file, so either Excel keeps it whole', () => {
    const [, row] = read(csvOf(['Lê Thị Hoa; lớp B']));
    expect(row![0]).toBe('Lê Thị Hoa; lớp B');
  });

  it('opens in Excel: BOM, CRLF line ends, Vietnamese text as written', () => {
    const csv = csvOf(['Nguyễn Thị Lan']);
    expect(csv.startsWith('\uFEFFHọc viên,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').match(/\n/g)).toHaveLength(2); // header and one row, each ended by CRLF
    expect(csv.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
    expect(csv).toContain('Nguyễn Thị Lan');
  });

  it('writes headers from the labels and one row per learner', () => {
    const [header, row] = read(csvOf(['Nguyễn Thị Lan']));
    expect(header).toEqual([
      'Học viên',
      'Số mô-đun hoàn thành',
      '1.1 Dữ liệu trong công việc công',
      '1.1 Dữ liệu trong công việc công: điểm cao nhất %',
      '1.1 Dữ liệu trong công việc công: số lần làm',
      '1.2 Chất lượng dữ liệu, "sạch" và "bẩn"',
      '1.2 Chất lượng dữ liệu, "sạch" và "bẩn": điểm cao nhất %',
      '1.2 Chất lượng dữ liệu, "sạch" và "bẩn": số lần làm',
      M3,
      `${M3}: điểm cao nhất %`,
      `${M3}: số lần làm`,
      'Ngày xuất báo cáo',
    ]);
    // "1/3" would open as a date; the division slash keeps it text.
    expect(row).toEqual([
      'Nguyễn Thị Lan',
      '1\u22153',
      'Hoàn thành',
      '90',
      '2',
      'Đang học',
      '40',
      '1',
      'Chưa bắt đầu',
      '',
      '0',
      '2026-12-02',
    ]);
    expect(read(csvOf(['Lan'], { statusHeader: 'trạng thái' }))[0]![2]).toBe(
      '1.1 Dữ liệu trong công việc công: trạng thái',
    );
    const farFuture = makeReport({ exportedAt: '+275760-09-13T00:00:00.000Z' }); // valid, but not seven hours later
    expect(read(classCsv(classView([farFuture], modules, now), labels, modules))[1]!.at(-1)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const names = ['Lê, Văn "Tí"', 'Hai\r\ndòng', 'Trần\nAn'];
    const csv = csvOf(names);
    expect(csv).toContain('"Lê, Văn ""Tí"""');
    expect(csv).toContain('"1.2 Chất lượng dữ liệu, ""sạch"" và ""bẩn"""');
    const rows = read(csv);
    expect(rows).toHaveLength(4);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([...names].sort());
  });

  it('defuses cells that a spreadsheet would run as a formula, and only those', () => {
    const names = [
      '=HYPERLINK("http://evil.example","Bấm vào đây")',
      '+84 912 345 678',
      '-1+1',
      '@SUM(A1:A9)',
      '\tTab',
      'Anh = Em',
    ];
    const rows = read(csvOf(names)).slice(1);
    expect(rows.map((r) => r[0]).sort()).toEqual(
      [
        '\'=HYPERLINK("http://evil.example","Bấm vào đây")',
        "'+84 912 345 678",
        "'-1+1",
        "'@SUM(A1:A9)",
        "'\tTab",
        'Anh = Em',
      ].sort(),
    );
    const hostileTitle: ClassModule[] = [{ key: M1, number: '', title: '=1+1' }];
    const csv = classCsv(classView([makeReport()], hostileTitle, now), labels, hostileTitle);
    expect(read(csv)[0]!.slice(2, 5)).toEqual(["'=1+1", "'=1+1: điểm cao nhất %", "'=1+1: số lần làm"]);
  });

  it('any name comes back as written, with an apostrophe only before a formula start', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (name) => {
        const [, row] = read(csvOf([name]));
        expect(row![0]).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
      }),
    );
  });
});

describe('exercise columns in the class CSV', () => {
  const catalog: ClassModule[] = modules.map((m) =>
    m.key === M2
      ? { ...m, exercises: [{ id: 'find-errors', kind: 'table-inspection', title: 'Tìm lỗi; hộ trùng' }] }
      : m,
  );
  const reports = [
    makeReport({
      id: 'learner-0001',
      name: 'Nguyễn Thị Lan',
      modules: [
        mod(M2, [attempt(40)], undefined, [exercise('find-errors', [exerciseAttempt(40), exerciseAttempt(80)])]),
      ],
    }),
    makeReport({ id: 'learner-0002', name: 'Trần Văn Minh' }),
  ];
  const words = {
    learner: 'Học viên',
    completedCount: 'Đã xong',
    exportedAt: 'Ngày',
    status: { 'not-started': 'Chưa bắt đầu', 'in-progress': 'Đang học', completed: 'Hoàn thành' },
    best: 'điểm cao nhất %',
    attempts: 'số lần làm',
    separator: ';' as const,
    exercise: { best: 'điểm cao nhất %', passed: 'đạt', attempts: 'số lần làm', yes: 'Đạt', no: 'Chưa đạt' },
  };

  it("follow their module's columns: best percent, passed or not, tries, for every learner", () => {
    const model = new ClassModel(catalog, () => now);
    model.add(reports.map((r, i) => ({ file: `r${i}.json`, text: JSON.stringify(r) })));
    const csv = model.csv(words);
    const [header, lan, minh] = parse(csv, { bom: true, record_delimiter: '\r\n', delimiter: ';' }) as string[][];
    const at = header!.indexOf('1.2 Chất lượng dữ liệu, "sạch" và "bẩn" — Tìm lỗi; hộ trùng: điểm cao nhất %');
    expect(at).toBe(header!.indexOf('1.2 Chất lượng dữ liệu, "sạch" và "bẩn": số lần làm') + 1);
    expect(header!.slice(at + 1, at + 3)).toEqual([
      '1.2 Chất lượng dữ liệu, "sạch" và "bẩn" — Tìm lỗi; hộ trùng: đạt',
      '1.2 Chất lượng dữ liệu, "sạch" và "bẩn" — Tìm lỗi; hộ trùng: số lần làm',
    ]);
    expect(lan!.slice(at, at + 3)).toEqual(['80', 'Đạt', '2']);
    expect(minh!.slice(at, at + 3)).toEqual(['', '', '0']);
    expect(header).toHaveLength(lan!.length);
  });

  it('are left out when the page sends no words for them, as before exercises', () => {
    const model = new ClassModel(catalog, () => now);
    model.add(reports.map((r, i) => ({ file: `r${i}.json`, text: JSON.stringify(r) })));
    const { exercise: _none, ...plain } = words;
    expect(model.csv(plain).split('\r\n')[0]).not.toContain('Tìm lỗi');
  });
});
