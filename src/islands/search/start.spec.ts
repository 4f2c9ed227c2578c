import { expect, test } from '@playwright/test';
import { expectIslandError, openWithout, payloadScript } from '../../../tests/e2e/island-start';

test('search without its payload names it and still offers the course list and the glossary', async ({ page }) => {
  const errors = await openWithout(page, '/vi/search/?q=dữ liệu', payloadScript('data-search-payload'));
  await expectIslandError(errors, 'search-island: payload ([data-search-payload]) not found');
  const fallback = page.locator('[data-search-fallback]');
  await expect(fallback).toBeVisible();
  await expect(fallback.getByRole('link')).toHaveCount(2);
});

test('search without its results list names the element it needs', async ({ page }) => {
  const errors = await openWithout(page, '/en/search/?q=data', /<ol class="search-results"[^>]*><\/ol>/);
  await expectIslandError(errors, 'search-island: .search-results not found');
  await expect(page.locator('[data-search-fallback]')).toBeVisible();
});
