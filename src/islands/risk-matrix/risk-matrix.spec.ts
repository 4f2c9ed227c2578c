import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  referencePick,
  riskExerciseOf,
  riskGroup,
  riskIsland,
  riskMatrixReady,
  RISK_MODULE,
  RISK_PAGE,
  riskWords,
  stored,
  wrongPick,
  type Pick,
} from '../../../tests/e2e/risk-matrix-helpers';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const EXERCISE = 'risks-of-acting-on-the-dashboard';
const DRAFT = `${RISK_MODULE}#${EXERCISE}`;
const attemptsOf = (record: any) => record?.modules?.[RISK_MODULE]?.exercises?.[EXERCISE]?.attempts ?? [];

async function axeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('section.risk-matrix').withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
}

/** Chooses one risk's three parts with the mouse (or the finger, with `tap`): the select's own option list. */
async function pickBy(page: Page, riskId: string, pick: Pick, lang: 'vi' | 'en', how: 'click' | 'tap') {
  const group = riskGroup(page, riskId);
  const w = riskWords[lang];
  for (const [label, value] of [
    [w.likelihood, String(pick.likelihood)],
    [w.impact, String(pick.impact)],
    [w.treatment, pick.treatment],
  ] as const) {
    const select = group.getByLabel(label, { exact: true });
    await (how === 'tap' ? select.tap() : select.click());
    await select.selectOption(value);
  }
}

test('by keyboard: each risk chosen with the arrow keys, the matrix fills as it goes, and Check marks and records it', async ({
  page,
}) => {
  await page.goto(RISK_PAGE.en);
  await riskMatrixReady(page);
  const exercise = await riskExerciseOf(page);
  // The tolerance and how a risk scores are said before the learner starts.
  await expect(page.locator('.rm-rule')).toHaveText(/no more than 1 level away on each axis/);

  const first = riskGroup(page, exercise.risks[0]!.id).getByLabel('Likelihood', { exact: true });
  await first.focus();
  for (const [index, risk] of exercise.risks.entries()) {
    const pick = index === 0 ? wrongPick(risk) : referencePick(risk);
    // A closed select moves one option per ArrowDown, from "Choose…": level n is n presses, a treatment its place.
    for (const steps of [
      pick.likelihood,
      pick.impact,
      ['avoid', 'reduce', 'share', 'accept'].indexOf(pick.treatment) + 1,
    ]) {
      for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
    }
    if (index === 0) {
      // The matrix names the risk in the cell it was placed in (row: likelihood, column: impact).
      const row = riskIsland(page)
        .locator('.rm-matrix tbody tr')
        .nth(5 - pick.likelihood);
      const label = await riskGroup(page, risk.id).locator('legend strong').textContent();
      await expect(row.locator('td').nth(pick.impact - 1)).toHaveText(`1. ${label}`);
      await expect(riskIsland(page).locator('.rm-unplaced')).toHaveText(/^Not on the matrix yet: Risk 2, Risk 3/);
    }
  }
  await expect(riskIsland(page).locator('.rm-unplaced')).toHaveText('Every risk is on the matrix.');
  await expect(riskIsland(page).getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');

  const total = exercise.risks.length;
  const result = riskIsland(page).locator('.rm-result');
  await expect(result).toHaveText(
    `You got ${total - 1} of ${total} right (${Math.floor(((total - 1) * 100) / total)}%).`,
  );
  await expect(result).toBeFocused();
  await expect(riskIsland(page).locator('.rm-pass')).toHaveText('Passed (pass mark 60%).');
  // The first risk explains each difference, with the reference's reasons.
  const missed = riskGroup(page, exercise.risks[0]!.id).locator('.rm-feedback');
  await expect(missed.locator('.rm-verdict')).toHaveText('✗ Does not score');
  await expect(missed).toContainText(`You rated the likelihood 1, the reference ${exercise.risks[0]!.likelihood}`);
  await expect(missed).toContainText(exercise.risks[0]!.explanation);
  await expect(riskGroup(page, exercise.risks[1]!.id).locator('.rm-verdict')).toHaveText('✓ Scores');

  const attempts = attemptsOf(await stored(page));
  expect(attempts).toHaveLength(1);
  expect(attempts[0]).toMatchObject({ kind: 'risk-matrix', lang: 'en', score: total - 1, total, passed: true });
  expect(attempts[0].missed).toEqual([exercise.risks[0]!.id]);
  expect(attempts[0].response[1]).toBe(
    `${exercise.risks[1]!.id}:${exercise.risks[1]!.likelihood}x${exercise.risks[1]!.impact}:${exercise.risks[1]!.treatments[0]}`,
  );
  expect((await stored(page)).inProgress[DRAFT]).toBeUndefined();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('by touch: every risk chosen and checked, nothing scrolls sideways, and trying again starts empty', async ({
    page,
  }) => {
    await page.goto(RISK_PAGE.vi);
    await riskMatrixReady(page);
    const exercise = await riskExerciseOf(page);
    for (const risk of exercise.risks) await pickBy(page, risk.id, wrongPick(risk), 'vi', 'tap');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    // Controls big enough for a finger.
    const box = await riskGroup(page, exercise.risks[0]!.id).getByLabel('Cách xử lý', { exact: true }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);

    await riskIsland(page).getByRole('button', { name: 'Kiểm tra' }).tap();
    await expect(riskIsland(page).locator('.rm-result')).toHaveText(`Bạn làm đúng 0/${exercise.risks.length} (0%).`);
    await expect(riskIsland(page).locator('.rm-fail')).toHaveText('Chưa đạt (mức đạt: 60%).');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);

    await riskIsland(page).getByRole('button', { name: 'Làm lại' }).tap();
    await expect(riskIsland(page).locator('.rm-best')).toHaveText('Kết quả tốt nhất của bạn: 0%.');
    for (const select of await riskIsland(page).locator('select').all()) await expect(select).toHaveValue('');
    await expect(riskIsland(page).locator('.rm-chip')).toHaveCount(0);
  });
});

