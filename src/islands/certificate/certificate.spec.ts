import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decodeCertificate, encodeCertificate } from '../../lib/certificate/certificate-link';
import { pathId } from '../../lib/course-paths/path-codec';
import type { SharedPath } from '../../lib/course-paths/path-schema';
import { storedValue } from '../../../tests/e2e/island-start';
import { certificateModules, finishedRecord, pdfPages, SHORT_PATH } from './finished-record';

const axe = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
};
const seed = (page: Page, record: unknown) =>
  page.evaluate((raw) => localStorage.setItem('cdl.progress', raw), JSON.stringify(record));
const stored = async (page: Page) => JSON.parse((await storedValue(page, 'cdl.progress'))!);
const sheet = (page: Page) => page.locator('.certificate-sheet');
const LEADERS: SharedPath = {
  title: 'Lãnh đạo và quản lý — lớp bồi dưỡng tháng 12',
  modules: [
    'data-thinking/data-to-decision',
    'critical-reasoning/thinking-traps',
    'risk-management/what-risk-is',
    'risk-management/identifying-and-analysing',
    'risk-management/evaluating-and-treating',
    'risk-management/safe-experimentation',
    'digital-teams/digital-workforce',
    'digital-teams/careers-and-retention',
    'digital-teams/empowering-teams',
  ],
};

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T08:00:00Z') });
});

test('a learner who finished a path gets a certificate, prints one A4 page, and its link verifies; an edited one does not', async ({
  page,
}, testInfo) => {
  const modules = await certificateModules(page);
  await expect(page.getByRole('alert')).toContainText('không cho biết giấy chứng nhận của lộ trình nào');
  await seed(page, finishedRecord(SHORT_PATH, modules));

  // My learning offers it on the finished path; the certificate page asks for the name the record lacks.
  await page.goto('/vi/my-learning/');
  await page.getByRole('link', { name: `Nhận giấy chứng nhận hoàn thành lộ trình “${SHORT_PATH.title}”` }).click();
  await expect(page).toHaveURL(`/vi/certificate/?path=${pathId(SHORT_PATH)}`);
  await expect(sheet(page)).toHaveCount(0);
  // By keyboard: an empty name is refused beside the field, then the typed one issues.
  await page.getByLabel('Tên của bạn trên báo cáo').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Hãy nhập họ và tên trước khi lập giấy chứng nhận.')).toBeVisible();
  await expect(page.getByLabel('Tên của bạn trên báo cáo')).toBeFocused();
  await page.keyboard.type('Nguyễn Thị Lan');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Giấy chứng nhận hoàn thành', level: 2 })).toBeFocused();

  await expect(sheet(page).locator('.certificate-name')).toHaveText('Nguyễn Thị Lan');
  await expect(sheet(page).locator('.certificate-path')).toHaveText(SHORT_PATH.title);
  const titles = SHORT_PATH.modules.map((key) => modules.find((m) => m.key === key)!.title);
  await expect(sheet(page).locator('tbody th')).toHaveText(titles);
  await expect(sheet(page).locator('tbody td.num')).toHaveText(['90%', '90%']);
  const minutes = SHORT_PATH.modules.reduce((sum, key) => sum + modules.find((m) => m.key === key)!.minutes, 0);
  const hours = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(Math.round(minutes / 6) / 10);
  await expect(sheet(page)).toContainText(`Thời lượng ước tính: ${hours} giờ`);
  await expect(sheet(page)).toContainText(
    'không phải văn bằng, chứng chỉ hay giấy chứng nhận hoàn thành chương trình bồi dưỡng',
  );
  await expect(sheet(page).getByRole('img', { name: 'Mã QR mở trang xác minh giấy chứng nhận này' })).toBeVisible();
  const code = (await sheet(page).locator('.certificate-code').textContent())!;
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const record = await stored(page);
  expect(Object.keys(record.certificates)).toEqual([code]);
  expect(record.learner.name).toBe('Nguyễn Thị Lan');
  await axe(page);

  // Re-opening, days later, shows the same certificate and writes nothing.
  await page.clock.setFixedTime(new Date('2026-12-04T08:00:00Z'));
  const before = await storedValue(page, 'cdl.progress');
  await page.reload();
  await expect(sheet(page).locator('.certificate-code')).toHaveText(code);
  await expect(page.getByText('Mở lại trang không tạo mã mới.')).toBeVisible();
  expect(await storedValue(page, 'cdl.progress')).toBe(before);

  // Printing gives one clean A4 page: no site header, navigation, footer or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'In hoặc lưu thành PDF' })).toBeHidden();
  await expect(sheet(page)).toBeVisible();
  await page.emulateMedia({ media: null }); // page.pdf() prints with print media unless screen was emulated
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, path: testInfo.outputPath('certificate.pdf') });
  expect(pdfPages(pdf)).toBe(1);

  // The verify link (the QR's) shows the same record with "matches"…
  const link = (await page.locator('.certificate-link a').getAttribute('href'))!;
  await page.goto(link);
  await expect(page.getByText('Mã khớp với nội dung ghi trên giấy.')).toBeVisible();
  await expect(sheet(page).locator('.certificate-name')).toHaveText('Nguyễn Thị Lan');
  await expect(sheet(page).locator('.certificate-code')).toHaveText(code);
  await axe(page);
  // …and a link whose content was edited says it was changed, and shows none of the edited content.
  const decoded = decodeCertificate(new URL(link, 'http://x').hash);
  if (!decoded.ok) throw new Error(decoded.reason);
  const edited = { ...decoded.certificate, learner: { ...decoded.certificate.learner, name: 'Trần Văn Bình' } };
  await page.goto(`/vi/verify/#c=${encodeCertificate(edited)}`);
  await expect(page.getByText('Đường dẫn này đã bị thay đổi: mã không khớp với nội dung.')).toBeVisible();
  await expect(page.getByText(`Mã ghi trong đường dẫn: ${code}`)).toBeVisible();
  await expect(page.getByText('Trần Văn Bình')).toHaveCount(0);
  await expect(sheet(page)).toHaveCount(0);
  await page.goto(`/vi/verify/#c=${encodeCertificate(edited).slice(0, -20)}`);
  await expect(page.locator('verify-island')).toContainText('Không đọc được giấy chứng nhận');
});

