import { expect, test } from '@playwright/test';
import { modulePages } from './built-pages';

test('keyboard only: skip link, then through the page to the next module', async ({ page }) => {
  await page.goto('/vi/courses/data-thinking/data-in-public-work/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab onwards until the "next module" link has focus, then follow it with Enter.
  const next = page.getByRole('link', { name: /Học phần tiếp theo/ });
  for (let i = 0; i < 200 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  // The focus indicator is visible: an outline is drawn.
  expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/vi/courses/data-thinking/data-quality/');
});

test('the language switch and header links are reachable by keyboard', async ({ page }) => {
  await page.goto('/en/');
  const names: string[] = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('Tab');
    names.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.type === 'search' ? `[${el.placeholder}]` : (el?.innerText.trim() ?? '');
      }),
    );
  }
  // In the order they are seen: the first row (name, search, language), then the sections.
  expect(names).toEqual([
    'Skip to main content',
    'Civic Data Literacy',
    '[Modules, terms…]',
    'Search',
    'Đọc bằng tiếng Việt',
    'Courses',
    'Paths',
    'Glossary',
    'My learning',
  ]);
});

// 320 CSS px is what a 1280 px window shows at 400% zoom, and narrower than a 360 px phone: nothing may need
// sideways scrolling except a wide table inside its own scroll box.
for (const width of [320, 360, 640]) {
  test(`module pages reflow at ${width} px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of modulePages()) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}

test('a module prints without the site chrome', async ({ page }) => {
  await page.goto('/en/courses/data-thinking/data-quality/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('article .sources')).toBeVisible();
});

test('nothing is requested from another origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  for (const path of ['/vi/', '/en/courses/data-thinking/', ...modulePages()])
    await page.goto(path, { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
});
