import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, pageFile } from './built-pages';
import { islandsStarted, watchCsp } from './csp-watch';
import { swappableServer } from './static-server';
import { quizReady, takePracticeQuiz, words } from './quiz-helpers';

// The site as a department's portal serves it: built with SITE_URL=https://portal.example.gov.vn/hoc-du-lieu/
// (`npm run build:subpath`, part of `npm run test:e2e`) and served under /hoc-du-lieu/ by a host that answers
// nothing else. Served here from 127.0.0.1, not the portal: links must not depend on the host, xAPI ids must.

const OUT = join(import.meta.dirname, '../../dist-subpath');
const BASE = '/hoc-du-lieu/';
const SITE = 'https://portal.example.gov.vn/hoc-du-lieu/';

let server: Awaited<ReturnType<typeof swappableServer>>;
test.beforeAll(async () => {
  expect(
    existsSync(join(OUT, 'index.html')),
    'dist-subpath/ is missing: run `npm run build:subpath` (npm run test:e2e does)',
  ).toBe(true);
  server = await swappableServer(OUT, { base: BASE });
});
test.afterAll(() => server?.close());

/** Every request the page makes, so a test can say none left the sub-path (or the origin). */
function requestsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (/^https?:/.test(request.url())) seen.push(request.url());
  });
  return seen;
}
const at = (path: string) => `${server.url}${BASE}${path}`;

