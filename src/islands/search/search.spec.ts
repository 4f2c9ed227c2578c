import { expect, test } from '@playwright/test';

const results = (page: import('@playwright/test').Page) => page.locator('.search-results > li');

test('Vietnamese typed without diacritics finds the module, from the URL, with highlighted words', async ({ page }) => {
  await page.goto('/vi/search/?q=du%20lieu');
  await expect(page.locator('.search-status')).toContainText('kết quả cho “du lieu”');
  // Many modules speak of "dữ liệu"; the one named for it is among the results, its words highlighted.
  const hit = results(page).filter({ has: page.locator('a[href="/vi/courses/data-thinking/data-in-public-work/"]') });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark').first()).toHaveText(/^(dữ|Dữ|liệu)$/);
  await expect(hit).toContainText('Học phần · Tư duy dữ liệu');
  await expect(results(page).first().locator('mark').first()).toHaveText(/^(dữ|Dữ|liệu)$/);
});

test('a search link carrying a bidi override shows the query in logical order, without it', async ({ page }) => {
  // "\u202Edu lieu" would show as "ueil ud" in the status and the box.
  await page.goto(`/vi/search/?q=${encodeURIComponent('\u202Edu lieu\u202C')}`);
  await expect(page.locator('.search-status')).toContainText('kết quả cho “du lieu”');
  await expect(page.locator('#search-q')).toHaveValue('du lieu');
});

test('the header box on any page searches in that page’s language, and keys move through results', async ({ page }) => {
  await page.goto('/en/courses/');
  await page.getByRole('searchbox', { name: 'Search the courses' }).first().fill('medians');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/search/?q=medians');
  await expect(results(page).first().getByRole('link')).toHaveText('Median');
  await expect(results(page).first()).toContainText('Glossary term · Data thinking');
  const box = page.locator('#search-q');
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(0).getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1).getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/glossary/#median');
});

test('searching on the page updates the shareable URL without reloading', async ({ page }) => {
  await page.goto('/vi/search/');
  await page.locator('#search-q').fill('trung vị');
  await page.locator('.search-form button').click();
  await expect(page).toHaveURL('/vi/search/?q=trung+v%E1%BB%8B');
  await expect(results(page).first().getByRole('link')).toHaveText('Trung vị');
});

test('junk and lunr syntax give results or the empty message, never an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const q of ['title:median~2 +*', '"', 'a'.repeat(2000), '%%%', 'qxzvbnm']) {
    await page.goto(`/en/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('.search-status')).toHaveText(/results? for|Nothing found/);
  }
  expect(errors).toEqual([]);
});

test('nothing found: a helpful message, and a suggestion when a near word exists', async ({ page }) => {
  await page.goto('/en/search/?q=medain');
  await expect(page.locator('.search-status')).toHaveText(
    'Nothing found for “medain”. Try other or fewer words, or browse the glossary.',
  );
  await page.getByRole('link', { name: 'median' }).click();
  await expect(results(page).first().getByRole('link')).toHaveText('Median');
});

test('the index is fetched only where someone searches', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('search-index')) fetched.push(request.url());
  });
  await page.goto('/vi/courses/data-thinking/data-quality/');
  await page.getByRole('searchbox').first().focus();
  await page.goto('/vi/search/');
  expect(fetched).toEqual([]);
  await page.locator('#search-q').focus();
  await expect.poll(() => fetched.length).toBe(1);
});
