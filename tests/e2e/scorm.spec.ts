import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Browser, type Frame, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { answer, quizOf, quizReady, words } from './quiz-helpers';
import { swappableServer } from './static-server';
import { validateManifest } from '../unit/scorm/scorm-xsd';

/**
 * A SCORM 1.2 package (npm run export:scorm) in a real LMS run-time: scorm-again's, LMS side, in a test LMS page
 * that frames the package's SCO from a folder of its own, as Moodle does. Launch, answer part of the quiz, close;
 * relaunch in a browser with no record of its own (another device), resume from the LMS's suspend data, pass, close.
 */
const ROOT = join(import.meta.dirname, '../..');
const PACKAGE = 'data-thinking-vi.zip';
const MODULE = 'data-thinking/data-in-public-work';
const w = words.vi;

let server: Awaited<ReturnType<typeof swappableServer>>;
let launch = '';

test.beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'cdl-lms-'));
  const files = unzipSync(readFileSync(join(ROOT, 'dist-lms', PACKAGE)));
  for (const [path, bytes] of Object.entries(files)) {
    const target = join(root, 'mod/scorm/content/7', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  copyFileSync(join(ROOT, 'tests/e2e/lms/lms.html'), join(root, 'lms.html'));
  copyFileSync(join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js'), join(root, 'scorm12.min.js'));
  writeFileSync(join(root, '404.html'), 'not found');
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  const href = manifest.match(new RegExp(`identifier="sco-${MODULE.replace('/', '_')}"[^>]*href="([^"]+)"`))![1]!;
  server = await swappableServer(root);
  launch = `${server.url}/lms.html?launch=${encodeURIComponent(`/mod/scorm/content/7/${href}`)}`;
});
test.afterAll(() => server?.close());

async function openInLms(browser: Browser, savedCmi?: unknown): Promise<{ page: Page; sco: Frame }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (savedCmi)
    await page.addInitScript((cmi) => ((window as unknown as { savedCmi: unknown }).savedCmi = cmi), savedCmi);
  await page.goto(launch);
  await expect(page.locator('#sco')).toHaveAttribute('src', /content\/7\//);
  const sco = (await (await page.locator('#sco').elementHandle())!.contentFrame())!;
  await sco.waitForURL(/content\/7\/.*data-in-public-work/);
  return { page, sco };
}

/** Closes the content as an LMS does (the frame goes), and returns what the LMS kept of the session. */
async function closeContent(page: Page) {
  await page.evaluate(() => (window as unknown as { closeContent: () => void }).closeContent());
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)));
}

test('a module in an LMS reports its status, resumes from suspend data on another device, and reports the pass', async ({
  browser,
}) => {
  const first = await openInLms(browser);
  await quizReady(first.sco);
  const island = first.sco.locator('quiz-island');
  await island.getByRole('button', { name: w.start }).click();
  const quiz = await quizOf(first.sco);
  for (const i of [0, 1]) {
    await answer(first.sco, quiz.questions[i]!, 'vi', true);
    await island.getByRole('button', { name: w.check }).click();
    await island.getByRole('button', { name: w.next }).click();
  }
  await expect(island.getByRole('heading', { level: 3 })).toContainText('Câu 3/');
  const kept = await closeContent(first.page);
  expect(kept.core.lesson_status).toBe('incomplete');
  expect(kept.core.exit).toBe('suspend');
  expect(kept.suspend_data.length).toBeGreaterThan(20);
  expect(kept.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(kept.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/); // the LMS has a session time
  await first.page.context().close();

  // Another device: nothing in its browser; the LMS hands back what it kept.
  const second = await openInLms(browser, kept);
  await quizReady(second.sco);
  const again = second.sco.locator('quiz-island');
  await expect(again).toContainText('Tiếp tục bài đang làm dở');
  await expect(again.getByRole('heading', { level: 3 })).toContainText('Câu 3/');
  for (let i = 2; i < quiz.questions.length; i++) {
    await answer(second.sco, quiz.questions[i]!, 'vi', true);
    await again.getByRole('button', { name: w.check }).click();
    await again.getByRole('button', { name: i === quiz.questions.length - 1 ? w.result : w.next }).click();
  }
  await expect(again).toContainText('100%');
  const done = await closeContent(second.page);
  expect(done.core.lesson_status).toBe('passed');
  expect(done.core.score.raw).toBe('100');
  expect(done.suspend_data).toBe('');
  await second.page.context().close();
});

test('without an LMS the packaged page keeps progress in the browser and asks nothing of a parent', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(launch).searchParams.get('launch')!.replace(/^/, server.url));
  await quizReady(page);
  await page.locator('quiz-island').getByRole('button', { name: w.start }).click();
  const quiz = await quizOf(page);
  await answer(page, quiz.questions[0]!, 'vi', true);
  await page.locator('quiz-island').getByRole('button', { name: w.check }).click();
  const record = await page.evaluate(() => JSON.parse(localStorage.getItem('cdl.progress') ?? 'null'));
  expect(record.inProgress[MODULE]).toBeDefined();
  expect(errors).toEqual([]);
});

test('every package validates against the SCORM 1.2 schemas and holds exactly the files its manifest lists', async () => {
  const zips = readdirSync(join(ROOT, 'dist-lms')).filter((f) => f.endsWith('.zip'));
  // Five courses and four role paths, in each language.
  expect(zips).toHaveLength(18);
  for (const zip of zips) {
    const files = unzipSync(readFileSync(join(ROOT, 'dist-lms', zip)));
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    const result = await validateManifest(manifest);
    expect(result.errors, zip).toEqual([]);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    const held = Object.keys(files).filter((f) => !f.endsWith('/') && !f.endsWith('.xsd') && f !== 'imsmanifest.xml');
    expect(new Set(listed), zip).toEqual(new Set(held));
    // Nothing in it still points at the folder it was built under, which no LMS serves.
    for (const [path, bytes] of Object.entries(files))
      if (/\.(html|css|js)$/.test(path))
        expect(new TextDecoder().decode(bytes), `${zip}: ${path}`).not.toContain('/cdl-scorm-package/');
  }
});
