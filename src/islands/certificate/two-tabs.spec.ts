import { expect, test } from '@playwright/test';
import { pathId } from '../../lib/course-paths/path-codec';
import { certificateModules, finishedRecord, SHORT_PATH } from './finished-record';

test('two tabs open on the certificate show one certificate, and a name changed in another tab reissues without losing the first', async ({
  context,
}) => {
  const first = await context.newPage();
  const modules = await certificateModules(first);
  await first.evaluate(
    (raw) => localStorage.setItem('cdl.progress', raw),
    JSON.stringify(finishedRecord(SHORT_PATH, modules, { id: 'e2e-learner-0010', name: 'Nguyễn Thị Lan' })),
  );
  const url = `/vi/certificate/?path=${pathId(SHORT_PATH)}`;
  await first.goto(url);
  const code = (await first.locator('.certificate-code').textContent())!;
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.locator('.certificate-code')).toHaveText(code);

  // The name changed on My learning in the second tab: the first tab, told by the storage event, shows a new
  // certificate under the new name, and the record keeps both.
  await second.goto('/vi/my-learning/');
  await second.getByLabel('Tên của bạn trên báo cáo').fill('Nguyễn Thị Lan Anh');
  await second.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(first.locator('.certificate-name')).toHaveText('Nguyễn Thị Lan Anh');
  const newer = (await first.locator('.certificate-code').textContent())!;
  expect(newer).not.toBe(code);
  const stored = await first.evaluate(() => JSON.parse(localStorage.getItem('cdl.progress')!));
  expect(Object.keys(stored.certificates).sort()).toEqual([code, newer].sort());
  await expect(
    first.getByRole('heading', { name: 'Giấy chứng nhận lập trước đây cho lộ trình này (vẫn xác minh được)' }),
  ).toBeVisible();
});
