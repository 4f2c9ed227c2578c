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

const RECORD = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v2.json'), 'utf8');

test('a course page without the progress payload names it, and the course still reads (marks stay hidden)', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, '/vi/courses/data-thinking/', payloadScript('data-progress-payload'));
  await expectIslandError(errors, 'progress-island: payload ([data-progress-payload]) not found');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('a[href="/vi/courses/data-thinking/data-in-public-work/"]').first()).toBeVisible();
  // The marks are hidden until the island fills them: no half-drawn or placeholder text shows.
  await expect(page.locator('[data-progress-module]:visible, [data-progress-course]:visible')).toHaveCount(0);
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(RECORD));
});
