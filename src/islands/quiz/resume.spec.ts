import { expect, test, type Page } from '@playwright/test';
import { quizReady, takePracticeQuiz, words } from '../../../tests/e2e/quiz-helpers';

const PRACTICE = '/vi/courses/data-thinking/data-in-public-work/';
const MODULE_KEY = 'data-thinking/data-in-public-work';
const island = (page: Page) => page.locator('quiz-island');
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('cdl.progress') ?? 'null'));

test('a saved quiz that does not fit the quiz starts fresh, says so truly, and keeps the finished attempts', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(PRACTICE);
  await quizReady(page);
  await island(page).getByRole('button', { name: words.vi.start }).click();
  await takePracticeQuiz(page, 'vi', () => true);
  await island(page).getByRole('button', { name: words.vi.retry }).click();
  // The unfinished second attempt is saved; spoil its snapshot as storage can (a hand edit, an old bug).
  await page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem('cdl.progress')!);
    const { context } = record.inProgress[key].snapshot;
    context.index = 999;
    context.quiz = null;
    localStorage.setItem('cdl.progress', JSON.stringify(record));
  }, MODULE_KEY);

  await page.reload();
  await quizReady(page);
  // Fresh: at the start, with the true reason, not a false "picking up where you left off".
  await expect(island(page)).toContainText(
    'Không đọc được phần bài đang làm dở đã lưu nên bài làm được bắt đầu lại từ đầu',
  );
  await expect(island(page)).not.toContainText('Tiếp tục bài đang làm dở');
  await expect(island(page)).toContainText('Điểm cao nhất của bạn: 100%.');
  let record = await stored(page);
  expect(record.inProgress[MODULE_KEY]).toBeUndefined();
  expect(record.modules[MODULE_KEY].attempts).toHaveLength(1);
  await island(page).getByRole('button', { name: words.vi.start }).click();
  await expect(island(page).getByRole('heading', { level: 3 })).toContainText('Câu 1/');

  // The fresh attempt's own snapshot fits, so the next visit truly picks it up; the finished attempt stays.
  await page.reload();
  await quizReady(page);
  await expect(island(page)).toContainText('Tiếp tục bài đang làm dở');
  await expect(island(page)).not.toContainText('Không đọc được');
  await expect(island(page).getByRole('heading', { level: 3 })).toContainText('Câu 1/');
  record = await stored(page);
  expect(record.modules[MODULE_KEY].attempts).toHaveLength(1);
  expect(errors).toEqual([]);
});
