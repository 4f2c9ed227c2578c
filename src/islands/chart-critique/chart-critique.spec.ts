import AxeBuilder from '@axe-core/playwright';
import { chartText } from '../../../tests/e2e/chart-text';
import { expect, test, type Page } from '@playwright/test';

// Course 1 module 4 places the chart critique after the part on axes and time ranges.
const PAGE = { vi: '/vi/courses/data-thinking/reading-charts/', en: '/en/courses/data-thinking/reading-charts/' };
const MODULE_KEY = 'data-thinking/reading-charts';
const EXERCISE = 'immunisation-chart';
const DRAFT_KEY = `${MODULE_KEY}#${EXERCISE}`;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const words = {
  vi: {
    truncated: 'Trục tung bắt đầu từ 90% thay vì từ 0.',
    range: 'Chỉ đưa bốn năm gần nhất, bỏ các năm trước.',
    dual: 'Có hai trục tung với thang đo tự chọn.',
    check: 'Kiểm tra',
    retry: 'Làm lại',
    redrawn: 'Biểu đồ đã vẽ lại',
  },
  en: {
    truncated: 'The value axis starts at 90% instead of 0.',
    range: 'It shows only the last four years and drops the earlier ones.',
    dual: 'It has two value axes on scales the author chose.',
    check: 'Check',
    retry: 'Try again',
    redrawn: 'The chart redrawn',
  },
};

const island = (page: Page) => page.locator('chart-critique-island');
const redrawn = (page: Page) => island(page).locator('[data-chart="corrected"]');
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('cdl.progress') ?? 'null'));
const attempts = async (page: Page) =>
  (await stored(page))?.modules?.[MODULE_KEY]?.exercises?.[EXERCISE]?.attempts ?? [];

/** Scrolls to the exercise, as a learner does, and waits until its code has come and turned the list into boxes. */
async function reach(page: Page) {
  await island(page).scrollIntoViewIfNeeded();
  await expect(island(page).getByRole('checkbox').first()).toBeVisible();
}

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('section.critique').withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
}