test('by mouse: Check first says which risks are unfinished and goes to the first gap; a pass is the best so far', async ({
  page,
}) => {
  await page.goto(RISK_PAGE.vi);
  await riskMatrixReady(page);
  const exercise = await riskExerciseOf(page);
  const [first, second, ...rest] = exercise.risks;
  await pickBy(page, first!.id, referencePick(first!), 'vi', 'click');
  await riskGroup(page, second!.id).getByLabel('Khả năng xảy ra', { exact: true }).selectOption('2');
  await riskIsland(page).getByRole('button', { name: 'Kiểm tra' }).click();
  const names = [2, ...rest.map((_, i) => i + 3)].map((n) => `Rủi ro ${n}`).join(', ');
  await expect(riskIsland(page).getByRole('status').first()).toHaveText(
    `Hãy chọn đủ khả năng xảy ra, mức độ ảnh hưởng và cách xử lý cho: ${names}.`,
  );
  await expect(riskGroup(page, second!.id).getByLabel('Mức độ ảnh hưởng', { exact: true })).toBeFocused();
  expect(attemptsOf(await stored(page))).toHaveLength(0);

  for (const risk of [second!, ...rest]) await pickBy(page, risk.id, referencePick(risk), 'vi', 'click');
  await riskIsland(page).getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(riskIsland(page).locator('.rm-result')).toHaveText(
    `Bạn làm đúng ${exercise.risks.length}/${exercise.risks.length} (100%).`,
  );
  await expect(riskIsland(page).locator('.rm-best')).toHaveText('Kết quả tốt nhất của bạn: 100%.');
  // Practice: the module is not completed by it (counts: false), and the quiz is still what completes it.
  expect((await stored(page)).modules[RISK_MODULE].completedAt).toBeUndefined();
});

