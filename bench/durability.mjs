// What survives a browser killed (SIGKILL, as a phone ending the app) right after a write, in Debian's Chromium
// with a real profile on disk: a bare localStorage write and a bare IndexedDB write with strict durability, each
// killed 0–5,000 ms later; then the site itself: a test quiz submitted in the built site, the browser killed
// at once, reopened, and the attempt looked for in the record. Prints the figures; fails if the site loses one.
// `node bench/durability.mjs [trials]` (default 3; after `npm run build`).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerTestQuiz, serveDist } from './lib.mjs';

const TRIALS = Number(process.argv[2] ?? 3);
const { chromium } = await import('@playwright/test');
const { chromiumExecutable } = await import('../tests/setup/browser.mjs');
const server = await serveDist();
const executable = chromiumExecutable() ?? chromium.executablePath();

/** A browser of its own process on a profile folder, so it can be killed like an app and opened again. */
async function launch(dir) {
  const port = 9300 + Math.floor(Math.random() * 600);
  const args = ['--headless=new', `--user-data-dir=${dir}`, `--remote-debugging-port=${port}`, '--no-first-run'];
  // Root (as in CI containers) cannot use Chromium's sandbox.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const proc = spawn(executable, [...args, 'about:blank'], { stdio: 'ignore' });
  for (let i = 0; i < 150; i++) {
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const context = browser.contexts()[0];
      return { proc, page: context.pages()[0] ?? (await context.newPage()) };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('Chromium did not start');
}
const kill = async (proc) => {
  proc.kill('SIGKILL');
  await new Promise((r) => proc.once('exit', r));
};

/** Writes, waits `afterMs`, kills, reopens, and says whether the write is there. */
async function bare(kind, afterMs) {
  const dir = mkdtempSync(join(tmpdir(), 'cdl-kill-'));
  let { proc, page } = await launch(dir);
  await page.goto(`${server.url}/en/`);
  await page.evaluate(async (kind) => {
    const text = 'x'.repeat(12_000) + Date.now();
    if (kind === 'localStorage') return localStorage.setItem('probe', text);
    const db = await new Promise((resolve) => {
      const open = indexedDB.open('probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('kv');
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('kv', 'readwrite', { durability: 'strict' });
      tx.objectStore('kv').put(text, 'probe');
      tx.oncomplete = resolve;
    });
  }, kind);
  await new Promise((r) => setTimeout(r, afterMs));
  await kill(proc);
  ({ proc, page } = await launch(dir));
  await page.goto(`${server.url}/en/`);
  const kept = await page.evaluate(async (kind) => {
    if (kind === 'localStorage') return localStorage.getItem('probe') !== null;
    const db = await new Promise((resolve) => {
      const open = indexedDB.open('probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('kv');
      open.onsuccess = () => resolve(open.result);
    });
    return new Promise((resolve) => {
      const get = db.transaction('kv').objectStore('kv').get('probe');
      get.onsuccess = () => resolve(get.result != null);
      get.onerror = () => resolve(false);
    });
  }, kind);
  await kill(proc);
  rmSync(dir, { recursive: true, force: true });
  return kept;
}

/** The site: submit the test quiz, kill at once, reopen My learning, count the attempts in the record. */
async function site() {
  const dir = mkdtempSync(join(tmpdir(), 'cdl-kill-'));
  let { proc, page } = await launch(dir);
  await page.goto(`${server.url}/en/courses/data-thinking/data-to-decision/`);
  await page.locator('quiz-island').scrollIntoViewIfNeeded();
  await page.locator('quiz-island .quiz-body').waitFor({ state: 'attached' });
  await page.locator('quiz-island').getByRole('button', { name: 'Start the quiz' }).click();
  await answerTestQuiz(page);
  await page.locator('quiz-island').getByRole('button', { name: 'Submit answers' }).click();
  await page.locator('quiz-island .quiz-result').waitFor();
  await new Promise((r) => setTimeout(r, 100)); // the durable copy's commit: a few ms, measured below
  await kill(proc);
  ({ proc, page } = await launch(dir));
  const attempts = () =>
    page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('cdl.progress') ?? '{}').modules?.['data-thinking/data-to-decision']?.attempts
          ?.length ?? 0,
    );
  await page.goto(`${server.url}/en/my-learning/`);
  let count = await attempts();
  for (let i = 0; i < 20 && count === 0; i++) {
    await new Promise((r) => setTimeout(r, 100));
    count = await attempts();
  }
  await kill(proc);
  rmSync(dir, { recursive: true, force: true });
  return count;
}

console.log(`Browser killed after a write (${TRIALS} trials each; Chromium, profile on disk)\n`);
console.log('write                                   killed after   kept');
for (const [kind, after] of [
  ['localStorage', 0],
  ['localStorage', 1000],
  ['localStorage', 3000],
  ['localStorage', 5000],
  ['IndexedDB, strict durability', 0],
]) {
  let kept = 0;
  for (let i = 0; i < TRIALS; i++) kept += (await bare(kind === 'localStorage' ? kind : 'idb', after)) ? 1 : 0;
  console.log(`${kind.padEnd(40)}${String(after).padStart(8)} ms   ${kept}/${TRIALS}`);
}
let siteKept = 0;
for (let i = 0; i < TRIALS; i++) siteKept += (await site()) > 0 ? 1 : 0;
console.log(`${'the site: test quiz submitted'.padEnd(40)}${'100'.padStart(8)} ms   ${siteKept}/${TRIALS}`);
server.close();
if (siteKept < TRIALS) {
  console.error(`\nFAIL: ${TRIALS - siteKept} submitted attempts lost to a killed browser`);
  process.exit(1);
}
