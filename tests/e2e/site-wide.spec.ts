import { expect, test, type Page } from '@playwright/test';
import { pageKind } from '../../src/lib/routing/page-kinds';
import { builtPages } from './built-pages';

// One page of every kind the build writes (home, catalog, module, glossary, …, the new About pages as "other").
const onePerKind = () => {
  const seen = new Map<string, string>();
  for (const path of builtPages()) if (!seen.has(pageKind(path))) seen.set(pageKind(path), path);
  return [...seen.values()];
};
const withHeader = () => onePerKind().filter((path) => path !== '/' && path !== '/404.html');

const phone = { width: 360, height: 740 };

test('the header keeps one compact shape on every kind of page, on a phone and on a desktop', async ({ page }) => {
  for (const viewport of [phone, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    const heights = new Map<string, number>();
    for (const path of withHeader()) {
      await page.goto(path);
      const box = (await page.locator('.site-header').boundingBox())!;
      heights.set(path, Math.round(box.height));
      // The sections stay on one line: the nav is no taller than one of its links.
      const nav = (await page.locator('.site-nav').boundingBox())!;
      expect(nav.height, `${path} at ${viewport.width} px: sections on one line`).toBeLessThan(45);
    }
    const [first] = [...heights.values()];
    for (const [path, height] of heights) expect(height, `${path} at ${viewport.width} px`).toBe(first);
    // The walk-through measured 205 of 740 px on a phone; well under 120 is the aim.
    if (viewport === phone) expect(first!).toBeLessThanOrEqual(100);
  }
});

test('a usable search box in the desktop header, a search button on a phone, one box on the search page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/vi/glossary/');
  const box = page.locator('.site-header').getByRole('searchbox', { name: 'Tìm trong khóa học' });
  await expect(box).toBeVisible();
  expect((await box.boundingBox())!.width).toBeGreaterThan(250);
  await expect(box).toHaveAttribute('placeholder', 'Học phần, thuật ngữ…');
  await page.goto('/vi/search/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);

  await page.setViewportSize(phone);
  await page.goto('/en/courses/');
  await expect(page.locator('.site-header').getByRole('searchbox')).toBeHidden();
  await page.locator('.site-header').getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL('/en/search/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('searchbox')).toBeVisible();
});

// WCAG 2.2, 2.5.8: a target is at least 24 × 24 CSS px, or is a link inside a sentence, or is spaced so that a
// 24 px circle centred on it touches no other target (nor another small target's circle).
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => !el.closest('.visually-hidden') && !el.matches('.skip-link'));
    const rect = (el: HTMLElement) => el.getBoundingClientRect();
    const small = (el: HTMLElement) => rect(el).width < 24 - 0.5 || rect(el).height < 24 - 0.5;
    const inSentence = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement?.closest('p, li, dd, td, th, figcaption, caption, label');
      return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 2;
    };
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) =>
      Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    return all
      .filter((el) => small(el) && !inSentence(el))
      .filter((el) => {
        const c = centre(rect(el));
        return all.some(
          (other) =>
            other !== el &&
            !other.contains(el) &&
            !el.contains(other) &&
            (distanceToRect(c, rect(other)) < 12 ||
              (small(other) && Math.hypot(c.x - centre(rect(other)).x, c.y - centre(rect(other)).y) < 24)),
        );
      })
      .map((el) => {
        const r = rect(el);
        return `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 40)}” ${Math.round(r.width)}×${Math.round(r.height)}`;
      });
  });
}

test('every target is at least 24 × 24 px (or spaced) at 360 px, on every kind of page', async ({ page }) => {
  await page.setViewportSize(phone);
  // "/" sends the reader on at once by script; its markup is checked with the script taken out, as axe does.
  await page.route('/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<script[\s\S]*?<\/script>/g, '') });
  });
  const problems: string[] = [];
  for (const path of onePerKind()) {
    await page.goto(path);
    for (const target of await smallTargets(page)) problems.push(`${path}: ${target}`);
  }
  expect(problems).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: phone });
  test('the search page gives no keyboard shortcut', async ({ page }) => {
    await page.goto('/vi/search/');
    await expect(page.locator('#search-help')).toBeVisible();
    await expect(page.locator('#search-help .keyboard-only')).toContainText('Alt+K');
    await expect(page.locator('#search-help .keyboard-only')).toBeHidden();
  });
});

test('with a keyboard and a mouse, the search page gives the shortcut', async ({ page }) => {
  await page.goto('/en/search/');
  await expect(page.locator('#search-help .keyboard-only')).toBeVisible();
  await expect(page.locator('#search-help')).toHaveText(/“du lieu”\. Keyboard shortcut/);
});

test('the language switch keeps the search query and the glossary term', async ({ page }) => {
  await page.goto('/vi/search/?q=trung%20v%E1%BB%8B');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  // A new query typed on the page (the address changes without reloading) is the one carried.
  await page.locator('#search-q').fill('median');
  await page.locator('#search-q').press('Enter');
  await expect(page).toHaveURL('/vi/search/?q=median');
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL('/en/search/?q=median');
  await expect(page.locator('.search-results > li').first().getByRole('link')).toHaveText('Median');

  await page.goto('/en/glossary/#median');
  await page.locator('#median').getByRole('link', { name: 'Mean' }).click();
  await expect(page).toHaveURL('/en/glossary/#mean');
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL('/vi/glossary/#mean');
  await expect(page.locator('#mean')).toBeInViewport();
});

test('the offline notice shows under the header, in the first screen, not below the footer', async ({
  page,
  context,
}) => {
  await page.setViewportSize(phone);
  await page.goto('/vi/courses/data-thinking/data-quality/');
  await context.setOffline(true);
  const notice = page.locator('offline-island .offline-status');
  await expect(notice).toHaveText('Bạn đang ngoại tuyến. Các trang đã lưu và tiến độ học vẫn dùng được.');
  await expect(notice).toBeInViewport();
  const header = (await page.locator('.site-header').boundingBox())!;
  const main = (await page.locator('main').boundingBox())!;
  const box = (await notice.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(main.y + 1);
  await context.setOffline(false);
});
