import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { encodePath } from '../../lib/course-paths/path-codec';
import {
  expectIslandError,
  openWithout,
  payloadScript,
  seedStorage,
  storedValue,
} from '../../../tests/e2e/island-start';

const RECORD = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v2.json'), 'utf8');

test('a shared path page without its payload names it, explains itself and adds nothing', async ({ page }) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const link = `/vi/paths/shared/#p=${encodePath({ title: 'Lộ trình thử', modules: ['data-thinking/data-quality'] })}`;
  const errors = await openWithout(page, link, payloadScript('data-shared-payload'));
  await expectIslandError(errors, 'shared-path-island: payload ([data-shared-payload]) not found');
  await expect(page.locator('[data-shared-fallback]')).toHaveText(
    'Trang này cần JavaScript để đọc lộ trình trong link.',
  );
  await expect(page.getByRole('button', { name: 'Thêm vào việc học của tôi' })).toHaveCount(0);
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(RECORD));
});
