import { expect, test } from '@playwright/test';
import { passedRecord, QUALITY, reviewBank, takeReview } from '../../../tests/e2e/review-records';

test.use({ serviceWorkers: 'allow' });

// Passed long ago, so due whatever today's date is: no clock needed, and the service worker runs as it would.
test('after one online visit, a review runs offline: its questions come from the precache', async ({
  page,
  context,
}) => {
  await page.goto('/vi/');
  await expect(page.locator('offline-island .offline-status')).toHaveText(/^Đã sẵn sàng đọc ngoại tuyến/, {
    timeout: 30_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const bank = await reviewBank(page, 'vi'); // read online, by the test, to know the answers
  await page.evaluate(
    (text) => localStorage.setItem('cdl.progress', text),
    JSON.stringify(passedRecord({ [QUALITY]: '2020-01-01T08:00:00.000Z' })),
  );
  await context.setOffline(true);
  const fetched: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().includes('review-questions')) fetched.push(request.url());
  });
  await page.goto('/vi/my-learning/');
  await page.locator('#review').getByRole('button', { name: 'Bắt đầu ôn tập' }).click();
  await takeReview(page, 'vi', bank, true);
  await expect(page.locator('.review-results li')).toContainText(['Đạt.']);
  expect(fetched).toEqual([expect.stringMatching(/\/vi\/review-questions\.json$/)]);
});
