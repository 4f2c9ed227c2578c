import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { precacheFiles } from '../../src/integrations/service-worker.mjs';
import { watchedServer } from './watched-server';

// How the service worker fills its precache (src/service-worker/sw.js): several files at once, under the same cache
// and keys as the generateSW worker that earlier builds installed, so readers who have that one upgrade in place.
test.use({ serviceWorkers: 'allow' });

const DIST = join(import.meta.dirname, '../../dist');
const MODULE_PAGE = 'vi/courses/data-thinking/data-quality/index.html';
const status = (page: import('@playwright/test').Page) => page.locator('offline-island .offline-status');

test('the installing worker asks for several files at once, not one after another', async ({ page }) => {
  const server = await watchedServer(DIST);
  try {
    // Once sw.js is out, hold every fetch() (Sec-Fetch-Dest: empty, unlike the page's scripts and styles): a worker
    // that waits for each file before asking for the next would never have more than one held.
    server.hold((path, headers) => server.requests.includes('/sw.js') && headers['sec-fetch-dest'] === 'empty');
    await page.goto(`${server.url}/vi/`);
    // Chromium lets an installing worker keep three fetches open (ThrottleInstallingServiceWorker); other engines more.
    await expect.poll(() => server.heldCount()).toBeGreaterThanOrEqual(3);
    server.release();
    await expect(status(page)).toHaveText(/^Đã sẵn sàng đọc ngoại tuyến/, { timeout: 30_000 });
  } finally {
    server.close();
  }
});

test('a reader who installed the earlier worker upgrades in place, fetching only the file that changed', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // The earlier site: today's files with one module page retitled, and the worker generateSW wrote for it, with the
  // options the build used then (one file after another).
  const earlier = mkdtempSync(join(tmpdir(), 'cdl-earlier-site-'));
  cpSync(DIST, earlier, { recursive: true });
  const pageFile = join(earlier, MODULE_PAGE);
  writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replace(/(<h1[^>]*>)/, '$1(bản cũ) '));
  const { generateSW } = await import('workbox-build');
  await generateSW({
    ...precacheFiles(earlier),
    swDest: join(earlier, 'sw.js'),
    sourcemap: false,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/^utm_/, /^q$/],
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
      },
    ],
  });

  const server = await watchedServer(earlier);
  try {
    const heading = page.getByRole('heading', { level: 1 });
    await page.goto(`${server.url}/${MODULE_PAGE.replace('index.html', '')}`);
    await expect(status(page)).toHaveText(/^Đã sẵn sàng đọc ngoại tuyến/, { timeout: 30_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect(heading).toContainText('(bản cũ)');

    server.swap(DIST);
    server.requests.length = 0;
    await page.reload();
    await expect(page.getByText('Đã có phiên bản mới của trang.')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Tải lại để cập nhật' }).click();
    await expect(heading).not.toContainText('(bản cũ)', { timeout: 30_000 });
    await expect(status(page)).toHaveText(/^Đã sẵn sàng đọc ngoại tuyến/, { timeout: 30_000 });

    // The 241 files that did not change were found in the earlier worker's cache, under the same keys.
    const precached = server.requests.filter((path) => path !== '/sw.js' && path !== '/offline-meta.json');
    expect(precached).toEqual([`/${MODULE_PAGE}`]);
    // One precache, holding exactly today's files: the page's earlier revision is gone.
    const { count } = JSON.parse(readFileSync(join(DIST, 'offline-meta.json'), 'utf8')) as { count: number };
    const caches = await page.evaluate(async () => {
      const names = await self.caches.keys();
      return { names, entries: (await (await self.caches.open(names[0]!)).keys()).length };
    });
    expect(caches).toEqual({ names: [`workbox-precache-v2-${server.url}/`], entries: count });

    await context.setOffline(true);
    await page.goto(`${server.url}/en/glossary/`);
    await expect(heading).toHaveText('Glossary');
    await page.goto(`${server.url}/vi/khong-co-trang-nay/`);
    await expect(page.getByRole('heading', { name: 'Bạn đang ngoại tuyến' })).toBeVisible();
  } finally {
    await context.setOffline(false);
    server.close();
    rmSync(earlier, { recursive: true, force: true });
  }
});
