// Search bench (issue #4): our lunr index against Pagefind, the search Astro Starlight ships.
// Prints per language: index bytes (raw, gzip), bytes a first query downloads, load time, query p50/p95 over 30
// queries, for the real content and for synthetic corpora of 200, 1,000 and 5,000 modules (generated here, never
// committed); then Pagefind's whole index and first-query bytes on the same built site.
// Run: npm run bench:search   (after npm run build; add --quick to skip the 5,000-module corpus)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, gzip, kb, pageScriptBytes } from './lib.mjs';

const OUT = join(ROOT, 'bench/.out');
const languages = ['vi', 'en'];
const QUERIES = {
  vi: [
    'dữ liệu',
    'du lieu',
    'trung vị',
    'trung vi',
    'tỷ suất',
    'ty suat',
    'chất lượng',
    'chat luong',
    'biểu đồ',
    'bieu do',
    'mốc cơ sở',
    'moc co so',
    'chỉ số',
    'định luật goodhart',
    'siêu dữ liệu',
    'ngoại lai',
    'điểm phần trăm',
    'bảng theo dõi',
    'hành chính',
    'phường',
    'xã',
    'hồ sơ',
    'báo cáo',
    'dân số',
    'tính đầy đủ',
    'trùng lặp',
    'bản đồ',
    'trục',
    'mục tiêu',
    'median',
  ],
  en: [
    'data',
    'median',
    'medians',
    'outliers',
    'chart',
    'charts',
    'goodhart',
    'baseline',
    'target',
    'quality',
    'metadata',
    'percentage points',
    'per capita',
    'truncated axis',
    'administrative data',
    'cases',
    'dashboards',
    'rate per thousand',
    'cherry picking',
    'indicators',
    'completeness',
    'duplicate',
    'mean',
    'ward',
    'commune',
    'report',
    'population',
    'survey',
    'trung vị',
    'du lieu',
  ],
};
if (!existsSync(join(DIST, 'vi/search-index.json'))) {
  console.error('No built search index: run npm run build first.');
  process.exit(1);
}

// The same search code the site ships, bundled for Node.
mkdirSync(OUT, { recursive: true });
await build({
  stdin: {
    contents:
      "export * from './src/lib/search/query.ts'; export * from './src/lib/search/build-index.ts'; export * from './src/lib/search/text.ts';",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(OUT, 'search.mjs'),
  logLevel: 'error',
});
const { buildSearchIndex, loadIndex, search, words } = await import(pathToFileURL(join(OUT, 'search.mjs')).href);

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
function measure(lang, json) {
  const loads = [];
  let loaded;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    loaded = loadIndex(JSON.parse(json));
    loads.push(performance.now() - t);
  }
  const times = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES[lang]) {
      const t = performance.now();
      search(loaded, q);
      times.push(performance.now() - t);
    }
  }
  return {
    raw: Buffer.byteLength(json),
    gz: gzip(json),
    load: percentile(loads, 50),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
  };
}

/** Synthetic modules from the real vocabulary, words drawn as often as they occur, 1,500 words each. */
function synthetic(lang, count, vocabulary) {
  let seed = 42;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = (n) => Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `m:synthetic/${i}`,
    kind: 'module',
    title: pick(6),
    course: 'Synthetic',
    url: `/${lang}/courses/synthetic/${i}/`,
    terms: pick(5),
    headings: pick(30),
    text: pick(1500),
  }));
}

const row = (...cells) =>
  console.log(
    cells
      .map((c, i) =>
        String(c)
          .padStart(i === 0 ? 0 : 10)
          .padEnd(i === 0 ? 16 : 0),
      )
      .join(' '),
  );