test('a reload picks up the unfinished matrix where it was, in the other language too', async ({ page }) => {
  await page.goto(RISK_PAGE.vi);
  await riskMatrixReady(page);
  const exercise = await riskExerciseOf(page);
  const [first, second] = exercise.risks;
  await pickBy(page, first!.id, wrongPick(first!), 'vi', 'click');
  await riskGroup(page, second!.id).getByLabel('Cách xử lý', { exact: true }).selectOption('share');
  expect((await stored(page)).inProgress[DRAFT]).toMatchObject({ machineVersion: 1, lang: 'vi' });

  await page.reload();
  await riskMatrixReady(page);
  await expect(riskIsland(page)).toContainText('Tiếp tục bài đang làm dở.');
  await expect(riskGroup(page, first!.id).getByLabel('Khả năng xảy ra', { exact: true })).toHaveValue(
    String(wrongPick(first!).likelihood),
  );
  await expect(riskGroup(page, second!.id).getByLabel('Cách xử lý', { exact: true })).toHaveValue('share');
  await expect(riskIsland(page).locator('.rm-chip')).toHaveCount(1);

  await page.goto(RISK_PAGE.en);
  await riskMatrixReady(page);
  await expect(riskIsland(page)).toContainText('Picking up where you left off.');
  await expect(riskGroup(page, second!.id).getByLabel('Treatment', { exact: true })).toHaveValue('share');
});

test('a saved draft that cannot be read starts empty, says so, and keeps the checked attempts', async ({ page }) => {
  await page.goto(RISK_PAGE.vi);
  await riskMatrixReady(page);
  const exercise = await riskExerciseOf(page);
  for (const risk of exercise.risks) await pickBy(page, risk.id, referencePick(risk), 'vi', 'click');
  await riskIsland(page).getByRole('button', { name: 'Kiểm tra' }).click();
  await riskIsland(page).getByRole('button', { name: 'Làm lại' }).click();
  await riskGroup(page, exercise.risks[0]!.id).getByLabel('Cách xử lý', { exact: true }).selectOption('accept');
  await page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem('cdl.progress')!);
    record.inProgress[key].snapshot = { status: 'active', value: 'checked', context: null };
    localStorage.setItem('cdl.progress', JSON.stringify(record));
  }, DRAFT);
  await page.reload();
  await riskMatrixReady(page);
  await expect(riskIsland(page)).toContainText('Không đọc được phần bài đang làm dở đã lưu');
  await expect(riskIsland(page)).not.toContainText('Tiếp tục bài đang làm dở');
  await expect(riskIsland(page).locator('.rm-best')).toHaveText('Kết quả tốt nhất của bạn: 100%.');
  const record = await stored(page);
  expect(record.inProgress[DRAFT]).toBeUndefined();
  expect(attemptsOf(record)).toHaveLength(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in any state, ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(RISK_PAGE.vi);
    await riskMatrixReady(page);
    const exercise = await riskExerciseOf(page);
    await axeClean(page); // empty
    await pickBy(page, exercise.risks[0]!.id, referencePick(exercise.risks[0]!), 'vi', 'click');
    await riskIsland(page).getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(riskIsland(page).getByRole('status').first()).not.toBeEmpty();
    await axeClean(page); // partly chosen, told what is missing
    for (const risk of exercise.risks.slice(1)) await pickBy(page, risk.id, wrongPick(risk), 'vi', 'click');
    await riskIsland(page).getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(riskIsland(page).locator('.rm-result')).toBeVisible();
    await axeClean(page); // checked, with every explanation
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the task, the scenario, the scales, the treatments and the risks are readable, with the note', async ({
    page,
  }) => {
    await page.goto(RISK_PAGE.vi);
    const section = page.locator('section.risk-matrix');
    await expect(section.getByRole('heading', { name: 'Cân nhắc rủi ro trước khi quyết định' })).toBeVisible();
    await expect(section.locator('.rm-scenario')).toContainText('phường Đông Hòa');
    await expect(section.getByRole('table', { name: 'Khả năng xảy ra' }).locator('tbody tr')).toHaveCount(5);
    await expect(section.getByRole('table', { name: 'Mức độ ảnh hưởng' })).toContainText('Nghiêm trọng');
    await expect(section.locator('.rm-treatments li')).toHaveCount(4);
    await expect(section.locator('.rm-fallback-risks > li')).toHaveCount(6);
    await expect(section.locator('.exercise-noscript')).toBeVisible();
    await expect(section.locator('select')).toHaveCount(0);
  });
});
