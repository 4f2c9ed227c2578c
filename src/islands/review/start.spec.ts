import { expect, test } from '@playwright/test';
import {
  expectIslandError,
  openWithout,
  payloadScript,
  seedStorage,
  storedValue,
} from '../../../tests/e2e/island-start';
import { passedRecord, QUALITY } from '../../../tests/e2e/review-records';

const RECORD = JSON.stringify(passedRecord({ [QUALITY]: '2026-11-01T08:00:00.000Z' }));

test('the review without its payload names it, keeps its note on the page and the record untouched', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, '/vi/my-learning/', payloadScript('data-review-payload'));
  await expectIslandError(errors, 'review-island: payload ([data-review-payload]) not found');
  await expect(page.locator('[data-review-fallback]')).toHaveText(
    'Phần ôn tập cần JavaScript để đọc tiến độ và chấm câu trả lời.',
  );
  await expect(page.getByRole('button', { name: 'Bắt đầu ôn tập' })).toHaveCount(0);
  // My learning itself still works beside it.
  await expect(page.locator('learning-island')).toContainText('Chất lượng dữ liệu');
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(RECORD));
});
