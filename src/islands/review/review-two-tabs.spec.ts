import { expect, test } from '@playwright/test';
import { seedStorage } from '../../../tests/e2e/island-start';
import { DAY, passedRecord, QUALITY, reviewBank, takeReview } from '../../../tests/e2e/review-records';
import type { Progress } from '../../lib/progress/progress-schema';

// Two tabs of one browser: a review taken in one clears "Review due" on the course page open in the other, and a
// review in each tab keeps both.
const PASSED = Date.parse('2026-12-01T08:00:00.000Z');

test('a review in one tab updates the course page in another, and two tabs’ reviews are both kept', async ({
  page,
  context,
}) => {
  await page.clock.install({ time: new Date(PASSED + 5 * DAY) });
  await seedStorage(page, {
    'cdl.progress': JSON.stringify(passedRecord({ [QUALITY]: new Date(PASSED).toISOString() })),
  });
  const course = await context.newPage();
  await course.clock.install({ time: new Date(PASSED + 5 * DAY) });
  await course.goto('/vi/courses/data-thinking/');
  const mark = course.locator(`[data-review-due="${QUALITY}"]`);
  await expect(mark).toBeVisible();

  const bank = await reviewBank(page, 'vi');
  await page.goto('/vi/my-learning/');
  const other = await context.newPage();
  await other.clock.install({ time: new Date(PASSED + 5 * DAY) });
  await other.goto('/vi/my-learning/');
  // Both tabs start a review of the same due module; the first passes it, the second fails it.
  await page.locator('#review').getByRole('button', { name: 'Bắt đầu ôn tập' }).click();
  await other.locator('#review').getByRole('button', { name: 'Bắt đầu ôn tập' }).click();
  await takeReview(page, 'vi', bank, true);
  await expect(page.locator('.review-results li')).toContainText(['Đạt.']);
  await expect(mark).toBeHidden(); // the other tab's write reached the course page without a reload
  await takeReview(other, 'vi', bank, false);
  await expect(other.locator('.review-results li')).toContainText(['Chưa đạt.']);
  await expect(mark).toBeVisible();
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('cdl.progress')))!) as Progress;
  expect(stored.modules[QUALITY]!.reviews!.map((r) => r.passed).sort()).toEqual([false, true]);
});
