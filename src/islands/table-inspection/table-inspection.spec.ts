import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The data-quality module's exercise: 16 rows of An Phú's first-quarter list, seven planted problems. */
const VI = '/vi/courses/data-thinking/data-quality/';
const EN = '/en/courses/data-thinking/data-quality/';
const MODULE_KEY = 'data-thinking/data-quality';
const EXERCISE = 'allowance-list-q1';
const DRAFT = `${MODULE_KEY}#${EXERCISE}`;

const island = (page: Page) => page.locator('table-inspection-island');
const mark = (page: Page, row: string) => page.locator(`select[data-mark="${row}"]`);
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('cdl.progress') ?? 'null'));
const attempts = async (page: Page) =>
  (await stored(page))?.modules?.[MODULE_KEY]?.exercises?.[EXERCISE]?.attempts ?? [];

/** Brings the exercise on screen, as a learner scrolls to it, and waits until its code has added the marks. */
async function ready(page: Page) {
  await island(page).scrollIntoViewIfNeeded();
  await expect(mark(page, '01')).toBeVisible();
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function expectNoAxeViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).include('section.table-inspection').withTags(axeTags).analyze();
  expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
}

// Six problems found (two of them by their second accepted dimension), one half-found, one clean row flagged:
// 6 × 2 + 1 − 1 = 12 of 14 points, 85%.
const MARKS: Record<string, string> = {
  '03': 'accuracy', // stale review: right row, another dimension
  '04': 'uniqueness',
  '05': 'validity', // "Ben Do": consistency, or validity (not in the commune's list)
  '06': 'validity', // a 99-year-old is valid: flagged wrongly
  '07': 'completeness',
  '09': 'validity',
  '10': 'consistency', // amount against coefficient: accuracy, or a contradiction within the row
  '11': 'validity',
};

test.describe('by mouse, on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('marks rows, checks, sees found, half-found, missed and flagged wrongly, and the attempt is recorded', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(VI);
    await ready(page);
    await expect(page.getByText('Bài thực hành này cần JavaScript')).toBeHidden();
    // With the marking running, the answers wait for Check.
    await expect(island(page).locator('details')).toHaveCount(0);
    await expectNoAxeViolations(page, 'working');
    for (const [row, dimension] of Object.entries(MARKS)) await mark(page, row).selectOption(dimension);
    await expect(island(page)).toContainText('Bạn đã đánh dấu 8/16 dòng.');
    await island(page).getByRole('button', { name: 'Kiểm tra' }).click();

    const title = island(page).getByRole('heading', { level: 3, name: 'Bạn được 12/14 điểm (85%).' });
    await expect(title).toBeFocused();
    await expect(island(page)).toContainText('Đạt (mức đạt: 70%).');
    await expect(island(page)).toContainText('Tìm đúng: 6. Đúng dòng, khác khía cạnh: 1. Bỏ sót: 0. Đánh dấu nhầm: 1.');
    const stale = island(page).locator('[data-problem="stale-review"]');
    await expect(stale).toContainText('½ Đúng dòng, khác khía cạnh: Dòng 03, 08');
    await expect(stale).toContainText('Khía cạnh: Kịp thời · Cột “Rà soát”');
    await expect(stale).toContainText('Bạn chọn: Chính xác (dòng 03)');
    await expect(stale).toContainText('Đợt rà soát đã sót hai người này.');
    await expect(island(page).locator('[data-problem="amount-off-rule"]')).toContainText(
      'Khía cạnh: Chính xác hoặc Nhất quán',
    );
    await expect(island(page).locator('[data-wrong-flag="06"]')).toHaveText(
      'Dòng 06: bạn chọn “Hợp lệ”, nhưng dòng này không có lỗi.',
    );
    // In the table: what each marked row came to; the problem's cell outlined; the marks no longer editable.
    await expect(page.locator('tr[data-row="06"] .inspection-verdict')).toHaveText('✗ Đánh dấu nhầm');
    await expect(page.locator('tr[data-row="10"] .inspection-verdict')).toHaveText('✓ Tìm đúng');
    await expect(page.locator('tr[data-row="10"] [data-column="monthly_amount"]')).toHaveClass(/is-problem-cell/);
    await expect(page.locator('tr[data-row="12"] .inspection-verdict')).toHaveCount(0); // its copy, row 04, was found
    await expect(mark(page, '01')).toBeHidden();
    await expectNoAxeViolations(page, 'checked');

    const [attempt] = await attempts(page);
    expect(attempt).toMatchObject({
      kind: 'table-inspection',
      lang: 'vi',
      score: 12,
      total: 14,
      percent: 85,
      passed: true,
      missed: ['stale-review'],
      wrongFlags: 1,
      response: [
        'r03:accuracy',
        'r04:uniqueness',
        'r05:validity',
        'r06:validity',
        'r07:completeness',
        'r09:validity',
        'r10:consistency',
        'r11:validity',
      ],
    });
    // Checked, the unfinished draft is gone: a reload starts a clean table, with the best so far.
    expect((await stored(page)).inProgress[DRAFT]).toBeUndefined();
    await island(page).getByRole('button', { name: 'Làm lại' }).click();
    await expect(mark(page, '01')).toBeFocused();
    await expect(mark(page, '04')).toHaveValue('');
    await expect(island(page)).toContainText('Kết quả tốt nhất của bạn: 85%.');
    expect(errors).toEqual([]);
  });

  test('checking with nothing marked says to mark a row first and records nothing', async ({ page }) => {
    await page.goto(EN);
    await ready(page);
    await island(page).getByRole('button', { name: 'Check' }).click();
    await expect(island(page).getByRole('status')).toHaveText('Mark at least one row before checking.');
    expect(await attempts(page)).toEqual([]);
  });
});

