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

test('My learning without its payload names it, keeps its explanation on the page and the record untouched', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, '/vi/my-learning/', payloadScript('data-learning-payload'));
  await expectIslandError(errors, 'learning-island: payload ([data-learning-payload]) not found');
  await expect(page.locator('[data-learning-fallback]')).toHaveText(
    'Trang này cần JavaScript để đọc tiến độ lưu trong trình duyệt của bạn.',
  );
  // The erase button never appeared, and the other island on the page still works.
  await expect(page.getByRole('button', { name: 'Xóa toàn bộ tiến độ' })).toHaveCount(0);
  await expect(page.locator('assigned-paths-island')).toContainText('Dữ liệu cho mọi công chức');
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(RECORD));
});
