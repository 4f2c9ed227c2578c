import { expect, test } from '@playwright/test';
import { pathId } from '../../lib/course-paths/path-codec';
import { expectIslandError, openWithout, payloadScript, storedValue } from '../../../tests/e2e/island-start';
import { certificateModules, finishedRecord, SHORT_PATH } from './finished-record';

test('the certificate page without its payload names it, explains itself and issues nothing', async ({ page }) => {
  const modules = await certificateModules(page);
  const record = JSON.stringify(finishedRecord(SHORT_PATH, modules, { id: 'e2e-learner-0009', name: 'Lan' }));
  await page.evaluate((raw) => localStorage.setItem('cdl.progress', raw), record);
  const errors = await openWithout(
    page,
    `/vi/certificate/?path=${pathId(SHORT_PATH)}`,
    payloadScript('data-certificate-payload'),
  );
  await expectIslandError(errors, 'certificate-island: payload ([data-certificate-payload]) not found');
  await expect(page.locator('[data-certificate-fallback]')).toHaveText(
    'Giấy chứng nhận được lập từ tiến độ lưu trên trình duyệt của bạn, nên trang này cần bật JavaScript.',
  );
  await expect(page.locator('.certificate-sheet')).toHaveCount(0);
  expect(await storedValue(page, 'cdl.progress')).toBe(record);
});
