import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedStorage, storedValue } from '../../../tests/e2e/island-start';

// The committed sample of a learner's record: module 1.1 passed (62% then 100%), module 1.2 under way.
const SAMPLE = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v1.json'), 'utf8');
const island = (page: Page) => page.locator('learning-island');
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();

test('the backup download says what it holds; erase looks destructive; a bad file is an error beside its field', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.progress': SAMPLE });
  await page.goto('/vi/my-learning/');
  const download = page.waitForEvent('download');
  await island(page).getByRole('button', { name: 'Tải bản sao lưu (JSON)' }).click();
  const file = (await download).suggestedFilename();
  await expect(island(page).locator('.learning-status')).toHaveText(
    `Đã tải xuống tệp ${file} (số lần làm bài: 2; học phần đã hoàn thành: 1). Tệp thường nằm trong thư mục Tải xuống của máy.`,
  );

  // The erase button is drawn in the danger colour, unlike the backup button above it.
  const erase = island(page).getByRole('button', { name: 'Xóa toàn bộ tiến độ' });
  const backup = island(page).getByRole('button', { name: 'Tải bản sao lưu (JSON)' });
  const colour = (button: typeof erase) => button.evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(await colour(erase)).toBe('rgb(154, 74, 0)');
  expect(await colour(backup)).not.toBe(await colour(erase));

  const modules = async () => JSON.parse((await storedValue(page, 'cdl.progress'))!).modules;
  const before = await modules();
  const input = island(page).getByLabel('Nhập một bản sao lưu');
  await input.setInputFiles({ name: 'ghi-chu.json', mimeType: 'application/json', buffer: Buffer.from('không phải') });
  const error = island(page).locator('#import-error');
  await expect(error).toHaveText('Lỗi: Tệp này không phải tệp JSON. Không có gì thay đổi.');
  // Beside its field (GOV.UK): in the same group as the input, between hint and input, and announced with it.
  await expect(island(page).locator('.field-error')).toContainText('Nhập một bản sao lưu');
  await expect(island(page).locator('.field-error #import-error + #import-file')).toHaveCount(1);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAttribute('aria-describedby', 'import-hint import-error');
  expect(await error.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(179, 38, 30)');
  expect(await modules()).toEqual(before);
  expect((await axe(page)).violations.map((v) => v.id)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await axe(page)).violations.map((v) => v.id)).toEqual([]);
});

test('the report name error shows beside the name field, in English too', async ({ page }) => {
  const record = {
    version: 2,
    modules: {},
    inProgress: {},
    paths: {
      p1: {
        path: { title: 'Cán bộ xã', modules: ['data-thinking/data-quality'] },
        addedAt: '2026-11-19T08:00:00.000Z',
      },
    },
  };
  await seedStorage(page, { 'cdl.progress': JSON.stringify(record) });
  await page.goto('/en/my-learning/');
  await page.getByRole('button', { name: 'Download a report on “Cán bộ xã” for your trainer' }).click();
  const field = page.locator('assigned-paths-island .field');
  await expect(field).toHaveClass(/field-error/);
  await expect(field.locator('#learner-name-error')).toHaveText('Error: Type your name before downloading a report.');
  await expect(page.getByLabel('Your name on reports')).toBeFocused();
  await expect(page.locator('.assigned-path + [role="status"], assigned-paths-island > [role="status"]')).toHaveText(
    '',
  );
  await page.getByLabel('Your name on reports').fill('Lan');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(field.locator('#learner-name-error')).toBeHidden();
  await expect(page.getByLabel('Your name on reports')).not.toHaveAttribute('aria-invalid', 'true');
});
