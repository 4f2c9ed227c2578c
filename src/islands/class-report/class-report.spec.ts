import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { pathId } from '../../lib/course-paths/path-codec';
import type { SharedPath } from '../../lib/course-paths/path-schema';
import { attempt, makeReport, mod, M1, M2 } from '../../../tests/unit/report-fixture';
import { seedStorage, storedValue } from '../../../tests/e2e/island-start';

// The class report on a class too big to draw at once, and on a saved class that does not read whole.
const axe = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
};
/** "Học viên 001" …: the table lists by given name, here the number, so the order is the numbers'. */
const learnerName = (i: number) => `Học viên ${String(i).padStart(3, '0')}`;
const reportFile = (i: number) => ({
  name: `bao-cao-${i}.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify(
      makeReport({
        id: `learner-${String(i).padStart(4, '0')}`,
        name: learnerName(i),
        modules: [mod(M1, [attempt(40), attempt(55)]), mod(M2, [attempt(90)])],
      }),
    ),
  ),
});
// Read through web-first assertions only (toHaveText retries): a table drawn a moment after its message is not a failure.
const rowNames = (page: Page) => page.locator('.class-table tbody th');
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => learnerName(from + i));

/** The policy the site is deployed under (issue 11): scripts and workers only from its own files. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'";

test('a class of 300 reports: read in a worker, shown 50 at a time, every learner in the CSV', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // Served under a strict Content-Security-Policy header, which the page and its worker must not trip.
  await page.route(
    (url) => url.pathname === '/en/trainer/report/',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    },
  );
  await page.addInitScript(() => {
    (window as { violations?: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as { violations?: string[] }).violations!.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('/en/trainer/report/');
  await expect(page.getByText('This browser can keep about 600 reports')).toBeVisible();
  // Dropped in a shuffled order: the table still lists them by name.
  const order = Array.from({ length: 300 }, (_, i) => (i * 7) % 300);
  await page.getByLabel('Choose report files (you can choose several at once)').setInputFiles(order.map(reportFile));
  await expect(page.locator('class-report-island .meta li').first()).toHaveText('300 learners');
  await expect(page.getByText('Saved 300 reports in this browser for next time.')).toBeVisible();
  await expect(page.getByText('And 300 more files read correctly.')).toBeVisible(); // no list of 300 good files
  expect(workers).toHaveLength(1);
  expect(new URL(workers[0]!).origin).toBe(new URL(page.url()).origin);
  expect(await page.evaluate(() => (window as { violations?: string[] }).violations)).toEqual([]);

  const table = page.getByRole('table', { name: 'Each learner’s progress (learners 1–50 of 300)' });
  await expect(table).toBeVisible();
  await expect(rowNames(page)).toHaveText(range(0, 49));
  const pages = page.getByRole('navigation', { name: 'Pages of the learner table' });
  await expect(pages.getByRole('button', { name: 'Previous page of learners', exact: true })).toBeDisabled();
  await expect(pages.getByText('Learners 1–50 of 300')).toBeVisible();

  // By keyboard: the next button keeps focus as the page changes under it.
  await pages.getByRole('button', { name: 'Next page of learners', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Each learner’s progress (learners 51–100 of 300)' })).toBeVisible();
  await expect(rowNames(page)).toHaveText(range(50, 99));
  const next = pages.getByRole('button', { name: 'Next page of learners', exact: true });
  const previous = pages.getByRole('button', { name: 'Previous page of learners', exact: true });
  await expect(next).toBeFocused();
  // Said aloud from a live region that outlives the redraw.
  await expect(page.locator('class-report-island > [aria-live="polite"].visually-hidden')).toHaveText(
    'Learners 51–100 of 300',
  );
  for (const from of [101, 151, 201, 251]) {
    await page.keyboard.press('Enter');
    await expect(pages.getByText(`Learners ${from}–${from + 49} of 300`)).toBeVisible();
  }
  await expect(rowNames(page)).toHaveText(range(250, 299));
  // The last page: next is off, so focus went to previous.
  await expect(next).toBeDisabled();
  await expect(previous).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pages.getByText('Learners 201–250 of 300')).toBeVisible();
  await expect(rowNames(page)).toHaveText(range(200, 249));
  await expect(page.locator('.class-help li')).toHaveCount(50); // everyone failed M1 twice: paged as well
  await expect(page.getByText('Learners 1–50 of the 300 who need help')).toBeVisible();
  await axe(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the table as CSV (opens in Excel)' }).click();
  const rows: string[][] = parse(readFileSync(await (await download).path(), 'utf8'), { bom: true });
  expect(rows.slice(1).map((r) => r[0])).toEqual(range(0, 299));

  // Saved: all 300 are back after a reload, from the first page.
  await page.reload();
  await expect(page.getByText('Reopened 300 reports saved in this browser.')).toBeVisible();
  await expect(rowNames(page)).toHaveText(range(0, 49));
});

test('the worker file is built beside the page’s scripts and precached for offline use', () => {
  const dist = join(import.meta.dirname, '../../../dist');
  const worker = readdirSync(join(dist, '_astro')).find((f) => /^class-worker-.*\.js$/.test(f));
  expect(worker).toBeDefined();
  expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain(`_astro/${worker}`);
});

/** Reports too big for the browser to keep many: 60 modules of 30 attempts, each missing ten questions. */
function bulkyReport(i: number) {
  const modules = Array.from({ length: 60 }, (_, m) => `khoa-hoc-${Math.floor(m / 6) + 1}/hoc-phan-so-${m + 1}`);
  const path: SharedPath = { title: 'Lộ trình đầy đủ', modules };
  const missed = Array.from({ length: 10 }, (_, q) => `cau-hoi-so-${q + 1}-ve-du-lieu`);
  const report = makeReport({
    path,
    id: `learner-big-${i}`,
    name: learnerName(i),
    modules: modules.map((key) =>
      mod(
        key,
        Array.from({ length: 30 }, () => attempt(50, { missed })),
      ),
    ),
  });
  return {
    name: `lon-${i}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...report, pathId: pathId(path) })),
  };
}

