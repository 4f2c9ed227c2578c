import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { wholePercent } from '../../lib/whole-percent';
import { pathSteps, written as writtenOf } from '../../../tests/e2e/written-modules';

// The committed sample of a learner's record: module 1.1 passed (62% then 100%), module 1.2 under way.
const SAMPLE = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v1.json'), 'utf8');
const seed = (page: Page) => page.evaluate((raw) => localStorage.setItem('cdl.progress', raw), SAMPLE);
const island = (page: Page) => page.locator('learning-island');

test('My learning shows where the learner stands, in their language', async ({ page }) => {
  await page.goto('/en/my-learning/');
  await expect(page.getByText('kept only in this browser')).toBeVisible();
  await expect(island(page)).toContainText('You have not started a module yet. Start with module 1.1');
  await seed(page);
  await page.reload();
  await expect(island(page).locator('.learning-continue a')).toHaveAttribute(
    'href',
    '/en/courses/data-thinking/data-quality/',
  );
  const completed = island(page).getByRole('heading', { name: 'Completed' }).locator('xpath=following-sibling::ul[1]');
  await expect(completed).toContainText('1.1');
  await expect(completed).toContainText('best score 100%');
  await expect(
    island(page).getByRole('heading', { name: 'In progress' }).locator('xpath=following-sibling::ul[1]'),
  ).toContainText('1.2');
  const rows = island(page).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('8/8 (100%)'); // newest first
  await expect(rows.last()).toContainText('Not passed');

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('back up, erase after confirming, and bring the backup back by merging', async ({ page }, testInfo) => {
  await page.goto('/vi/my-learning/');
  await seed(page);
  await page.reload();

  const download = page.waitForEvent('download');
  await island(page).getByRole('button', { name: 'Tải bản sao lưu (JSON)' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await download).saveAs(file);
  expect(
    JSON.parse(readFileSync(file, 'utf8')).record.modules['data-thinking/data-in-public-work'].attempts,
  ).toHaveLength(2);

  // Cancelling keeps everything; confirming erases.
  await island(page).getByRole('button', { name: 'Xóa toàn bộ tiến độ' }).click();
  await island(page).getByRole('button', { name: 'Không, giữ lại' }).click();
  await expect(island(page).getByRole('status')).toHaveText('Đã hủy; tiến độ vẫn giữ nguyên.');
  await expect(island(page).locator('tbody tr')).toHaveCount(2);
  await island(page).getByRole('button', { name: 'Xóa toàn bộ tiến độ' }).click();
  await island(page).getByRole('button', { name: 'Có, xóa hết' }).click();
  await expect(island(page).getByRole('status')).toHaveText('Đã xóa toàn bộ tiến độ.');
  await expect(island(page)).toContainText('Bạn chưa làm bài kiểm tra nào.');

  // A file that is not a backup changes nothing; the real one is merged back.
  await island(page)
    .getByLabel('Nhập một bản sao lưu')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(island(page).locator('#import-error')).toHaveText(
    'Lỗi: Tệp này không phải bản sao lưu tiến độ của trang này. Không có gì thay đổi.',
  );
  await island(page)
    .getByLabel('Nhập một bản sao lưu')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "civic') });
  await expect(island(page).locator('#import-error')).toHaveText(
    'Lỗi: Tệp này không phải tệp JSON. Không có gì thay đổi.',
  );
  await island(page).getByLabel('Nhập một bản sao lưu').setInputFiles(file);
  await expect(island(page).getByRole('status')).toHaveText('Đã nhập tệp: thêm 2 lần làm bài mới.');
  await expect(island(page).locator('#import-error')).toBeHidden(); // a good file clears the error
  await expect(island(page).locator('tbody tr')).toHaveCount(2);
  await island(page).getByLabel('Nhập một bản sao lưu').setInputFiles(file);
  await expect(island(page).getByRole('status')).toHaveText('Đã nhập tệp: thêm 0 lần làm bài mới.');
  await expect(island(page).locator('tbody tr')).toHaveCount(2);
});

test('course page and catalog show each module’s status and the share of the course done', async ({ page }) => {
  await page.goto('/vi/courses/data-thinking/');
  await expect(page.locator('[data-progress-course]')).toBeHidden(); // nothing started: nothing said
  await seed(page);
  await page.reload();
  await expect(page.locator('[data-progress-course]')).toHaveText('Bạn đã hoàn thành 20% khóa học (1/5 học phần).');
  await expect(page.locator('[data-progress-module="data-thinking/data-in-public-work"]')).toHaveText(
    'Đã hoàn thành · điểm cao nhất 100%',
  );
  await expect(page.locator('[data-progress-module="data-thinking/data-quality"]')).toHaveText('Đang học');
  await expect(page.locator('[data-progress-module="data-thinking/reading-charts"]')).toBeHidden();
  await page.goto('/en/courses/');
  // The catalog says it of each course: course 1's is the one with progress.
  await expect(page.locator('[data-progress-course^="data-thinking/"]')).toHaveText(
    'You have completed 20% of this course (1 of 5 modules).',
  );
  await expect(page.locator('[data-progress-course^="risk-management/"]')).toHaveText(
    'You have completed 0% of this course (0 of 5 modules).',
  );
});

test('"mark as done" completes a module without a quiz and the marks follow', async ({ page }) => {
  // A quiz-less module page loads the marks' code at once (it records the visit); a course page only when there is
  // a record, so this one has a visit to another module.
  await page.goto('/vi/glossary/');
  await page.evaluate(() =>
    localStorage.setItem(
      'cdl.progress.visits',
      JSON.stringify([{ module: 'data-thinking/data-quality', lang: 'vi', at: new Date().toISOString() }]),
    ),
  );
  await page.goto('/vi/courses/data-thinking/');
  // The marks' code comes after load; the button is only heard once it runs (it adds its status line then).
  await expect(page.locator('progress-island .progress-status')).toBeAttached();
  // Every course-1 module has a quiz, so add the button a quiz-less module page carries (see the build test).
  await page.evaluate(() => {
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: 'Đánh dấu đã học xong',
    });
    button.dataset.markDone = 'data-thinking/reading-charts';
    document.querySelector('main')!.prepend(button);
  });
  await page.getByRole('button', { name: 'Đánh dấu đã học xong' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đánh dấu' })).toHaveText(
    'Đã đánh dấu học phần này là đã học xong.',
  );
  await expect(page.locator('[data-progress-module="data-thinking/reading-charts"]')).toHaveText('Đã hoàn thành');
  await expect(page.locator('[data-progress-course]')).toHaveText('Bạn đã hoàn thành 20% khóa học (1/5 học phần).');
  await expect(page.getByRole('button', { name: 'Đánh dấu đã học xong' })).toBeHidden();
});

// The essentials path's steps (seeds/paths/essentials.yaml) and those already written: the path shows the others
// as coming, whatever the curriculum's progress.
const ESSENTIALS = pathSteps('essentials');
const written = writtenOf(ESSENTIALS);

test('role paths list their modules, mark the ones still to come, and show the learner’s progress', async ({
  page,
}) => {
  await page.goto('/vi/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lộ trình' }).click();
  await expect(page).toHaveURL('/vi/paths/');
  await expect(page.locator('.card-list > li')).toHaveCount(4);
  await seed(page);
  await page.getByRole('link', { name: 'Kiến thức thiết yếu cho mọi cán bộ, công chức' }).click();
  const steps = page.locator('.card-list > li');
  await expect(steps).toHaveCount(ESSENTIALS.length);
  await expect(steps.getByRole('link')).toHaveCount(written.length);
  await expect(steps.filter({ hasText: 'Sắp có' })).toHaveCount(ESSENTIALS.length - written.length);
  await expect(page.locator('[data-progress-course]')).toHaveText(
    `Bạn đã hoàn thành ${wholePercent(1, written.length)}% các học phần đã có của lộ trình (1/${written.length}).`,
  );
  await expect(page.locator('[data-progress-module="data-thinking/data-in-public-work"]')).toHaveText(
    'Đã hoàn thành · điểm cao nhất 100%',
  );
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL('/en/paths/essentials/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Essentials for every civil servant');

  // A learner can take the role path on as an assigned path; a trainer can open it in the builder.
  await page.getByRole('link', { name: 'Trainers: assign this path to a class' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Essentials for every civil servant');
  await expect(page.locator('.builder-chosen li')).toHaveCount(written.length);
  await page.goBack();
  await page.getByRole('link', { name: 'Add this path to my learning' }).click();
  await page.getByRole('button', { name: 'Add to my learning' }).click();
  await page.goto('/en/my-learning/');
  await expect(page.locator('assigned-paths-island [data-path-progress]')).toHaveText(
    `1 of ${written.length} modules done (${wholePercent(1, written.length)}%)`,
  );
});