const ours = {};
for (const lang of languages) {
  const json = readFileSync(join(DIST, `${lang}/search-index.json`), 'utf8');
  const payload = JSON.parse(json);
  const vocabulary = Object.values(payload.docs).flatMap((d) => words(`${d.t} ${d.x}`));
  const scriptBytes = pageScriptBytes(`${lang}/search/index.html`);
  console.log(`\n${lang}: our lunr index (search page JS: ${kb(scriptBytes)} KB gzip)`);
  row('corpus', 'docs', 'raw KB', 'gzip KB', '1st query', 'load ms', 'p50 ms', 'p95 ms');
  const real = measure(lang, json);
  ours[lang] = { whole: real.gz, first: real.gz + scriptBytes };
  row(
    'real content',
    Object.keys(payload.docs).length,
    kb(real.raw),
    kb(real.gz),
    `${kb(real.gz + scriptBytes)} KB`,
    real.load.toFixed(1),
    real.p50.toFixed(2),
    real.p95.toFixed(2),
  );
  for (const count of process.argv.includes('--quick') ? [200, 1000] : [200, 1000, 5000]) {
    const started = performance.now();
    const synth = JSON.stringify(buildSearchIndex(lang, synthetic(lang, count, vocabulary)));
    const built = (performance.now() - started) / 1000;
    const m = measure(lang, synth);
    row(
      `${count} modules`,
      count,
      kb(m.raw),
      kb(m.gz),
      `${kb(m.gz + scriptBytes)} KB`,
      m.load.toFixed(1),
      m.p50.toFixed(2),
      m.p95.toFixed(2),
    );
    console.log(`${''.padEnd(16)} (index built in ${built.toFixed(1)} s)`);
  }
}

// Pagefind on the same built site, into bench/.out (never shipped).
const pagefindDir = join(OUT, 'site/pagefind');
rmSync(join(OUT, 'site'), { recursive: true, force: true });
const pf = spawnSync(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', DIST, '--output-path', pagefindDir], {
  encoding: 'utf8',
});
if (pf.status !== 0) {
  console.error(pf.stdout, pf.stderr);
  process.exit(1);
}
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
// .pf_* and .pagefind files are gzip already; JS and JSON would be gzipped by a server.
const transferBytes = (path) => (/\.(js|json)$/.test(path) ? gzip(readFileSync(path)) : statSync(path).size);
const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8'));

// First query: a real browser runs Pagefind's own API on the site and we add up what it fetched.
const { chromium } = await import('@playwright/test');
const { chromiumExecutable } = await import('../tests/setup/browser.mjs');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const path = url.startsWith('/pagefind/')
    ? join(OUT, 'site', url)
    : join(DIST, url.endsWith('/') ? `${url}index.html` : url);
  if (!existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: ['--disable-background-networking'],
});
console.log('\nPagefind on the same site, and ours beside it (KB gzip or as served)');
row('language', 'pf whole', 'our whole', 'pf 1st q', 'our 1st q');
for (const lang of languages) {
  const hash = entry.languages[lang].hash;
  const wasm = `wasm.${entry.languages[lang].wasm ?? 'unknown'}.pagefind`;
  const whole = files(pagefindDir)
    .filter(
      (p) =>
        /pagefind(-worker)?\.js$|pagefind-entry\.json$/.test(p) ||
        p.endsWith(wasm) ||
        p.includes(`${hash}.pf_meta`) ||
        new RegExp(`/(index|fragment)/${lang}_`).test(p),
    )
    .reduce((sum, p) => sum + transferBytes(p), 0);
  const page = await browser.newPage();
  const fetched = new Set();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) fetched.add(join(OUT, 'site', path));
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/${lang}/`);
  await page.evaluate(async (q) => {
    const pagefind = await import('/pagefind/pagefind.js');
    const found = await pagefind.search(q);
    await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  }, QUERIES[lang][0]);
  const first = [...fetched].reduce((sum, p) => sum + transferBytes(p), 0);
  row(lang, kb(whole), kb(ours[lang].whole), kb(first), kb(ours[lang].first));
  await page.close();
}
await browser.close();
server.close();