test('in English, the longest role path’s certificate prints on one A4 page and reads well at 360 px', async ({
  page,
}) => {
  const modules = await certificateModules(page, 'en');
  await seed(page, finishedRecord(LEADERS, modules, { id: 'e2e-learner-0003', name: 'Nguyễn Thị Phương Thảo Hoàng' }));
  await page.goto(`/en/certificate/?path=${pathId(LEADERS)}`);
  await expect(sheet(page).locator('tbody tr')).toHaveCount(LEADERS.modules.length);
  const minutes = LEADERS.modules.reduce((sum, key) => sum + modules.find((m) => m.key === key)!.minutes, 0);
  const hours = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(Math.round(minutes / 6) / 10);
  await expect(sheet(page)).toContainText(`Estimated study time: ${hours} hours`);
  await expect(sheet(page)).toContainText('It is not a diploma or an official credential');
  expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
  await axe(page);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await axe(page);
  // The verify page in English reads a certificate in Vietnamese as it was issued.
  const link = (await page.locator('.certificate-link a').getAttribute('href'))!;
  await page.goto(link);
  await expect(page.getByText('The code matches what the certificate says.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await axe(page);
});

test('a tampered or unfinished path gets a translated message and stores nothing', async ({ page }) => {
  const modules = await certificateModules(page, 'en');
  const unfinished = finishedRecord(SHORT_PATH, modules, { id: 'e2e-learner-0004', name: 'Lan' });
  delete unfinished.modules[SHORT_PATH.modules[1]!];
  await seed(page, unfinished);
  const before = await storedValue(page, 'cdl.progress');
  await page.goto(`/en/certificate/?path=${pathId(SHORT_PATH)}`);
  await expect(page.getByRole('alert')).toHaveText(
    'You have completed 1 of 2 modules as the path requires. The certificate is made once you have completed them all.',
  );
  await page.goto(`/en/certificate/?path=${pathId(SHORT_PATH)}x`);
  await expect(page.getByRole('alert')).toContainText('This path is not among your learning in this browser.');
  await expect(page.getByRole('link', { name: 'Back to My learning' })).toBeVisible();
  expect(await storedValue(page, 'cdl.progress')).toBe(before);
  // My learning does not offer a certificate for the unfinished path.
  await page.goto('/en/my-learning/');
  await expect(page.getByRole('link', { name: /Get your certificate/ })).toHaveCount(0);
});

test('with storage full, the certificate still shows with a translated warning, and the stored record is left as it was', async ({
  page,
}) => {
  const modules = await certificateModules(page);
  const record = JSON.stringify(finishedRecord(SHORT_PATH, modules, { id: 'e2e-learner-0005', name: 'Lan' }));
  await page.evaluate((raw) => localStorage.setItem('cdl.progress', raw), record);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'cdl.progress') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(`/vi/certificate/?path=${pathId(SHORT_PATH)}`);
  await expect(page.getByRole('alert')).toContainText('Chưa lưu được giấy chứng nhận vào trình duyệt');
  await expect(sheet(page).locator('.certificate-name')).toHaveText('Lan');
  expect(await storedValue(page, 'cdl.progress')).toBe(record);
});