test('the sub-path build holds the same pages as the root build, and every address in them is inside the folder', () => {
  const pages = builtPages(OUT);
  expect(pages).toEqual(builtPages());
  for (const url of pages) {
    const html = readFileSync(pageFile(url, OUT), 'utf8');
    const addresses = [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(addresses.length, url).toBeGreaterThan(0);
    expect(
      addresses.filter((address) => !address.startsWith(BASE)),
      url,
    ).toEqual([]);
  }
  // The search index and the manifests name pages and icons too.
  for (const file of [
    'vi/search-index.json',
    'en/search-index.json',
    'vi/manifest.webmanifest',
    'en/manifest.webmanifest',
  ]) {
    const rooted = [...readFileSync(join(OUT, file), 'utf8').matchAll(/"(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(rooted.length, file).toBeGreaterThan(0);
    expect(
      rooted.filter((address) => !address.startsWith(BASE)),
      file,
    ).toEqual([]);
  }
});

test.describe('a reader and a trainer on the portal', () => {
  test.use({ locale: 'vi-VN' });

  test('home, course, a module with its quiz, search, My learning, a trainer link and the language switch stay inside the sub-path', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const requests = requestsOf(page);
    const violations = await watchCsp(page);

    // The root language chooser sends a Vietnamese browser to the Vietnamese home, inside the folder.
    await page.goto(at(''));
    await expect(page).toHaveURL(at('vi/'));
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `${BASE}vi/manifest.webmanifest`);
    const manifest = await (await page.request.get(at('vi/manifest.webmanifest'))).json();
    expect(manifest).toMatchObject({ start_url: `${BASE}vi/`, scope: BASE });
    for (const icon of manifest.icons)
      expect((await page.request.get(`${server.url}${icon.src}`)).ok(), icon.src).toBe(true);

    // Home → catalog → course → first module, by the links a reader follows.
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Khóa học' }).click();
    await expect(page).toHaveURL(at('vi/courses/'));
    await page.locator('.card h2 a').first().click();
    await expect(page).toHaveURL(at('vi/courses/data-thinking/'));
    await page.getByRole('link', { name: 'Bắt đầu học phần đầu tiên' }).click();
    await expect(page).toHaveURL(at('vi/courses/data-thinking/data-in-public-work/'));
    // The quiz's code comes when the quiz is reached: wait for it, as the other quiz stories do.
    await quizReady(page);
    await page.locator('quiz-island').getByRole('button', { name: words.vi.start }).click();
    await takePracticeQuiz(page, 'vi', () => true);
    await expect(page.locator('.quiz-pass')).toBeVisible();
    // Its figure is found under the folder too.
    const figure = page.locator('img.figure-image').first();
    await expect(figure).toHaveAttribute('src', new RegExp(`^${BASE}images/`));
    await figure.scrollIntoViewIfNeeded();
    await expect
      .poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);

    // The header's search form, the index and the results.
    await page.getByRole('searchbox').fill('du lieu trong cong viec');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(at('vi/search/?q=du+lieu+trong+cong+viec'));
    await expect(page.locator('.search-results > li').first().getByRole('link')).toHaveAttribute(
      'href',
      `${BASE}vi/courses/data-thinking/data-in-public-work/`,
    );

    await page.getByRole('link', { name: 'Việc học của tôi' }).click();
    await expect(page).toHaveURL(at('vi/my-learning/'));
    await expect(page.locator('learning-island tbody tr')).toHaveCount(1);

    // A trainer's link and its QR code point into the folder; a learner adds the path and reports on it.
    await page.goto(at('vi/trainer/'));
    await page.getByLabel('Lộ trình có sẵn').selectOption({ label: 'Kiến thức thiết yếu cho mọi cán bộ, công chức' });
    await page.getByRole('button', { name: 'Dùng lộ trình này' }).click();
    await page.getByLabel('Tên lộ trình').fill('Lớp ở cổng thông tin');
    const link = await page.getByLabel('Link của lộ trình').inputValue();
    expect(link.startsWith(at('vi/paths/shared/#p=v1.'))).toBe(true);
    await expect(page.getByRole('img', { name: /^Mã QR mở lộ trình/ })).toBeVisible();
    await page.goto(link);
    await page.getByRole('button', { name: 'Thêm vào việc học của tôi' }).click();
    await page.goto(at('vi/my-learning/'));
    await page.getByLabel('Tên của bạn trên báo cáo').fill('Nguyễn Thị Lan');
    const download = page.waitForEvent('download');
    await page
      .locator('assigned-paths-island')
      .getByRole('button', { name: /^Tải báo cáo/ })
      .click();
    const reportPath = testInfo.outputPath('report.json');
    await (await download).saveAs(reportPath);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    // Ids name the portal's address (SITE_URL), not the host this copy was read on.
    expect(report.statements.length).toBeGreaterThan(0);
    for (const statement of report.statements) {
      expect(statement.actor.account.homePage).toBe(SITE);
      expect(statement.object.id.startsWith(`${SITE}vi/courses/data-thinking/`)).toBe(true);
      expect(statement.context.contextActivities.grouping[0].id.startsWith(`${SITE}vi/paths/shared/?id=`)).toBe(true);
    }

    // The language switch keeps the page, and the folder.
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(at('en/my-learning/'));
    await page.goto(at('en/courses/data-thinking/reading-charts/'));
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(at('vi/courses/data-thinking/reading-charts/'));
    await islandsStarted(page);

    expect(requests.filter((url) => !url.startsWith(at('')))).toEqual([]);
    expect(server.outside).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('a missing page answers with the bilingual 404, whose links stay in the folder', async ({ page }) => {
    await page.goto(at('vi/khong-co-trang-nay/'));
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href?.startsWith(BASE), String(href)).toBe(true);
  });
});

test.describe('offline on the portal', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker controls only the sub-path and serves an unvisited page and the offline page', async ({
    page,
    context,
  }) => {
    const requests = requestsOf(page);
    await page.goto(at('en/'));
    await expect(page.locator('offline-island .offline-status')).toHaveText(/^Available offline/, { timeout: 30_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { scope: r?.scope, script: r?.active?.scriptURL };
    });
    expect(registration).toEqual({ scope: at(''), script: at('sw.js') });
    expect(requests.filter((url) => !url.startsWith(at('')))).toEqual([]);

    await context.setOffline(true);
    await page.goto(at('vi/courses/data-thinking/reading-charts/'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('biểu đồ');
    await page.goto(at('en/search/?q=chart'));
    await expect(page.locator('.search-results > li').first().getByRole('link')).toHaveAttribute(
      'href',
      new RegExp(`^${BASE}en/courses/`),
    );
    await page.goto(at('vi/khong-co-trang-nay/'));
    await expect(page.getByRole('heading', { name: 'Bạn đang ngoại tuyến' })).toBeVisible();
    await context.setOffline(false);
    expect(server.outside).toEqual([]);
  });
});
