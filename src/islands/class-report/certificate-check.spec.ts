import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { certificateCode } from '../../lib/certificate/certificate-code';
import { decodeCertificate, encodeCertificate } from '../../lib/certificate/certificate-link';
import { pathId } from '../../lib/course-paths/path-codec';
import { certificateModules, finishedRecord, SHORT_PATH } from '../certificate/finished-record';

// "Check a certificate" on the class report, from a learner's own export: the story issue 17 asks for.
const axe = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
};
const seed = (page: Page, record: unknown) =>
  page.evaluate((raw) => localStorage.setItem('cdl.progress', raw), JSON.stringify(record));
const sheet = (page: Page) => page.locator('.certificate-sheet');

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T08:00:00Z') });
});

test('the report carries the certificate and the trainer checks it: match, another learner’s code unknown, an edited link mismatch', async ({
  page,
}, testInfo) => {
  const modules = await certificateModules(page);
  await seed(page, finishedRecord(SHORT_PATH, modules, { id: 'e2e-learner-0001', name: 'Nguyễn Thị Lan' }));
  await page.goto(`/vi/certificate/?path=${pathId(SHORT_PATH)}`);
  const code = (await sheet(page).locator('.certificate-code').textContent())!;
  const link = new URL((await page.locator('.certificate-link a').getAttribute('href'))!, page.url()).href;

  await page.goto('/vi/my-learning/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Tải báo cáo lộ trình “${SHORT_PATH.title}” để gửi giảng viên` }).click();
  const file = testInfo.outputPath('report.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).certificates.map((c: { code: string }) => c.code)).toEqual([code]);

  await page.goto('/vi/trainer/report/');
  await page.getByLabel('Chọn các tệp báo cáo (chọn được nhiều tệp cùng lúc)').setInputFiles(file);
  await expect(page.locator('class-report-island .meta li').first()).toHaveText('1 học viên');
  const field = page.getByLabel('Mã xác minh (dạng XXXX-XXXX) hoặc đường dẫn xác minh');
  const answer = page.locator('[data-certificate-answer]');
  await field.fill(code.toLowerCase());
  await field.press('Enter');
  await expect(answer).toContainText(`Khớp: báo cáo của Nguyễn Thị Lan có giấy chứng nhận ${code}`);

  const decoded = decodeCertificate(new URL(link).hash);
  if (!decoded.ok) throw new Error(decoded.reason);
  const { code: _code, ...content } = decoded.certificate;
  const other = certificateCode({ ...content, learner: { id: 'e2e-learner-0002', name: 'Trần Văn Bình' } });
  await field.fill(other);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await expect(answer).toContainText(
    `Không rõ: chưa có báo cáo nào đã mở trên trang này chứa giấy chứng nhận ${other}`,
  );

  const raised = { ...decoded.certificate, modules: decoded.certificate.modules.map((m) => ({ ...m, best: 100 })) };
  await field.fill(`${new URL(link).origin}/vi/verify/#c=${encodeCertificate(raised)}`);
  await field.press('Enter');
  await expect(answer).toContainText('Không khớp: nội dung của đường dẫn đã bị sửa');
  await field.fill(link);
  await field.press('Enter');
  await expect(answer).toContainText('Khớp:');
  await field.fill('hello');
  await field.press('Enter');
  await expect(page.getByText('Đây không phải mã xác minh hay đường dẫn xác minh.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await axe(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await axe(page);
});