test.describe('in the dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('is axe clean working and checked', async ({ page }) => {
    await page.goto(EN);
    await ready(page);
    await mark(page, '06').selectOption('validity');
    await mark(page, '09').selectOption('validity');
    await expectNoAxeViolations(page, 'dark, working');
    await island(page).getByRole('button', { name: 'Check' }).click();
    await expect(island(page)).toContainText('You scored 1 of 14 points (7%).');
    await expectNoAxeViolations(page, 'dark, checked');
  });
});

test('by keyboard alone: choose with the arrow keys, check, and try again, focus always visible', async ({ page }) => {
  await page.goto(EN);
  await ready(page);
  // Arrive at the first row's mark as Tab would after the table; from here on only keys.
  await mark(page, '01').focus();
  const outline = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(mark(page, '04')).toBeFocused();
  expect(await outline()).not.toBe('none');
  // No problem → Accuracy → Completeness → Consistency → Timeliness → Validity → Uniqueness.
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await expect(mark(page, '04')).toHaveValue('uniqueness');
  for (let i = 0; i < 13; i++) await page.keyboard.press('Tab'); // rows 05…16, then Check
  const check = island(page).getByRole('button', { name: 'Check' });
  await expect(check).toBeFocused();
  expect(await outline()).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(island(page).getByRole('heading', { name: 'You scored 2 of 14 points (14%).' })).toBeFocused();
  await expect(island(page)).toContainText('Not passed yet (pass mark 70%).');
  await expect(island(page).locator('[data-problem="duplicate-p12"]')).toContainText('✓ Found: Rows 04, 12');
  await expect(island(page).locator('[data-problem="missing-coefficient"]')).toContainText('✗ Missed: Row 07');
  await page.keyboard.press('Tab');
  await expect(island(page).getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mark(page, '01')).toBeFocused();
  expect((await attempts(page))[0]).toMatchObject({
    lang: 'en',
    score: 2,
    missed: expect.arrayContaining(['stale-review']),
  });
});

