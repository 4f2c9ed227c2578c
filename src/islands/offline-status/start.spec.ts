import { expect, test } from '@playwright/test';
import { expectIslandError, openWithout, payloadScript } from '../../../tests/e2e/island-start';

test('a page without the offline notice payload names it, and the page still reads', async ({ page }) => {
  const errors = await openWithout(page, '/vi/glossary/', payloadScript('data-offline-payload'));
  await expectIslandError(errors, 'offline-island: payload ([data-offline-payload]) not found');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.glossary-entry').first()).toBeVisible();
});

test('an offline notice without its status line names the element it needs', async ({ page }) => {
  const errors = await openWithout(page, '/en/glossary/', /<p class="offline-status"[^>]*><\/p>/);
  await expectIslandError(errors, 'offline-island: .offline-status not found');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
