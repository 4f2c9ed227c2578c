import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  expectIslandError,
  openWithout,
  payloadScript,
  seedStorage,
  storedValue,
} from '../../../tests/e2e/island-start';
import { RISK_PAGE, riskIsland } from '../../../tests/e2e/risk-matrix-helpers';

// A learner's record with attempts at this module's exercises: an exercise that cannot start must leave it as it was.
const RECORD = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v3.json'), 'utf8');

test('a risk matrix without its payload says which island and what is missing, and still shows the risks', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, RISK_PAGE.vi, payloadScript('data-risk-matrix-payload'));
  await riskIsland(page).scrollIntoViewIfNeeded();
  await expectIslandError(errors, 'risk-matrix-island: payload ([data-risk-matrix-payload]) not found');
  await expect(riskIsland(page).locator('.exercise-noscript')).toBeVisible();
  await expect(riskIsland(page).locator('.rm-fallback-risks > li').first()).toBeVisible();
  await expect(riskIsland(page).locator('select')).toHaveCount(0);
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(RECORD));
});

test('a risk matrix without the module it records under names the attribute', async ({ page }) => {
  const errors = await openWithout(page, RISK_PAGE.en, /(<risk-matrix-island[^>]*?) data-module="[^"]*"/, '$1');
  await riskIsland(page).scrollIntoViewIfNeeded();
  await expectIslandError(errors, 'risk-matrix-island: data-module not found');
  await expect(riskIsland(page).locator('.rm-fallback-risks > li').first()).toBeVisible();
});
