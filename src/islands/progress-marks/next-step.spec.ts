import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedStorage } from '../../../tests/e2e/island-start';
import { quizReady, takePracticeQuiz, words } from '../../../tests/e2e/quiz-helpers';

// The walk-through: module 1.2 passed, nothing else. Every page that says what to do next names the same module.
const M = (slug: string) => `data-thinking/${slug}`;
const passed12 = (paths: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 2,
    modules: {
      [M('data-quality')]: {
        visits: 1,
        lastVisit: '2026-11-20T08:00:00.000Z',
        completedAt: '2026-11-20T08:30:00.000Z',
        attempts: [
          {
            id: 'a1b2c3d4-1111-4a5b-9c1d-2e3f4a5b6c7d',
            at: '2026-11-20T08:30:00.000Z',
            lang: 'vi',
            correct: 7,
            total: 7,
            percent: 100,
            passed: true,
            answers: {},
          },
        ],
      },
    },
    inProgress: {},
    paths,
    last: { module: M('data-quality'), lang: 'vi', at: '2026-11-20T08:00:00.000Z' },
  });

const continue13 = 'Tiếp tục: Học phần 1.3 – Tóm tắt số liệu: tỷ suất, trung vị và điểm phần trăm';
const continue11 = 'Tiếp tục: Học phần 1.1 – Dữ liệu trong công việc công vụ: quan sát, biến và siêu dữ liệu';

async function expectNextEverywhere(page: Page, text: string, href: string) {
  await page.goto('/vi/');
  await expect(page.locator('[data-progress-next]')).toHaveText(text);
  await expect(page.locator('[data-progress-next]')).toHaveAttribute('href', href);
  await page.goto('/vi/courses/data-thinking/');
  await expect(page.getByRole('link', { name: 'Bắt đầu học phần đầu tiên' })).toHaveCount(0);
  await expect(page.locator('[data-progress-next]')).toHaveText(text);
  await expect(page.locator('[data-progress-next]')).toHaveAttribute('href', href);
  await page.goto('/vi/my-learning/');
  await expect(page.locator('.learning-continue a')).toHaveText(text);
  await expect(page.locator('.learning-continue a')).toHaveAttribute('href', href);
}

test('after passing 1.2 alone, home, course page and My learning all continue with 1.3; 1.2 shows it is done', async ({
  page,
}) => {
  await page.goto('/vi/');
  // Nothing started: the start buttons stay as they are.
  await expect(page.getByRole('link', { name: 'Bắt đầu khóa học' })).toBeVisible();
  await seedStorage(page, { 'cdl.progress': passed12() });
  await expectNextEverywhere(page, continue13, '/vi/courses/data-thinking/summarising-numbers/');
  await page.goto('/vi/courses/data-thinking/data-quality/');
  await expect(page.locator('header [data-progress-module]')).toHaveText('Đã hoàn thành · điểm cao nhất 100%');
  await expect(page.locator('header .meta')).toContainText('Trình độ: Nhận biết');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test("with an assigned path, every page and the path card name the path's first module not done", async ({ page }) => {
  await page.goto('/vi/');
  const path = { title: 'Cán bộ xã', modules: [M('data-in-public-work'), M('data-quality'), M('summarising-numbers')] };
  await seedStorage(page, {
    'cdl.progress': passed12({ abc123: { path, addedAt: '2026-11-19T08:00:00.000Z' } }),
  });
  await expectNextEverywhere(page, continue11, '/vi/courses/data-thinking/data-in-public-work/');
  await expect(page.locator('.assigned-path')).toContainText(
    'Học tiếp: Học phần 1.1 – Dữ liệu trong công việc công vụ',
  );
});

test('a quiz passed on the module page marks the module completed there, without a reload', async ({ page }) => {
  await page.goto('/en/courses/data-thinking/data-quality/');
  await quizReady(page);
  await expect(page.locator('header [data-progress-module]')).toHaveText('In progress'); // the visit counts
  await page.locator('quiz-island').getByRole('button', { name: words.en.start }).click();
  await takePracticeQuiz(page, 'en', () => true);
  await expect(page.locator('header [data-progress-module]')).toHaveText('Completed · best score 100%');
});
