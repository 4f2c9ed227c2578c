import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  expectIslandError,
  openWithout,
  payloadScript,
  seedStorage,
  storedValue,
} from '../../../tests/e2e/island-start';

// A learner's record: an exercise that cannot start must leave it as it was.
const RECORD = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v3.json'), 'utf8');
const MODULE = '/vi/courses/data-thinking/reading-charts/';
// The exercise's code loads when it comes near the screen (chart-critique-loader.ts): go there, as a learner would.
const reach = (page: Page) => page.locator('chart-critique-island').scrollIntoViewIfNeeded();

/** What a reader without JavaScript has: the note that says so, the options, the folded answers. */
async function expectReadable(page: Page) {
  const host = page.locator('chart-critique-island');
  await expect(host.locator('.exercise-noscript')).toBeVisible();
  await expect(host.locator('[data-option]')).toHaveCount(5);
  await expect(host.locator('details.critique-answers')).toBeAttached();
  await expect(host.getByRole('checkbox')).toHaveCount(0);
}

test('a chart critique without its payload names the island and the part, and stays readable', async ({ page }) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, MODULE, payloadScript('data-critique-payload'));
  await reach(page);
  await expectIslandError(errors, 'chart-critique-island: payload ([data-critique-payload]) not found');
  await expectReadable(page);
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(RECORD));
});

test('a chart critique missing an option text or its module names what is missing', async ({ page }) => {
  const errors = await openWithout(page, MODULE, / data-explanation="no-source"/);
  await reach(page);
  await expectIslandError(errors, 'chart-critique-island: [data-explanation="no-source"] not found');
  await expectReadable(page);

  const more = await openWithout(
    page,
    '/en/courses/data-thinking/reading-charts/',
    /(<chart-critique-island[^>]*) data-module="[^"]*"/,
    '$1',
  );
  await reach(page);
  await expectIslandError(more, 'chart-critique-island: data-module not found');
});
