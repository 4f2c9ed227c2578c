import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { quizReady } from '../../../tests/e2e/quiz-helpers';

// The committed sample record (module 1.1 passed, 62% then 100%), with its passing attempt damaged: a percent
// past 100, as a bad write or a hand edit might leave it.
const SAMPLE = JSON.parse(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v1.json'), 'utf8'));
SAMPLE.modules['data-thinking/data-in-public-work'].attempts[1].percent = 101;
const DAMAGED = JSON.stringify(SAMPLE);
const island = (page: Page) => page.locator('learning-island');
const copies = (page: Page) => island(page).locator('.set-aside-copy');
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('cdl.progress'));

test('one bad attempt costs only itself; its copy can be seen, downloaded and deleted on My learning', async ({
  page,
}, testInfo) => {
  await page.goto('/en/my-learning/');
  await page.evaluate((raw) => localStorage.setItem('cdl.progress', raw), DAMAGED);
  await page.reload();
  await expect(island(page).getByRole('note')).toContainText('A whole copy has been set aside (see My learning)');
  // The good attempt and the completion stay in the live record.
  await expect(island(page).locator('tbody tr')).toHaveCount(1);
  await expect(island(page).locator('tbody tr')).toContainText('5/8 (62%)');
  await expect(
    island(page).getByRole('heading', { name: 'Completed' }).locator('xpath=following-sibling::ul[1]'),
  ).toContainText('1.1');
  await expect(copies(page)).toHaveCount(1);
  await expect(copies(page)).toContainText('Copy 1: 1 KB. Quiz attempts in it: 2; unreadable: 1.');
  await expect(copies(page)).toContainText('Everything readable in this copy is already in your progress.');
  const { violations } = await new AxeBuilder({ page })
    .include('.set-aside')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  const download = page.waitForEvent('download');
  await copies(page).getByRole('button', { name: 'Download copy 1' }).click();
  const file = testInfo.outputPath('copy.json');
  await (await download).saveAs(file);
  expect(readFileSync(file, 'utf8')).toBe(DAMAGED);

  await copies(page).getByRole('button', { name: 'Delete copy 1' }).click();
  await copies(page).getByRole('button', { name: 'No, keep the copy' }).click();
  await expect(island(page).getByRole('status')).toHaveText('Cancelled: the copy is kept.');
  await copies(page).getByRole('button', { name: 'Delete copy 1' }).click();
  await copies(page).getByRole('button', { name: 'Yes, delete the copy' }).click();
  await expect(island(page).getByRole('status')).toHaveText('Copy 1 deleted.');
  await expect(copies(page)).toHaveCount(0);
  await expect(island(page).getByRole('heading', { name: 'Copies set aside' })).toHaveCount(0);
});

test('an erase by mistake is undone from its copy, by merging it back', async ({ page }) => {
  await page.goto('/vi/my-learning/');
  await page.evaluate(
    (raw) => localStorage.setItem('cdl.progress', raw),
    readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v1.json'), 'utf8'),
  );
  await page.reload();
  await island(page).getByRole('button', { name: 'Xóa toàn bộ tiến độ' }).click();
  await island(page).getByRole('button', { name: 'Có, xóa hết' }).click();
  await expect(island(page)).toContainText('Bạn chưa làm bài kiểm tra nào.');
  await expect(copies(page)).toContainText('tiến độ ngay trước lần xóa gần nhất');
  // Two attempts and one completion come back.
  await copies(page).getByRole('button', { name: 'Khôi phục 3 mục từ bản sao 1' }).click();
  await expect(island(page).getByRole('status')).toHaveText('Đã khôi phục 3 mục từ bản sao 1.');
  await expect(island(page).locator('tbody tr')).toHaveCount(2);
  await page.reload();
  await expect(island(page).locator('tbody tr')).toHaveCount(2);
});

test('with no room for the copy, the damaged record is never written over and the notice says so', async ({ page }) => {
  await page.goto('/vi/my-learning/');
  // Fill storage (an old, unreadable copy of the site's own) until only half the damaged record would still fit.
  await page.evaluate((raw) => {
    localStorage.setItem('cdl.progress', raw);
    let [fits, fails] = [0, 64 * 1024 * 1024];
    while (fails - fits > 64) {
      const size = Math.floor((fits + fails) / 2);
      try {
        localStorage.setItem('cdl.progress.backup.filler', 'x'.repeat(size));
        fits = size;
      } catch {
        fails = size;
      }
    }
    localStorage.setItem('cdl.progress.backup.filler', 'x'.repeat(fits - raw.length / 2));
  }, DAMAGED);
  await page.goto('/vi/courses/data-thinking/data-in-public-work/'); // a visit is a write: it must not land
  await quizReady(page);
  await expect(page.locator('quiz-island').getByRole('note')).toContainText('chưa cất riêng được bản sao');
  expect(await stored(page)).toBe(DAMAGED);

  await page.goto('/vi/my-learning/');
  await expect(island(page).getByRole('note')).toContainText('Trang sẽ không ghi đè dữ liệu cũ');
  await expect(copies(page).first()).toContainText('Dữ liệu gốc bị hỏng, chưa cất được bản sao vì bộ nhớ đầy');
  await expect(copies(page).first().getByRole('button', { name: 'Tải dữ liệu gốc xuống' })).toBeVisible();
  expect(await stored(page)).toBe(DAMAGED);

  // Deleting the old copy makes room: the damaged record is copied aside at last, and the notice turns true.
  await copies(page).getByRole('button', { name: 'Xóa bản sao 1' }).click();
  await copies(page).getByRole('button', { name: 'Có, xóa bản sao' }).click();
  await expect(copies(page)).toHaveCount(1);
  await expect(copies(page)).toContainText('Bản sao 1: 1 KB, có 2 lần làm bài, trong đó 1 lần không đọc được.');
  await expect(island(page).getByRole('note')).toHaveText(/đã cất riêng một bản sao của toàn bộ dữ liệu/);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('cdl.progress.backup.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([DAMAGED]);
});
