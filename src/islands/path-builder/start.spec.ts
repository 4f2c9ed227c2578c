import { expect, test } from '@playwright/test';
import { expectIslandError, openWithout, payloadScript } from '../../../tests/e2e/island-start';

test('the path builder without its payload names it and still points the trainer to the role paths', async ({
  page,
}) => {
  const errors = await openWithout(page, '/vi/trainer/', payloadScript('data-builder-payload'));
  await expectIslandError(errors, 'path-builder-island: payload ([data-builder-payload]) not found');
  const fallback = page.locator('[data-builder-fallback]');
  await expect(fallback).toBeVisible();
  await expect(fallback.getByRole('link')).toHaveAttribute('href', '/vi/paths/');
});

test('a payload missing a part the builder reads names that part', async ({ page }) => {
  const errors = await openWithout(page, '/en/trainer/', /"starts":\[.*?\],"sharedUrl"/, '"sharedUrl"');
  await expectIslandError(errors, 'path-builder-island: payload ([data-builder-payload]) lacks starts');
  await expect(page.locator('[data-builder-fallback]')).toBeVisible();
});