test.describe('by touch on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('each row is a card with a full-width mark, the page never scrolls sideways, and targets are 44 px', async ({
    page,
  }) => {
    await page.goto(VI);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    const select = mark(page, '09');
    await select.tap();
    await select.selectOption('validity');
    const box = (await select.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThan(240); // the card's width, not a cell's
    await expect(page.locator('tr[data-row="09"] label')).toBeVisible(); // "Lỗi ở dòng 09" above it
    const check = island(page).getByRole('button', { name: 'Kiểm tra' });
    expect((await check.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await check.tap();
    await expect(island(page)).toContainText('Bạn được 2/14 điểm (14%).');
    // Checked, the card says what was chosen and how it came out, not a label for a select that is gone.
    await expect(page.locator('tr[data-row="09"] label')).toBeHidden();
    await expect(page.locator('tr[data-row="09"] .inspection-verdict')).toHaveText('✓ Tìm đúng');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await expectNoAxeViolations(page, 'phone, checked');
  });
});

test('an unfinished inspection comes back after a reload, and in the other language', async ({ page }) => {
  await page.goto(VI);
  await ready(page);
  await mark(page, '04').selectOption('uniqueness');
  await mark(page, '13').selectOption('consistency');
  await mark(page, '13').selectOption(''); // unmarked again: not in the draft
  await mark(page, '11').selectOption('validity');
  const draft = (await stored(page)).inProgress[DRAFT];
  expect(draft.snapshot.context.marks).toEqual({ '04': 'uniqueness', '11': 'validity' });

  await page.reload();
  await ready(page);
  await expect(island(page)).toContainText('Tiếp tục bài đang làm dở.');
  await expect(mark(page, '04')).toHaveValue('uniqueness');
  await expect(mark(page, '11')).toHaveValue('validity');
  await expect(mark(page, '13')).toHaveValue('');

  // The same table and key in English: the draft follows the learner there.
  await page.goto(EN);
  await ready(page);
  await expect(island(page)).toContainText('Picking up where you left off.');
  await expect(mark(page, '04')).toHaveValue('uniqueness');
  await island(page).getByRole('button', { name: 'Check' }).click();
  await expect(island(page)).toContainText('You scored 4 of 14 points (28%).');
  expect((await stored(page)).inProgress[DRAFT]).toBeUndefined();
});

test('a draft saved for another version of the exercise starts clean, says so, and keeps the attempts', async ({
  page,
}) => {
  await page.goto(VI);
  await ready(page);
  await mark(page, '04').selectOption('uniqueness');
  await island(page).getByRole('button', { name: 'Kiểm tra' }).click();
  await island(page).getByRole('button', { name: 'Làm lại' }).click();
  await mark(page, '07').selectOption('completeness');
  await page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem('cdl.progress')!);
    record.inProgress[key].quizHash = 'an-older-table';
    localStorage.setItem('cdl.progress', JSON.stringify(record));
  }, DRAFT);
  await page.reload();
  await ready(page);
  await expect(island(page)).toContainText('Bài thực hành đã thay đổi từ lần bạn làm dở nên bài được bắt đầu lại');
  await expect(mark(page, '07')).toHaveValue('');
  expect(await attempts(page)).toHaveLength(1);
  await expect(island(page)).toContainText('Kết quả tốt nhất của bạn: 14%.');
});

test('without JavaScript the task and all 16 rows are readable, with the note that marking needs JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(VI);
  const section = page.locator('section.table-inspection');
  await expect(section.getByText('Bài thực hành này cần JavaScript')).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Tự soát danh sách quý I/2026 của xã An Phú' })).toBeVisible();
  await expect(section.locator('tbody tr')).toHaveCount(16);
  await expect(section.locator('tr[data-row="09"]')).toContainText('1958-02-30');
  await expect(section).toContainText('tiền mỗi tháng bằng mức chuẩn 500.000 đồng nhân hệ số');
  await expect(section.locator('select')).toHaveCount(0);
  // The answers, folded away, so a reader checking on paper can still compare: each problem with its explanation.
  const answers = section.locator('details');
  await answers.getByText('Xem đáp án: các lỗi trong bảng và lời giải thích').click();
  await expect(answers.locator('li')).toHaveCount(7);
  await expect(answers).toContainText('Dòng 10 · Chính xác hoặc Nhất quán');
  await expect(answers).toContainText('tháng Hai không có ngày 30');
  await context.close();
});
