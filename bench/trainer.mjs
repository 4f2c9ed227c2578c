// Figures for the trainer features at class scale: how long a path link gets and whether its QR code stays
// scannable, how big a learner's report file is, and how long the class report takes for 40 and 400 reports.
// Runs the site's own code (bundled for Node with esbuild); prints figures, asserts nothing.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ROOT, kb } from './lib.mjs';

const OUT = join(ROOT, 'bench/.out');
mkdirSync(OUT, { recursive: true });
await build({
  stdin: {
    contents: [
      "export { encodePath } from './src/lib/course-paths/path-codec.ts';",
      "export { buildReport } from './src/lib/reports/progress-report.ts';",
      "export { parseReport } from './src/lib/reports/report-parse.ts';",
      "export { classView, latestPerLearner } from './src/lib/class/class-report.ts';",
      "export { classCsv } from './src/lib/class/class-csv.ts';",
      "export { emptyProgress } from './src/lib/progress/progress-schema.ts';",
      "export { default as qrcode } from 'qrcode-generator';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'esm', outfile: join(OUT, 'trainer.mjs'), logLevel: 'error',
});
const lib = await import(pathToFileURL(join(OUT, 'trainer.mjs')).href);

const ORIGIN = 'https://hoc-du-lieu.example.gov.vn';
const keys = (n) => Array.from({ length: n }, (_, i) => `course-${Math.floor(i / 5) + 1}/module-topic-number-${i + 1}`);
const note = (chars) => 'Các anh chị hoàn thành trước buổi tập huấn; mỗi học phần khoảng mười lăm phút. '.repeat(20).slice(0, chars);

// --- Links and QR codes
console.log('Path links and their QR codes (error correction M)\n');
console.log('path                                      link chars  QR version  modules/side');
const linkCases = [
  ['8 modules, no note (a role path)', { title: 'Kiến thức thiết yếu cho mọi cán bộ, công chức', modules: keys(8) }],
  ['8 modules, 200-char note, due, pass mark', { title: 'Kiến thức thiết yếu — lớp tháng 12', note: note(200), due: '2026-12-14', passMark: 80, modules: keys(8) }],
  ['20 modules, 500-char note', { title: 'Lộ trình chuyên viên dữ liệu', note: note(500), modules: keys(20) }],
  ['60 modules, 1,000-char note (the maximum)', { title: 'Lộ trình đầy đủ', note: note(1000), modules: keys(60) }],
];
for (const [label, path] of linkCases) {
  const link = `${ORIGIN}/vi/paths/shared/#p=${lib.encodePath(path)}`;
  let version = 'too long';
  let side = '';
  try {
    const qr = lib.qrcode(0, 'M');
    qr.addData(link, 'Byte');
    qr.make();
    side = String(qr.getModuleCount());
    version = String((qr.getModuleCount() - 17) / 4);
  } catch {
    // the page says so and offers the link and the file instead
  }
  console.log(`${label.padEnd(42)}${String(link.length).padStart(10)}  ${version.padStart(10)}  ${side.padStart(12)}`);
}

// --- Report files
const moduleInfo = (n) => keys(n).map((key) => ({ key, title: `Học phần ${key}`, url: `/vi/courses/${key}/`, courseUrl: `/vi/courses/${key.split('/')[0]}/` }));
function record(n, attemptsPerModule) {
  const progress = lib.emptyProgress();
  let minute = 0;
  for (const key of keys(n)) {
    const attempts = Array.from({ length: attemptsPerModule }, (_, i) => {
      const passed = i === attemptsPerModule - 1;
      return {
        id: `a-${key.replace(/\W/g, '')}-${i}-0000`, at: new Date(Date.UTC(2026, 10, 1) + ++minute * 60_000).toISOString(), lang: 'vi',
        correct: passed ? 8 : 5, total: 10, percent: passed ? 80 : 50, passed, answers: {}, missed: passed ? ['q-2', 'q-7'] : ['q-1', 'q-2', 'q-3', 'q-5', 'q-7'],
      };
    });
    progress.modules[key] = { visits: attemptsPerModule + 1, lastVisit: attempts.at(-1)?.at, completedAt: attempts.at(-1)?.at, attempts };
  }
  return progress;
}
const report = (n, attempts, learner = 0) =>
  lib.buildReport({
    record: record(n, attempts), path: { title: 'Lộ trình lớp tháng 12', due: '2026-12-14', modules: keys(n) },
    learner: { id: `learner-${String(learner).padStart(6, '0')}`, name: `Học viên số ${learner + 1}` },
    lang: 'vi', site: `${ORIGIN}/`, now: new Date('2026-12-01T03:00:00Z'), modules: moduleInfo(n),
  });

console.log('\nA learner’s report file (compact JSON, as the site writes it)\n');
console.log('path                                  statements      file KB    gzip KB');
for (const [label, n, attempts] of [['8 modules, 2 attempts each', 8, 2], ['8 modules, 10 attempts each', 8, 10], ['40 modules, 30 attempts each (kept max)', 40, 30]]) {
  const r = report(n, attempts);
  const text = JSON.stringify(r);
  console.log(`${label.padEnd(38)}${String(r.statements.length).padStart(10)}  ${kb(Buffer.byteLength(text)).padStart(11)}  ${kb(gzipSync(text).length).padStart(9)}`);
}

// --- Class report
console.log('\nClass report: parse every file, keep the newest per learner, build the table and the CSV\n');
console.log('class                                  total ms   per report ms');
for (const learners of [40, 400]) {
  const texts = Array.from({ length: learners }, (_, i) => JSON.stringify(report(8, 1 + (i % 4), i)));
  const start = performance.now();
  const reports = texts.map((t) => lib.parseReport(t)).filter((r) => r.ok).map((r) => r.report);
  const view = lib.classView(lib.latestPerLearner(reports).reports, keys(8).map((key, i) => ({ key, number: `1.${i + 1}`, title: key })), new Date('2026-12-20T00:00:00Z'));
  lib.classCsv(view, {
    learner: 'Học viên', completedCount: 'Đã xong', exportedAt: 'Ngày', best: 'điểm', attempts: 'lần',
    status: { 'not-started': 'chưa', 'in-progress': 'đang', completed: 'xong' }, moduleName: (m) => m.title,
  }, keys(8).map((key, i) => ({ key, number: `1.${i + 1}`, title: key })));
  const ms = performance.now() - start;
  console.log(`${`${learners} learners × 8 modules`.padEnd(38)}${ms.toFixed(0).padStart(9)}  ${(ms / learners).toFixed(2).padStart(14)}`);
}
