import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { encodePath } from '../../src/lib/course-paths/path-codec';
import { swappableServer } from './static-server';
import { quizReady, takePracticeQuiz, words } from './quiz-helpers';

test.use({ serviceWorkers: 'allow' });

/** Opens a page online and waits until the service worker controls it and says the site is saved. */
async function installOffline(page: Page, path: string, ready: RegExp) {
  await page.goto(path);
  await expect(page.locator('offline-island .offline-status')).toHaveText(ready, { timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one online visit, unvisited pages, a quiz, search and My learning all work offline', async ({
  page,
  context,
}) => {
  await installOffline(page, '/vi/', /^Đã sẵn sàng đọc ngoại tuyến \(\d+([,.]\d)? MB\)\.$/);
  await context.setOffline(true);

  await page.goto('/en/courses/data-thinking/reading-charts/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('chart');
  await expect(page.locator('offline-island .offline-status')).toHaveText(
    'You are offline. Saved pages and your progress still work.',
  );
  await page.goto('/vi/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thuật ngữ');

  await page.goto('/vi/courses/data-thinking/data-in-public-work/');
  await quizReady(page);
  await page.locator('quiz-island').getByRole('button', { name: words.vi.start }).click();
  await takePracticeQuiz(page, 'vi', () => true);
  await expect(page.locator('.quiz-pass')).toBeVisible();

  // Typed without diacritics, offline: the index and the results come from the cache.
  await page.goto('/vi/search/?q=du%20lieu%20trong%20cong%20viec');
  await expect(page.locator('.search-results > li').first().getByRole('link')).toHaveAttribute(
    'href',
    '/vi/courses/data-thinking/data-in-public-work/',
  );

  await page.goto('/vi/my-learning/');
  await expect(page.locator('learning-island tbody tr')).toHaveCount(1);

  // A trainer's link works offline (the path travels in the link itself), and so does the class report page.
  await page.goto(
    `/vi/paths/shared/#p=${encodePath({ title: 'Lộ trình ngoại tuyến', modules: ['data-thinking/data-in-public-work'] })}`,
  );
  await page.getByRole('button', { name: 'Thêm vào việc học của tôi' }).click();
  await page.goto('/vi/my-learning/');
  await expect(page.locator('assigned-paths-island [data-path-progress]')).toHaveText('Đã xong 1/1 học phần (100%)');
  await page.goto('/vi/trainer/report/');
  await expect(page.getByText('Chưa có báo cáo nào.')).toBeVisible();

  // A page that was never built (so never saved): the translated offline page, in both languages.
  await page.goto('/vi/khong-co-trang-nay/');
  await expect(page.getByRole('heading', { name: 'Bạn đang ngoại tuyến' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();

  await context.setOffline(false);
  await page.goto('/en/my-learning/');
  await expect(page.locator('learning-island tbody tr')).toHaveCount(1);
  await expect(page.locator('learning-island')).toContainText('best score 100%');
});

test('each language has an installable web app manifest', async ({ page }) => {
  for (const lang of ['vi', 'en']) {
    await page.goto(`/${lang}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`/${lang}/manifest.webmanifest`);
    const manifest = await (await page.request.get(href!)).json();
    expect(manifest).toMatchObject({ lang, start_url: `/${lang}/`, display: 'standalone' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok(), icon.src).toBe(true);
  }
});

test('a new version waits for the reader, then arrives on reload with progress intact', async ({ page }) => {
  test.setTimeout(180_000);
  // Publish a second version of the site: the same project with one module retitled.
  const { copyProject, buildIn } = await import('../build/project-copy.mjs');
  const copy = copyProject();
  const file = join(copy.dir, 'content/modules/vi/data-thinking/data-quality.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1 (bản mới)"'));
  const built = buildIn(copy.dir);
  expect(built.status, built.output).toBe(0);

  const server = await swappableServer(join(import.meta.dirname, '../../dist'));
  try {
    const modulePage = `${server.url}/vi/courses/data-thinking/data-quality/`;
    await installOffline(page, modulePage, /^Đã sẵn sàng đọc ngoại tuyến/);
    await page.evaluate(() => localStorage.setItem('keep-me', 'progress'));
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).not.toContainText('bản mới');

    server.swap(join(copy.dir, 'dist'));
    await page.reload();
    // The old version keeps serving until the reader chooses: no silent swap.
    await expect(page.getByText('Đã có phiên bản mới của trang.')).toBeVisible({ timeout: 30_000 });
    await expect(heading).not.toContainText('bản mới');
    await page.getByRole('button', { name: 'Tải lại để cập nhật' }).click();
    await expect(heading).toContainText('(bản mới)', { timeout: 30_000 });
    expect(await page.evaluate(() => localStorage.getItem('keep-me'))).toBe('progress');
  } finally {
    server.close();
    copy.remove();
  }
});
