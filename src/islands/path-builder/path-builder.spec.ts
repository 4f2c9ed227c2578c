import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// What a trainer sees while building a path: a copy that says it worked, a due date already past, each problem
// beside its field, and the QR code as an image for a slide.
const axe = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
};

async function startFromRolePath(page: Page) {
  await page.goto('/vi/trainer/');
  await page.getByLabel('Lộ trình có sẵn').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Dùng lộ trình này' }).click();
  await expect(page.getByLabel('Link của lộ trình')).toBeVisible();
}

test('“Đã sao chép link” is shown beside the button, not only announced', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startFromRolePath(page);
  const link = await page.getByLabel('Link của lộ trình').inputValue();
  await page.getByRole('button', { name: 'Sao chép link' }).click();
  const copied = page.locator('.copy-result');
  await expect(copied).toHaveText('Đã sao chép link.');
  await expect(copied).toBeVisible();
  await expect(copied).toHaveAttribute('role', 'status');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test('a due date already past is warned beside the date; a future one is not', async ({ page }) => {
  await startFromRolePath(page);
  const due = page.getByLabel('Hạn hoàn thành (không bắt buộc)');
  await due.fill('2020-03-01');
  const warning = page.locator('#path-due-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('đã qua');
  await expect(warning).toContainText('2020');
  await expect(due).toHaveAttribute('aria-describedby', 'path-due-warning');
  // A warning, not an error: the link is still made, for a path sent late on purpose.
  await expect(page.getByLabel('Link của lộ trình')).toBeVisible();
  await due.fill('2099-01-15');
  await expect(warning).toBeHidden();
  await expect(due).not.toHaveAttribute('aria-describedby');
});

test('each problem shows beside its own field, and the list by the link leads to it', async ({ page }) => {
  await page.goto('/en/trainer/');
  // Untouched on arrival: no error beside an empty field yet, only the list of what is missing.
  await expect(page.locator('.field-message:visible')).toHaveCount(0);
  await expect(page.locator('.builder-output .notice')).toContainText('Give the path a title.');

  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Lớp tháng 12');
  await title.fill('');
  const titleError = page.locator('#path-title-error');
  await expect(titleError).toHaveText('Give the path a title.');
  await expect(title).toHaveAttribute('aria-invalid', '');
  await expect(title).toHaveAttribute('aria-describedby', 'path-title-error');
  // Beside it: the message sits between the field's label and the field.
  const [labelBox, errorBox, fieldBox] = await Promise.all([
    page.locator('label[for="path-title"]').boundingBox(),
    titleError.boundingBox(),
    title.boundingBox(),
  ]);
  expect(errorBox!.y).toBeGreaterThanOrEqual(labelBox!.y + labelBox!.height - 1);
  expect(errorBox!.y + errorBox!.height).toBeLessThanOrEqual(fieldBox!.y + 1);

  const passMark = page.getByLabel(/^Pass mark/);
  await passMark.fill('101');
  await expect(page.locator('#path-pass-error')).toHaveText('The pass mark must be a whole number from 1 to 100.');
  await expect(passMark).toHaveAttribute('aria-describedby', 'path-pass-hint path-pass-error');
  await page.locator('.builder-output .notice').getByRole('link', { name: 'Give the path a title.' }).click();
  await expect(title).toBeFocused();
  await axe(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await axe(page);

  await title.fill('Lớp tháng 12');
  await passMark.fill('80');
  await expect(page.locator('.field-message:visible')).toHaveCount(0);
  await expect(passMark).not.toHaveAttribute('aria-invalid');
});

test('the QR code downloads as a PNG image for a slide, drawn from the same code as the page shows', async ({
  page,
}) => {
  await startFromRolePath(page);
  const viewBox = await page.locator('svg.qr-code').getAttribute('viewBox');
  const modules = Number(viewBox!.split(' ')[2]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải mã QR (ảnh PNG) để chèn vào trang chiếu' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-qr\.png$/);
  const png = readFileSync(await file.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // IHDR: width and height, 16 px per module with the quiet zone, big enough to project.
  expect(png.readUInt32BE(16)).toBe(modules * 16);
  expect(png.readUInt32BE(20)).toBe(modules * 16);
});
