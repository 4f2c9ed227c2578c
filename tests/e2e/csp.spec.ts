import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, pageFile } from './built-pages';
import { islandsStarted, policyOf, watchCsp } from './csp-watch';
import { quizReady, takePracticeQuiz, words } from './quiz-helpers';

// The Content-Security-Policy is what keeps a hostile report file, path link or learner name from ever running
// as script: every page declares it, and the site itself never trips it.

const pages = builtPages();
/** Sources that name nothing outside this origin. */
const local = /^('self'|'none'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/;

test('every built page declares a policy with no inline or eval script and nothing from another origin', () => {
  expect(pages.length).toBeGreaterThan(40);
  for (const url of pages) {
    const policy = policyOf(readFileSync(pageFile(url), 'utf8'));
    expect(policy, `${url} has no CSP meta tag`).toBeDefined();
    for (const [directive, sources] of policy!) {
      for (const source of sources) expect(source, `${url}: ${directive}`).toMatch(local);
    }
    expect(policy!.get('script-src'), url).toContain("'self'"); // the quiz's import() of a same-origin chunk
    expect(policy!.get('object-src'), url).toEqual(["'none'"]);
    for (const directive of [
      'default-src',
      'base-uri',
      'form-action',
      'connect-src',
      'img-src',
      'worker-src',
      'manifest-src',
    ]) {
      expect(policy!.get(directive), `${url}: ${directive}`).toEqual(["'self'"]);
    }
  }
});

for (const url of pages) {
  test(`${url} runs without a single policy violation`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(url);
    await islandsStarted(page);
    // The root page sends the browser on to its language; wait for that page's islands as well.
    if (url === '/') {
      await page.waitForURL(/\/(vi|en)\/$/);
      await islandsStarted(page);
    }
    expect(violations).toEqual([]);
  });
}

test('the learner and trainer tools run under the policy: quiz, path builder and QR, shared path, report, class view', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const violations = await watchCsp(page);

  await page.goto('/vi/courses/data-thinking/data-in-public-work/');
  // The quiz's code comes when the quiz is reached: wait for it, as the other quiz stories do.
  await quizReady(page);
  await page.locator('quiz-island').getByRole('button', { name: words.vi.start }).click();
  await takePracticeQuiz(page, 'vi', () => true);
  await expect(page.locator('.quiz-pass')).toBeVisible();

  await page.goto('/vi/trainer/');
  await page.getByLabel('Lộ trình có sẵn').selectOption({ label: 'Kiến thức thiết yếu cho mọi cán bộ, công chức' });
  await page.getByRole('button', { name: 'Dùng lộ trình này' }).click();
  await page.getByLabel('Tên lộ trình').fill('Lớp thử chính sách bảo mật');
  await expect(page.getByRole('img', { name: /^Mã QR mở lộ trình/ })).toBeVisible();
  const pathDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp lộ trình' }).click();
  await pathDownload;
  const link = await page.getByLabel('Link của lộ trình').inputValue();

  await page.goto(link);
  await page.getByRole('button', { name: 'Thêm vào việc học của tôi' }).click();
  await page.goto('/vi/my-learning/');
  await page.getByLabel('Tên của bạn trên báo cáo').fill('Nguyễn Thị Lan');
  const reportDownload = page.waitForEvent('download');
  await page
    .locator('assigned-paths-island')
    .getByRole('button', { name: /^Tải báo cáo/ })
    .click();
  const reportPath = testInfo.outputPath('report.json');
  await (await reportDownload).saveAs(reportPath);

  await page.goto('/vi/trainer/report/');
  await page.getByLabel('Chọn các tệp báo cáo (chọn được nhiều tệp cùng lúc)').setInputFiles(reportPath);
  await expect(page.locator('.class-table tbody tr')).toHaveCount(1);
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải bảng dạng CSV (mở bằng Excel)' }).click();
  await csvDownload;

  await page.goto('/vi/search/?q=du%20lieu');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('a script injected into a page is refused, and reported', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/vi/trainer/report/');
  await islandsStarted(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = "inline"';
    document.head.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.injected = "handler"');
    document.body.append(button);
    button.click();
  });
  await expect.poll(() => violations.map((v) => v.directive).sort()).toEqual(['script-src-attr', 'script-src-elem']);
  expect(violations.every((v) => v.blocked === 'inline')).toBe(true);
  expect(await page.evaluate(() => (window as { injected?: string }).injected)).toBeUndefined();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('it registers under the policy and saves the site, with no violation', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/en/');
    await expect(page.locator('offline-island .offline-status')).toHaveText(/^Available offline/, { timeout: 30_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto('/en/search/?q=chart');
    await expect(page.locator('.search-results > li').first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});
