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

// Holds an assigned path and the learner's name: what this island shows and must never drop.
const RECORD = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v2.json'), 'utf8');

test('assigned paths without their payload name it, the page keeps its explanation and the paths stay stored', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, '/vi/my-learning/', payloadScript('data-assigned-payload'));
  await expectIslandError(errors, 'assigned-paths-island: payload ([data-assigned-payload]) not found');
  await expect(page.locator('[data-assigned-fallback]')).toBeVisible();
  await expect(page.locator('learning-island')).toContainText('1.1'); // the rest of My learning still runs
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(RECORD));
});
