import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { certificateModules, finishedRecord } from '../../src/islands/certificate/finished-record';
import { payloadOf, takeByKeyboard } from '../../src/islands/placement/placement-keyboard';
import type { Progress } from '../../src/lib/progress/progress-schema';
import { quizReady, takePracticeQuiz, words } from './quiz-helpers';
import { storedValue } from './island-start';

/**
 * Issue 17 as one learner meets it, on a simulated clock: the placement check recommends a path, the learner adds
 * it and follows it (the first module's quiz taken here, the others already passed on earlier days), gets a
 * certificate, sends the report, and the trainer's class report verifies the certificate's code; then reviews
 * come due: the modules passed weeks ago at once, the one passed today only after three days.
 */
const DAY0 = new Date('2026-12-01T08:00:00.000Z');
const day = (n: number) => new Date(DAY0.getTime() + n * 86_400_000);
const FIRST = 'data-thinking/data-in-public-work';
const record = async (page: Page) => JSON.parse((await storedValue(page, 'cdl.progress'))!) as Progress;

test('placement → recommended path → certificate verified by the class report → reviews come due', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: DAY0 });

  // --- Placement: every question right, "do it sometimes" everywhere, general administrative work.
  await page.goto('/vi/start/');
  const { quiz, paths } = await payloadOf(page);
  const sometimes = 'Thỉnh thoảng làm';
  await takeByKeyboard(
    page,
    'vi',
    { data: sometimes, reasoning: sometimes, risk: sometimes, 'government-data': sometimes },
    'Tiếp nhận, giải quyết hồ sơ, tổng hợp báo cáo, công việc hành chính chung',
    new Set(quiz.questions.map((q) => q.id)),
  );
  const essentials = paths.essentials!;
  const placement = page.locator('placement-island');
  await expect(placement.getByRole('heading', { name: `Lộ trình nên học: ${essentials.title}` })).toBeVisible();

  // --- "Add to my learning", through the shared path page, lands the path on My learning.
  await placement.getByRole('link', { name: 'Thêm lộ trình này vào việc học của tôi' }).click();
  await page.locator('shared-path-island').getByRole('button', { name: 'Thêm vào việc học của tôi' }).click();
  await page.locator('shared-path-island').getByRole('link', { name: 'Đến trang Việc học của tôi' }).click();
  await expect(page.locator('assigned-paths-island article h3')).toHaveText([essentials.title]);
  const added = Object.entries((await record(page)).paths);
  expect(added).toHaveLength(1);
  const [id, assigned] = added[0]!;
  expect(assigned!.path.modules).toEqual(essentials.modules.map((m) => m.key));

  // --- Following it: the first module's quiz taken now; the other modules were passed on earlier days.
  await page.goto(`/vi/courses/${FIRST}/`);
  await quizReady(page);
  await page.locator('quiz-island').getByRole('button', { name: words.vi.start }).click();
  await takePracticeQuiz(page, 'vi', () => true);
  await expect(page.locator('quiz-island')).toContainText('100%');
  const done = finishedRecord(assigned!.path, await certificateModules(page));
  const now = await record(page);
  for (const key of assigned!.path.modules) if (key !== FIRST) now.modules[key] = done.modules[key]!;
  await page.evaluate((text) => localStorage.setItem('cdl.progress', text), JSON.stringify(now));

  // --- The certificate, offered on My learning once the path is done; the page asks for the name.
  await page.goto('/vi/my-learning/');
  await page.getByRole('link', { name: `Nhận giấy chứng nhận hoàn thành lộ trình “${assigned!.path.title}”` }).click();
  await expect(page).toHaveURL(`/vi/certificate/?path=${id}`);
  await page.getByLabel('Tên của bạn trên báo cáo').fill('Nguyễn Thị Lan');
  await page.getByRole('button', { name: 'Lập giấy chứng nhận' }).click();
  const code = (await page.locator('.certificate-sheet .certificate-code').textContent())!;
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  // --- The report goes to the trainer, whose class report says the code matches it.
  await page.goto('/vi/my-learning/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Tải báo cáo lộ trình “${assigned!.path.title}” để gửi giảng viên` }).click();
  const file = testInfo.outputPath('report.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).certificates.map((c: { code: string }) => c.code)).toEqual([code]);
  await page.goto('/vi/trainer/report/');
  await page.getByLabel('Chọn các tệp báo cáo (chọn được nhiều tệp cùng lúc)').setInputFiles(file);
  const field = page.getByLabel('Mã xác minh (dạng XXXX-XXXX) hoặc đường dẫn xác minh');
  await field.fill(code);
  await field.press('Enter');
  await expect(page.locator('[data-certificate-answer]')).toContainText(
    `Khớp: báo cáo của Nguyễn Thị Lan có giấy chứng nhận ${code}`,
  );

  // --- Reviews on the clock: two days on, the modules passed weeks ago are due, today's is not; after four, it is.
  const due = page.locator('#review .review-due');
  const first = essentials.modules.find((m) => m.key === FIRST)!;
  const second = essentials.modules.find((m) => m.key !== FIRST)!;
  await page.clock.setFixedTime(day(2));
  await page.goto('/vi/my-learning/');
  await expect(due).toContainText(second.title);
  await expect(due).not.toContainText(first.title);
  await page.clock.setFixedTime(day(4));
  await page.reload();
  await expect(due).toContainText(first.title);
});
