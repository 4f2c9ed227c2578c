import { expect, test, type Page } from '@playwright/test';
import {
  expectIslandError,
  openWithout,
  payloadScript,
  seedStorage,
  storedValue,
} from '../../../tests/e2e/island-start';

const PAGE = '/vi/courses/data-thinking/data-quality/';
// A record from before: a failed start must leave it exactly as it was.
const RECORD = JSON.stringify({ version: 3, modules: {}, inProgress: {}, paths: {} });

/** What a reader without JavaScript has: the task, all 16 rows, the answers folded away, the note. No marks. */
async function expectReadableFallback(page: Page) {
  const section = page.locator('section.table-inspection');
  await expect(section.locator('tbody tr')).toHaveCount(16);
  await expect(section.locator('select')).toHaveCount(0);
  await expect(section.getByText('Bài thực hành này cần JavaScript')).toBeVisible();
  await expect(section.locator('details')).toHaveCount(1);
  expect(await storedValue(page, 'cdl.progress')).toBe(RECORD);
}

test('without its payload the exercise names it and leaves the table readable and the record untouched', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, PAGE, payloadScript('data-inspection-payload'));
  await page.locator('table-inspection-island').scrollIntoViewIfNeeded();
  await expectIslandError(errors, 'table-inspection-island: payload ([data-inspection-payload]) not found');
  await expectReadableFallback(page);
});

test('with an explanation missing from the answers it names the problem, not a blank feedback later', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, PAGE, /<span data-explanation="stale-review">[^<]*<\/span>/);
  await page.locator('table-inspection-island').scrollIntoViewIfNeeded();
  await expectIslandError(
    errors,
    'table-inspection-island: answer list ([data-inspection-answers]): no explanation of "stale-review"',
  );
  await expectReadableFallback(page);
});
