import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answer, quizOf, quizReady, words } from '../../../tests/e2e/quiz-helpers';

// Issue 13, "The quiz": a score that matches the feedback, no stale text, feedback readable on a phone.
const PRACTICE = '/vi/courses/data-thinking/data-in-public-work/';
const UNITS = '/vi/courses/data-thinking/data-quality/';
const island = (page: Page) => page.locator('quiz-island');
const w = words.vi;

test('practice: the scoring rule is said first; a retried answer shows as right but not counted, in the result and the review', async ({
  page,
}) => {
  await page.goto(PRACTICE);
  await quizReady(page);
  const rule = 'Cách tính điểm: mỗi câu chỉ tính lần trả lời đầu tiên.';
  await expect(island(page)).toContainText(rule);
  await island(page).getByRole('button', { name: w.start }).click();
  const quiz = await quizOf(page);
  const n = quiz.questions.length;

  // Wrong, then retried to right: the old verdict goes with the retry, the new one says it does not count.
  await answer(page, quiz.questions[0]!, 'vi', false);
  await island(page).getByRole('button', { name: w.check }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText('Chưa chính xác.');
  await expect(island(page).locator('.quiz-status')).toBeHidden(); // said once, in the feedback, not again below
  await island(page).getByRole('button', { name: w.tryAgain }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveCount(0);
  await expect(island(page)).not.toContainText('Chưa chính xác.');
  await answer(page, quiz.questions[0]!, 'vi', true);
  await island(page).getByRole('button', { name: w.check }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText(
    'Chính xác ở lần làm lại; câu này không được tính điểm.',
  );
  await island(page).getByRole('button', { name: w.next }).click();

  // The next question opens clean: no verdict of the last one, on screen or for a screen reader.
  await expect(island(page).getByRole('heading', { level: 3 })).toHaveText(`Câu 2/${n}`);
  await expect(island(page).locator('.quiz-verdict')).toHaveCount(0);
  await expect(island(page)).not.toContainText('Chính xác');
  for (const [i, question] of quiz.questions.slice(1).entries()) {
    await answer(page, question, 'vi', true);
    await island(page).getByRole('button', { name: w.check }).click();
    await island(page)
      .getByRole('button', { name: i === n - 2 ? w.result : w.next })
      .click();
  }

  // Scored as the rule says (the retried one does not count), the sentence printed once, the rule beside it.
  const sentence = `Bạn trả lời đúng ngay lần đầu ${n - 1}/${n} câu (${Math.floor(((n - 1) * 100) / n)}%).`;
  await expect(island(page).locator('.quiz-result')).toHaveText(sentence);
  await expect(island(page).locator('.quiz-body').getByText(sentence)).toHaveCount(1);
  await expect(island(page).locator('.quiz-status')).toBeHidden();
  await expect(island(page).locator('.quiz-body')).toContainText(rule);
  // The result offers the next module of the course.
  await expect(island(page).getByRole('link', { name: /^Học phần tiếp theo: 1\.2\. / })).toHaveAttribute(
    'href',
    /\/vi\/courses\/data-thinking\/data-quality\/$/,
  );

  // The review says the same of the first question as the score did.
  await island(page).getByRole('button', { name: w.review }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText(/^Chính xác ở lần làm lại/);
  await island(page).getByRole('button', { name: w.next }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText('Chính xác.');
});

test('"picking up where you left off" is said when the quiz comes back, and goes once the learner goes on', async ({
  page,
}) => {
  await page.goto(PRACTICE);
  await quizReady(page);
  await island(page).getByRole('button', { name: w.start }).click();
  const quiz = await quizOf(page);
  await answer(page, quiz.questions[0]!, 'vi', true);
  await island(page).getByRole('button', { name: w.check }).click();
  await page.reload();
  await quizReady(page);
  await expect(island(page)).toContainText('Tiếp tục bài đang làm dở.');
  await island(page).getByRole('button', { name: w.next }).click();
  await expect(island(page).getByRole('heading', { level: 3 })).toHaveText(`Câu 2/${quiz.questions.length}`);
  await expect(island(page)).not.toContainText('Tiếp tục bài đang làm dở.');
});

test('feedback reads on a phone: ✓/✗ per option, what was missed, plain-weight text, no "Đúng." beside Đúng/Sai', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PRACTICE);
  await quizReady(page);
  await island(page).getByRole('button', { name: w.start }).click();
  const quiz = await quizOf(page);
  const weight = (selector: string) =>
    island(page)
      .locator(selector)
      .first()
      .evaluate((el) => Number(getComputedStyle(el).fontWeight));
  expect(await weight('legend')).toBeLessThan(600); // a long prompt is not a block of bold
  await answer(page, quiz.questions[0]!, 'vi', true);
  await island(page).getByRole('button', { name: w.check }).click();
  await island(page).getByRole('button', { name: w.next }).click();

  // Select-all, one right option chosen: it gets ✓, every other right one is named as missed.
  const multiple = quiz.questions[1]!;
  if (multiple.type !== 'multiple') throw new Error('question 2 is a select-all question');
  const rightOnes = multiple.options.filter((o) => o.correct);
  await island(page).getByLabel(rightOnes[0]!.text, { exact: true }).check();
  await island(page).getByRole('button', { name: w.check }).click();
  const items = island(page).locator('.quiz-explanations li');
  await expect(items).toHaveCount(rightOnes.length);
  const chosen = items.filter({ hasText: rightOnes[0]!.text });
  await expect(chosen.locator('.quiz-mark')).toHaveText('✓');
  await expect(chosen).toContainText('Bạn đã chọn ý này: đúng.');
  await expect(items.filter({ hasText: 'Bạn đã bỏ sót ý đúng này.' })).toHaveCount(rightOnes.length - 1);
  await expect(items.filter({ hasText: 'Bạn đã bỏ sót ý đúng này.' }).locator('.quiz-mark').first()).toHaveText('✗');
  expect(await weight('.quiz-explanations li p:last-child')).toBeLessThan(600);
  await island(page).getByRole('button', { name: w.next }).click();

  await answer(page, quiz.questions[2]!, 'vi', true);
  await island(page).getByRole('button', { name: w.check }).click();
  await island(page).getByRole('button', { name: w.next }).click();
  // True/false: the options are "Đúng" and "Sai", so the verdict is not "Đúng.".
  await answer(page, quiz.questions[3]!, 'vi', false);
  await island(page).getByRole('button', { name: w.check }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText('Chưa chính xác.');
  await island(page).getByRole('button', { name: w.tryAgain }).click();
  await answer(page, quiz.questions[3]!, 'vi', true);
  await island(page).getByRole('button', { name: w.check }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText(/^Chính xác/);
  await island(page).getByRole('button', { name: w.next }).click();

  // A number field holding words says so beside the field, and is not taken for "no answer".
  const field = island(page).getByLabel(w.number, { exact: true });
  await field.fill('khoảng hai ngày');
  await island(page).getByRole('button', { name: w.check }).click();
  const error = island(page).locator('.field-error');
  await expect(error).toHaveText('“khoảng hai ngày” không phải là một số. Hãy chỉ nhập chữ số, ví dụ 7,6.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await expect(island(page).locator('.quiz-verdict')).toHaveCount(0);
  await expect(island(page).locator('.quiz-status')).toBeHidden();
  await field.fill('1,6');
  await expect(error).toBeHidden();
  await expect(field).toHaveAttribute('aria-invalid', 'false');
});

test('a number given in another unit (8.750.000 for 8,75 triệu đồng) gets a hint about the unit', async ({ page }) => {
  await page.goto(UNITS);
  await quizReady(page);
  await island(page).getByRole('button', { name: w.start }).click();
  const quiz = await quizOf(page);
  const at = quiz.questions.findIndex((q) => q.type === 'numeric' && q.unit === 'triệu đồng');
  for (const [i, question] of quiz.questions.slice(0, at).entries()) {
    await answer(page, question, 'vi', true);
    await island(page).getByRole('button', { name: w.check }).click();
    await expect(island(page).getByRole('heading', { level: 3 })).toHaveText(`Câu ${i + 1}/${quiz.questions.length}`);
    await island(page).getByRole('button', { name: w.next }).click();
  }
  await island(page).getByLabel(w.number, { exact: true }).fill('8.750.000');
  await island(page).getByRole('button', { name: w.check }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText('Chưa chính xác.');
  await expect(island(page).locator('.quiz-unit-hint')).toHaveText(
    'Số bạn nhập bằng 1.000.000 lần đáp án: hãy kiểm tra đơn vị (đáp án tính bằng triệu đồng).',
  );
  // A plain arithmetic slip gets no unit hint.
  await island(page).getByRole('button', { name: w.tryAgain }).click();
  await island(page).getByLabel(w.number, { exact: true }).fill('13,25');
  await island(page).getByRole('button', { name: w.check }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText('Chưa chính xác.');
  await expect(island(page).locator('.quiz-unit-hint')).toHaveCount(0);
});

// The new feedback parts (✓/✗ marks, "right on a retry", the field error, the unit hint, the way on) keep their
// contrast in both colour schemes.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    test('on the new feedback, the field error, the unit hint and a failed result with the way on', async ({
      page,
    }) => {
      const axe = async (state: string) => {
        const { violations } = await new AxeBuilder({ page })
          .include('quiz-island')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual(
          [],
        );
      };
      await page.goto(UNITS);
      await quizReady(page);
      await island(page).getByRole('button', { name: w.start }).click();
      const quiz = await quizOf(page);
      for (const [i, question] of quiz.questions.entries()) {
        if (question.type === 'numeric') {
          await island(page).getByLabel(w.number, { exact: true }).fill('abc');
          await island(page).getByRole('button', { name: w.check }).click();
          await expect(island(page).locator('.field-error')).toBeVisible();
          await axe('field error');
          await island(page)
            .getByLabel(w.number, { exact: true })
            .fill(String(question.answer * 1000).replace('.', ','));
        } else await answer(page, question, 'vi', false);
        await island(page).getByRole('button', { name: w.check }).click();
        if (question.type === 'numeric') {
          await expect(island(page).locator('.quiz-unit-hint')).toBeVisible();
          await axe('unit hint');
        }
        if (i === 1) {
          await axe('wrong select-all');
          await island(page).getByRole('button', { name: w.tryAgain }).click();
          await answer(page, question, 'vi', true);
          await island(page).getByRole('button', { name: w.check }).click();
          await axe('right on a retry');
        }
        await island(page)
          .getByRole('button', { name: i === quiz.questions.length - 1 ? w.result : w.next })
          .click();
      }
      await expect(island(page).locator('.quiz-fail')).toBeVisible();
      await expect(island(page).locator('a.quiz-onward')).toBeVisible();
      await axe('failed result');
    });
  });
}