test('by keyboard: tick the two misleading choices, check, and the redrawn chart appears beside the published one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGE.vi);
  await reach(page);
  const boxes = island(page).getByRole('checkbox');
  await expect(boxes).toHaveCount(5);
  // Until checked, the redrawn chart and the answers are nowhere on the page.
  await expect(page.getByText(words.vi.redrawn)).toHaveCount(0);
  await expect(island(page)).not.toContainText('Tính từ 90, cột năm 2025');

  // From the published chart (drawn at build time, nothing in it to focus), Tab reaches the first option.
  await island(page)
    .locator('[data-chart="misleading"]')
    .evaluate((el: HTMLElement) => {
      el.tabIndex = -1;
      el.focus();
    });
  await page.keyboard.press('Tab');
  await expect(boxes.first()).toBeFocused();
  await expect(boxes.first()).not.toBeChecked();
  expect(await boxes.first().evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(island(page).getByRole('button', { name: words.vi.check })).toBeFocused();
  await page.keyboard.press('Enter');

  const result = island(page).getByRole('heading', { level: 3 });
  await expect(result).toHaveText('Bạn làm đúng 5/5 (100%).');
  await expect(result).toBeFocused();
  await expect(island(page)).toContainText('Đạt (mức đạt: 80%).');
  await expect(island(page)).toContainText('Bạn tìm ra 2/2 điều gây hiểu nhầm và chọn nhầm 0 ý không phải vấn đề.');
  // Each option says what the learner did with it and why.
  const feedback = island(page).locator('.critique-feedback > li');
  await expect(feedback).toHaveCount(5);
  await expect(feedback.nth(0)).toContainText('Bạn đã chọn ý này: đúng, nó gây hiểu nhầm.');
  await expect(feedback.nth(0)).toContainText('5,0 ÷ 2,3 ≈ 2,2 lần');
  await expect(feedback.nth(2)).toContainText('Bạn không chọn ý này: đúng, đây không phải vấn đề của biểu đồ này.');

  // Beside the published chart, on one row, at desktop width.
  await expect(redrawn(page)).toBeVisible();
  await expect(redrawn(page)).toContainText(words.vi.redrawn);
  const published = await island(page).locator('[data-chart="misleading"]').boundingBox();
  const beside = await redrawn(page).boundingBox();
  expect(beside!.x).toBeGreaterThan(published!.x + published!.width - 1);
  expect(Math.abs(beside!.y - published!.y)).toBeLessThan(2);

  const [attempt] = await attempts(page);
  expect(attempt).toMatchObject({
    lang: 'vi',
    kind: 'chart-critique',
    score: 5,
    total: 5,
    percent: 100,
    passed: true,
    missed: [],
    wrongFlags: 0,
    response: ['truncated-axis', 'short-range'],
  });
  expect((await stored(page)).inProgress[DRAFT_KEY]).toBeUndefined();

  // "Try again" is reached by Tab and starts an empty try; the chart goes out of sight again, the best stays.
  const retry = island(page).getByRole('button', { name: words.vi.retry });
  for (let i = 0; i < 8 && !(await retry.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(retry).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(boxes.first()).toBeFocused();
  for (const box of await boxes.all()) await expect(box).not.toBeChecked();
  await expect(redrawn(page)).toHaveCount(0);
  await expect(island(page)).toContainText('Kết quả tốt nhất của bạn: 100%.');
});

test.describe('by touch on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 760 }, hasTouch: true, isMobile: true });

  test('tap the options, check, and read the result without the page scrolling sideways', async ({ page }) => {
    await page.goto(PAGE.vi);
    await reach(page);
    // Each option's row is a thumb-sized target.
    for (const label of await island(page).locator('.critique-option label').all())
      expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await island(page).getByText(words.vi.truncated).tap();
    await island(page).getByText(words.vi.dual).tap();
    await island(page).getByRole('button', { name: words.vi.check }).tap();
    await expect(island(page).getByRole('heading', { level: 3 })).toHaveText('Bạn làm đúng 3/5 (60%).');
    await expect(island(page)).toContainText('Chưa đạt (mức đạt: 80%).');
    await expect(island(page).locator('[data-option="short-range"]')).toContainText(
      'Bạn đã bỏ sót ý này: nó có gây hiểu nhầm.',
    );
    // The redrawn chart is under the published one on a phone, and both fit the screen.
    await expect(redrawn(page)).toBeVisible();
    const published = await island(page).locator('[data-chart="misleading"]').boundingBox();
    expect((await redrawn(page).boundingBox())!.y).toBeGreaterThan(published!.y + published!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Both charts drawn in their phone layout: every label at least 12 px, none cut at the screen's edge.
    const critiqueCharts = await chartText(page, 'section.critique .chart');
    expect(critiqueCharts).toHaveLength(2);
    for (const chart of critiqueCharts) {
      expect(chart.smallest, chart.title).toBeGreaterThanOrEqual(12);
      expect(chart.cut, chart.title).toEqual([]);
    }
    expect(
      (await island(page).getByRole('button', { name: words.vi.retry }).boundingBox())!.height,
    ).toBeGreaterThanOrEqual(44);
    const [attempt] = await attempts(page);
    expect(attempt).toMatchObject({ score: 3, percent: 60, passed: false, wrongFlags: 1 });
    expect(attempt.missed).toEqual(['short-range', 'dual-axis']);
  });
});

test('by mouse in English: checking with nothing ticked asks for a pick first, and a distractor is explained', async ({
  page,
}) => {
  await page.goto(PAGE.en);
  await reach(page);
  const check = island(page).getByRole('button', { name: words.en.check });
  await check.click();
  await expect(island(page).getByRole('status').first()).toHaveText(
    'Pick at least one thing that misleads, then check.',
  );
  expect(await attempts(page)).toEqual([]);
  await island(page).getByText(words.en.range).click();
  await island(page).getByText(words.en.dual).click();
  await island(page).getByText(words.en.dual).click(); // changed their mind
  await check.click();
  await expect(island(page).getByRole('heading', { level: 3 })).toHaveText('You got 4 of 5 right (80%).');
  await expect(island(page)).toContainText('Passed (pass mark 80%).');
  await expect(island(page).locator('[data-option="truncated-axis"]')).toContainText(
    'You missed this one: it does mislead.',
  );
  await expect(island(page).locator('[data-option="dual-axis"]')).toContainText(
    'there is no crossing that a choice of scales could have made',
  );
  const [attempt] = await attempts(page);
  expect(attempt).toMatchObject({ lang: 'en', response: ['short-range'], missed: ['truncated-axis'] });
});

test('an unfinished critique comes back after a reload and in the other language; a damaged one starts fresh', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(PAGE.vi);
  await reach(page);
  await island(page).getByText(words.vi.range).click();
  await island(page).getByText(words.vi.dual).click();
  expect((await stored(page)).inProgress[DRAFT_KEY]).toMatchObject({ machineVersion: 1, lang: 'vi' });

  await page.reload();
  await reach(page);
  await expect(island(page)).toContainText('Tiếp tục bài đang làm dở.');
  await expect(island(page).getByLabel(words.vi.range)).toBeChecked();
  await expect(island(page).getByLabel(words.vi.dual)).toBeChecked();
  await expect(island(page).getByLabel(words.vi.truncated)).not.toBeChecked();

  // The same exercise in English: the same ticks, in English words.
  await page.goto(PAGE.en);
  await reach(page);
  await expect(island(page)).toContainText('Picking up where you left off.');
  await expect(island(page).getByLabel(words.en.range)).toBeChecked();
  await island(page).getByText(words.en.range).click();
  // Going on ends the "picking up" note.
  await expect(island(page)).not.toContainText('Picking up where you left off.');

  // Spoil the draft as storage can (a hand edit, an old bug): an option that does not exist.
  await page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem('cdl.progress')!);
    record.inProgress[key].snapshot.context.picked = ['pie-chart'];
    localStorage.setItem('cdl.progress', JSON.stringify(record));
  }, DRAFT_KEY);
  await page.goto(PAGE.vi);
  await reach(page);
  await expect(island(page)).toContainText('Không đọc được phần bài đang làm dở đã lưu nên bài được bắt đầu lại');
  await expect(island(page)).not.toContainText('Tiếp tục bài đang làm dở.');
  for (const box of await island(page).getByRole('checkbox').all()) await expect(box).not.toBeChecked();
  expect((await stored(page)).inProgress[DRAFT_KEY]).toBeUndefined();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the task, the chart and the options are readable, the answers folded after them', async ({ page }) => {
    await page.goto(PAGE.vi);
    const section = page.locator('section.critique');
    await expect(section.locator('.exercise-noscript')).toBeVisible();
    await expect(section.locator('.exercise-noscript')).toContainText('cần JavaScript');
    await expect(section).toContainText('Sở Y tế tỉnh X');
    await expect(section.locator('[data-chart="misleading"] .chart')).toBeVisible();
    // Drawn as published: the axis break shows, but no sentence under the chart gives the first answer away.
    await expect(section.locator('[data-chart="misleading"] .chart-axis-note')).toHaveCount(0);
    await expect(section.locator('[data-chart="misleading"] .chart-break').first()).toBeAttached();
    await expect(section.locator('[data-option]')).toHaveCount(5);
    await expect(section.locator('[data-option="truncated-axis"]')).toHaveText(words.vi.truncated);
    await expect(section.locator('[data-option="truncated-axis"]')).toBeVisible();
    const answers = section.locator('details.critique-answers');
    await expect(answers.locator('[data-chart="corrected"] .chart')).toBeHidden();
    await answers.locator(':scope > summary').click();
    await expect(answers.locator('[data-chart="corrected"] .chart')).toBeVisible();
    await expect(answers).toContainText('Đây là điểm gây hiểu nhầm của biểu đồ này.');
    await expect(answers).toContainText('Đây không phải vấn đề của biểu đồ này.');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the critique has no WCAG 2.2 AA violations while working, with a notice, and once checked', async ({
      page,
    }) => {
      await page.goto(PAGE.vi);
      await reach(page);
      await island(page).getByText(words.vi.dual).click();
      await expectAxeClean(page);
      await page.reload();
      await reach(page);
      await expect(island(page).locator('.notice')).toBeVisible();
      await island(page).getByRole('button', { name: words.vi.check }).click();
      await expect(redrawn(page)).toBeVisible();
      await expectAxeClean(page);
      await page.goto(PAGE.en);
      await reach(page);
      await island(page).getByRole('button', { name: words.en.check }).click();
      await expect(island(page).getByRole('status').first()).not.toBeEmpty();
      await expectAxeClean(page);
    });
  });
}
