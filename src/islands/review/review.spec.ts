import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedStorage, storedValue } from '../../../tests/e2e/island-start';
import { words } from '../../../tests/e2e/quiz-helpers';
import {
  DAY,
  passedRecord,
  QUALITY,
  REVIEW_PATH,
  reviewBank,
  SUMMARIES,
  takeReview,
} from '../../../tests/e2e/review-records';
import type { Progress } from '../../lib/progress/progress-schema';
import type { XapiStatement } from '../../lib/reports/xapi';
import { xapiProblems } from '../../../tests/unit/reports/xapi-rules';

// Reviews come due on a simulated clock: the module is passed on day 0, due after day 3, reviewed, due again
// after 7 more days, and a review not passed marks it "review due" on the course page.
const PASSED = Date.parse('2026-12-01T08:00:00.000Z');
const day = (n: number) => new Date(PASSED + n * DAY);

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

const record = (page: Page) => storedValue(page, 'cdl.progress').then((text) => JSON.parse(text!) as Progress);

test('a passed module comes due after 3 days, then 7 after a good review; a review not passed shows on the course page and in the report', async ({
  page,
}, testInfo) => {
  await page.clock.install({ time: day(0) });
  await seedStorage(page, { 'cdl.progress': JSON.stringify(passedRecord({ [QUALITY]: day(0).toISOString() })) });
  const section = page.locator('#review');
  const dueList = section.locator('.review-due');
  const upcoming = section.locator('.review-upcoming');
  const quality = /1\.2 Chất lượng dữ liệu/;

  await page.goto('/vi/my-learning/');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Ôn tập định kỳ');
  await expect(section.getByText('Hiện chưa có học phần nào đến hạn ôn tập.')).toBeVisible();
  await expect(upcoming.getByRole('listitem')).toHaveText(quality);
  await expect(upcoming.getByRole('listitem')).toContainText('ôn tiếp vào ngày');

  await page.clock.setFixedTime(day(2));
  await page.reload();
  await expect(section.getByText('Hiện chưa có học phần nào đến hạn ôn tập.')).toBeVisible();

  await page.clock.setFixedTime(day(4));
  await page.reload();
  await expect(dueList.getByRole('listitem')).toHaveText(quality);
  await expect(dueList.getByRole('listitem')).toContainText('đạt ngày');
  await expect(upcoming).toHaveCount(0);
  await axe(page);
  // The course page says so beside the module's completed mark, linking to the review.
  await page.goto('/vi/courses/data-thinking/');
  const mark = page.locator(`[data-review-due="${QUALITY}"]`);
  await expect(mark.getByRole('link', { name: /^Cần ôn tập: học phần 1\.2/ })).toHaveAttribute(
    'href',
    '/vi/my-learning/#review',
  );
  await expect(page.locator(`[data-review-due="${SUMMARIES}"]`)).toBeHidden(); // never passed: nothing to review
  await mark.getByRole('link').click();
  await expect(page).toHaveURL(/\/vi\/my-learning\/#review$/);

  // --- Review right: the next one comes 7 days later.
  const bank = await reviewBank(page, 'vi');
  await section.getByRole('button', { name: 'Bắt đầu ôn tập' }).click();
  await expect(section.locator('.review-from')).toHaveText(/^Học phần 1\.2: Chất lượng dữ liệu/);
  await axe(page);
  expect(await takeReview(page, 'vi', bank, true)).toBe(2);
  await expect(section.getByRole('heading', { name: 'Kết quả ôn tập' })).toBeFocused();
  await expect(section.locator('.review-results li')).toContainText(['Đạt. Lần ôn tiếp theo vào ngày']);
  const once = (await record(page)).modules[QUALITY]!.reviews!;
  expect(once.map((r) => [r.passed, r.total, r.at])).toEqual([[true, 2, day(4).toISOString()]]);
  await section.getByRole('button', { name: 'Về danh sách ôn tập' }).click();
  await expect(section.getByText('Hiện chưa có học phần nào đến hạn ôn tập.')).toBeVisible();

  await page.clock.setFixedTime(day(4 + 3));
  await page.reload();
  await expect(section.getByText('Hiện chưa có học phần nào đến hạn ôn tập.')).toBeVisible();
  await page.clock.setFixedTime(day(4 + 8));
  await page.reload();
  await expect(dueList.getByRole('listitem')).toHaveText(quality);

  // --- Review wrong: it stays due, says why, and the course page shows "review due".
  await section.getByRole('button', { name: 'Bắt đầu ôn tập' }).click();
  await takeReview(page, 'vi', bank, false);
  await expect(section.locator('.review-results li')).toContainText(['Chưa đạt.']);
  // Each question with its explanation, as after a quiz.
  await section.getByRole('button', { name: words.vi.review }).click();
  await expect(section.locator('.quiz-feedback')).toBeVisible();
  await expect(section.locator('.quiz-feedback .quiz-verdict')).toHaveText('Chưa chính xác.');
  await page.goto('/vi/courses/data-thinking/');
  await expect(page.locator(`[data-progress-module="${QUALITY}"]`)).toContainText('Đã hoàn thành');
  await expect(page.locator(`[data-review-due="${QUALITY}"]`)).toBeVisible();
  await page.goto('/vi/my-learning/');
  await expect(dueList.getByRole('listitem')).toContainText('lần ôn trước chưa đạt');

  // --- The report for the path carries both reviews, and one statement each.
  const download = page.waitForEvent('download');
  await page
    .locator('assigned-paths-island')
    .getByRole('button', { name: `Tải báo cáo lộ trình “${REVIEW_PATH.title}” để gửi giảng viên` })
    .click();
  const file = testInfo.outputPath('report.json');
  await (await download).saveAs(file);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const reviews = report.modules.find((m: { module: string }) => m.module === QUALITY).reviews;
  expect(reviews.map((r: { passed: boolean }) => r.passed)).toEqual([true, false]);
  const tagged = (report.statements as XapiStatement[]).filter((s) => s.context.contextActivities.category);
  expect(tagged.map((s) => [s.verb.display.vi, s.result?.success, s.timestamp])).toEqual([
    ['đạt', true, day(4).toISOString()],
    ['chưa đạt', false, day(12).toISOString()],
  ]);
  for (const s of report.statements) expect(xapiProblems(s)).toEqual([]);
});
