import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Module 4.3's anonymisation exercise: a table inspection that asks which kind of identifier a row still leaks
// (its own categories), not which quality dimension it breaks, and says so in its own words.
const PAGE = '/vi/courses/digital-government-data/open-data/';
const island = (page: Page) => page.locator('table-inspection-island');
const mark = (page: Page, row: string) => page.locator(`select[data-mark="${row}"]`);

test('an exercise with its own categories offers them, and marks and explains in its own words', async ({ page }) => {
  await page.goto(PAGE);
  await island(page).scrollIntoViewIfNeeded();
  await expect(mark(page, '01')).toBeVisible();
  // The choices are the exercise's categories, after "no problem": no quality dimension among them.
  await expect(mark(page, '04').locator('option')).toHaveText([
    'Không có vấn đề',
    'Định danh trực tiếp',
    'Tổ hợp hiếm',
    'Số đếm nhỏ',
    'Ghi chú tự do',
  ]);
  await expect(page.getByText('Vấn đề ở dòng 04')).toBeAttached();
  await expect(page.locator('section.table-inspection .inspection-rule')).toContainText('đúng loại được 2 điểm');

  await mark(page, '04').selectOption({ label: 'Số đếm nhỏ' }); // found
  await mark(page, '05').selectOption({ label: 'Định danh trực tiếp' }); // right row, another kind
  await mark(page, '01').selectOption({ label: 'Tổ hợp hiếm' }); // a clean row
  await island(page).getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(island(page)).toContainText('Tìm đúng: 1. Đúng dòng, chọn sai loại: 1. Bỏ sót: 3. Đánh dấu nhầm: 1.');
  const oldest = island(page).locator('[data-problem="oldest-woman-note"]');
  await expect(oldest).toContainText('½ Đúng dòng, chọn sai loại: Dòng 05');
  await expect(oldest).toContainText('Kiểu lộ danh tính: Ghi chú tự do hoặc Tổ hợp hiếm');
  await expect(oldest).toContainText('Bạn chọn: Định danh trực tiếp (dòng 05)');
  await expect(island(page).locator('[data-wrong-flag="01"]')).toHaveText(
    'Dòng 01: bạn chọn “Tổ hợp hiếm”, nhưng dòng này không có vấn đề.',
  );
  await expect(island(page)).not.toContainText('khía cạnh');
  const { violations } = await new AxeBuilder({ page })
    .include('section.table-inspection')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
