import { expect, test, type Page } from '@playwright/test';
import { quizReady, takePracticeQuiz, words } from '../../../tests/e2e/quiz-helpers';

const PRACTICE = '/vi/courses/data-thinking/data-in-public-work/';
const KEY = 'data-thinking/data-in-public-work';
const island = (page: Page) => page.locator('quiz-island');
const attemptsIn = (text: string | null | undefined) =>
  text ? (JSON.parse(text).modules?.[KEY]?.attempts?.length ?? 0) : 0;
/** The record's second copy, in IndexedDB (src/lib/progress/durable-copy.ts). */
const durableText = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | undefined>((resolve) => {
        const open = indexedDB.open('cdl-progress', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('record');
        open.onsuccess = () => {
          const get = open.result.transaction('record').objectStore('record').get('current');
          get.onsuccess = () => resolve(get.result as string | undefined);
        };
      }),
  );

test('a quiz passed just before the browser was killed is still there: the durable copy brings it back', async ({
  page,
}) => {
  await page.goto(PRACTICE);
  await quizReady(page);
  await island(page).getByRole('button', { name: words.vi.start }).click();
  const onDisk = await page.evaluate(() => localStorage.getItem('cdl.progress')); // what a kill would leave
  await takePracticeQuiz(page, 'vi', () => true);
  await expect(island(page).locator('.quiz-pass')).toBeVisible();
  await expect.poll(async () => attemptsIn(await durableText(page))).toBe(1);

  // The browser dies before localStorage reached the disk: the record is as it was before the quiz ended.
  await page.evaluate((text) => localStorage.setItem('cdl.progress', text!), onDisk);
  await page.goto('/vi/my-learning/');
  await expect(page.locator('learning-island tbody tr')).toHaveCount(1);
  await expect(page.locator('learning-island tbody tr')).toContainText('(100%)');
  expect(attemptsIn(await page.evaluate(() => localStorage.getItem('cdl.progress')))).toBe(1);
  // The snapshot of the quiz as it was mid-way is gone too: the quiz opens finished, not "picking up".
  await page.goto(PRACTICE);
  await quizReady(page);
  await expect(island(page)).toContainText('Bạn đã hoàn thành học phần này.');
  await expect(island(page)).not.toContainText('Tiếp tục bài đang làm dở.');
});

test('an erase on My learning reaches the durable copy too, so a reload does not bring the attempts back', async ({
  page,
}) => {
  await page.goto(PRACTICE);
  await quizReady(page);
  await island(page).getByRole('button', { name: words.vi.start }).click();
  await takePracticeQuiz(page, 'vi', () => true);
  await expect.poll(async () => attemptsIn(await durableText(page))).toBe(1);
  await page.goto('/vi/my-learning/');
  await page.getByRole('button', { name: 'Xóa toàn bộ tiến độ' }).click();
  await page.getByRole('button', { name: 'Có, xóa hết' }).click();
  await expect.poll(async () => attemptsIn(await durableText(page))).toBe(0);
  await page.reload();
  await expect(page.locator('learning-island')).toContainText('Bạn chưa làm bài kiểm tra nào.');
});