test('past what the browser can keep, the whole class still shows and the page says what was not saved', async ({
  page,
}) => {
  await page.goto('/vi/trainer/report/');
  await page
    .getByLabel('Chọn các tệp báo cáo (chọn được nhiều tệp cùng lúc)')
    .setInputFiles(Array.from({ length: 7 }, (_, i) => bulkyReport(i)));
  await expect(page.locator('class-report-island .meta li').first()).toHaveText('7 học viên');
  await expect(
    page.getByText(/^Đã lưu 4\/7 báo cáo trên trình duyệt này: .* 3 báo cáo còn lại vẫn hiện trên trang/),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByText('Đã mở lại 4 báo cáo lưu trên trình duyệt này.')).toBeVisible();
  await expect(rowNames(page)).toHaveText(range(0, 3));
});

const DAMAGED = '{"version":1,"reports":[{"format":"civic-data-literacy/progress-report","vers';

test('a damaged saved class is named, kept as a copy, and deleted only when the trainer says so', async ({ page }) => {
  await seedStorage(page, { 'cdl.class-reports': DAMAGED });
  await page.goto('/en/trainer/report/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'The class saved in this browser is damaged (it is not valid JSON) and could not be opened.',
  );
  await expect(alert).toContainText('A copy of it as it was is kept in this browser');
  await expect.poll(() => storedValue(page, 'cdl.class-reports.damaged')).toBe(DAMAGED);

  // New reports save over the damaged class; its copy stays, and can be downloaded.
  await page.getByLabel('Choose report files (you can choose several at once)').setInputFiles([reportFile(1)]);
  await expect(page.getByText('Saved 1 report in this browser for next time.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the damaged copy' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(DAMAGED);
  await page.reload();
  await expect(page.getByText('A copy of a damaged saved class is still kept in this browser.')).toBeVisible();
  await axe(page);

  await page.getByRole('button', { name: 'Delete the damaged copy' }).click();
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await expect.poll(() => storedValue(page, 'cdl.class-reports.damaged')).toBe(DAMAGED);
  await page.getByRole('button', { name: 'Delete the damaged copy' }).click();
  await page.getByRole('button', { name: 'Yes, delete the copy' }).click();
  await expect(page.getByText('The damaged copy was deleted.')).toBeVisible();
  await expect.poll(() => storedValue(page, 'cdl.class-reports.damaged')).toBeNull();
  await page.reload();
  await expect(page.locator('class-report-island .class-table tbody th')).toHaveText([learnerName(1)]);
  await expect(page.getByText('A copy of a damaged saved class')).toHaveCount(0);
});

test('a saved class of the wrong shape, and a report nested 10,000 deep, each say what is wrong', async ({ page }) => {
  await seedStorage(page, { 'cdl.class-reports': '{"version":1,"reports":{}}' });
  await page.goto('/vi/trainer/report/');
  await expect(page.getByRole('alert')).toContainText(
    'Lớp học đã lưu trên trình duyệt này bị hỏng (không đúng cấu trúc của một lớp học đã lưu) nên không mở được.',
  );
  await page.getByLabel('Chọn các tệp báo cáo (chọn được nhiều tệp cùng lúc)').setInputFiles([
    {
      name: 'sau.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        `{"format":"civic-data-literacy/progress-report","statements":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      ),
    },
  ]);
  await expect(page.locator('.file-results li')).toHaveText(
    'sau.json: tệp lồng nhau quá nhiều tầng, không phải báo cáo do trang tạo ra',
  );
  await expect.poll(() => storedValue(page, 'cdl.class-reports')).toBe('{"version":1,"reports":{}}'); // nothing read, nothing saved
});
