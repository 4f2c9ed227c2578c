import { expect, test } from '@playwright/test';
import {
  expectIslandError,
  openWithout,
  payloadScript,
  seedStorage,
  storedValue,
} from '../../../tests/e2e/island-start';

// Whatever the trainer's browser keeps is theirs: a page that cannot start must not read, move or clear it.
const KEPT = JSON.stringify({ version: 1, reports: [{ kept: 'as it was' }] });

test('the class report without its payload names it, keeps its explanation and leaves the kept reports alone', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.class-reports': KEPT });
  const errors = await openWithout(page, '/en/trainer/report/', payloadScript('data-class-payload'));
  await expectIslandError(errors, 'class-report-island: payload ([data-class-payload]) not found');
  await expect(page.locator('[data-class-fallback]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#class-files')).toHaveCount(0);
  expect(await storedValue(page, 'cdl.class-reports')).toBe(KEPT);
});
