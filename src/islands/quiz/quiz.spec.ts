import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { QuizData } from '../../schemas/quiz';
import { answer, quizOf, quizReady, takePracticeQuiz, words } from '../../../tests/e2e/quiz-helpers';

const PRACTICE = '/vi/courses/data-thinking/data-in-public-work/';
const TEST_EN = '/en/courses/data-thinking/data-to-decision/';
const island = (page: Page) => page.locator('quiz-island');
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('cdl.progress') ?? 'null'));

test('practice quiz: wrong answer explained and retried, fail the quiz, retry it, pass, and it is remembered', async ({
  page,
}) => {
  await page.goto(PRACTICE);
  await quizReady(page);
  const w = words.vi;
  await island(page).getByRole('button', { name: w.start }).click();
  const quiz = await quizOf(page);
  const first = quiz.questions[0]!;

  // A wrong answer: told so (in the live region too), shown why, offered another go.
  await answer(page, first, 'vi', false);
  await island(page).getByRole('button', { name: w.check }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText('Chưa chính xác.');
  await expect(island(page).locator('.quiz-status + .visually-hidden')).toHaveText('Chưa chính xác.');
  await expect(island(page).locator('.quiz-feedback')).toBeFocused();
  await island(page).getByRole('button', { name: w.tryAgain }).click();
  await answer(page, first, 'vi', true);
  await island(page).getByRole('button', { name: w.check }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText(/^Chính xác ở lần làm lại/);
  await expect(island(page).getByRole('button', { name: w.tryAgain })).toHaveCount(0);
  await island(page).getByRole('button', { name: w.next }).click();

  // Get everything else wrong: the first question was wrong at the first try too, so the quiz is failed.
  for (const [i, question] of quiz.questions.slice(1).entries()) {
    await answer(page, question, 'vi', false);
    await island(page).getByRole('button', { name: w.check }).click();
    await island(page)
      .getByRole('button', { name: i === quiz.questions.length - 2 ? w.result : w.next })
      .click();
  }
  await expect(island(page).locator('.quiz-result')).toHaveText(
    `Bạn trả lời đúng ngay lần đầu 0/${quiz.questions.length} câu (0%).`,
  );
  await expect(island(page).locator('.quiz-fail')).toContainText('Chưa đạt');

  // Retry: same questions, all right this time.
  await island(page).getByRole('button', { name: w.retry }).click();
  await takePracticeQuiz(page, 'vi', () => true);
  await expect(island(page).locator('.quiz-result')).toHaveText(
    `Bạn trả lời đúng ngay lần đầu ${quiz.questions.length}/${quiz.questions.length} câu (100%).`,
  );
  await expect(island(page).locator('.quiz-pass')).toHaveText('Đạt. Học phần này đã hoàn thành.');

  const record = await stored(page);
  const progress = record.modules['data-thinking/data-in-public-work'];
  expect(progress.attempts.map((a: { percent: number }) => a.percent)).toEqual([0, 100]);
  expect(progress.completedAt).toBeTruthy();
  expect(record.inProgress['data-thinking/data-in-public-work']).toBeUndefined();

  await page.reload();
  await quizReady(page);
  await expect(island(page)).toContainText('Bạn đã hoàn thành học phần này.');
  await expect(island(page)).toContainText('Điểm cao nhất của bạn: 100%.');
});

test('test quiz: a reload in the middle resumes on the same question with answers kept; submit then review', async ({
  page,
}) => {
  await page.goto(TEST_EN);
  await quizReady(page);
  const w = words.en;
  const quiz = await quizOf(page);
  await island(page).getByRole('button', { name: w.start }).click();
  await answer(page, quiz.questions[0]!, 'en', true);
  await island(page).getByRole('button', { name: w.next }).click();
  await answer(page, quiz.questions[1]!, 'en', true);
  await island(page).getByRole('button', { name: w.next }).click();

  await page.reload();
  await quizReady(page);
  await expect(island(page)).toContainText('Picking up where you left off.');
  await expect(island(page).getByRole('heading', { level: 3 })).toHaveText(`Question 3 of ${quiz.questions.length}`);
  await island(page).getByRole('button', { name: w.previous }).click();
  await island(page).getByRole('button', { name: w.previous }).click();
  const first = quiz.questions[0]!;
  if (first.type === 'single')
    await expect(island(page).getByLabel(first.options.find((o) => o.correct)!.text, { exact: true })).toBeChecked();

  // Submitting early names what is missing; then answer the rest (the last one wrongly) and submit.
  await island(page).getByRole('button', { name: w.submit }).click();
  await expect(island(page).locator('.quiz-status')).toHaveText(/^Not answered yet: 3, 4/);
  for (let i = 0; i < quiz.questions.length; i++) {
    if (i >= 2) await answer(page, quiz.questions[i]!, 'en', i < quiz.questions.length - 1);
    if (i < quiz.questions.length - 1) await island(page).getByRole('button', { name: w.next }).click();
  }
  await island(page).getByRole('button', { name: w.submit }).click();
  const n = quiz.questions.length;
  const percent = Math.floor(((n - 1) * 100) / n);
  await expect(island(page).locator('.quiz-result')).toHaveText(`You got ${n - 1} of ${n} right (${percent}%).`);
  await island(page).getByRole('button', { name: w.review }).click();
  await expect(island(page).locator('.quiz-feedback')).toHaveCount(1);
  await expect(island(page).locator('.quiz-verdict')).toHaveText('Correct.');
});

test('a corrupt record: the page works, says so in the learner’s language, and keeps the valid part', async ({
  page,
}) => {
  await page.goto(PRACTICE);
  await quizReady(page);
  await page.evaluate(() => {
    const good = {
      visits: 1,
      attempts: [
        {
          id: 'kept-attempt-1',
          at: '2026-01-01T00:00:00.000Z',
          lang: 'vi',
          correct: 8,
          total: 8,
          percent: 100,
          passed: true,
          answers: {},
        },
      ],
      completedAt: '2026-01-01T00:00:00.000Z',
    };
    localStorage.setItem(
      'cdl.progress',
      JSON.stringify({
        version: 1,
        modules: { 'data-thinking/data-in-public-work': good, 'data-thinking/data-quality': { visits: 'lots' } },
        inProgress: {},
      }),
    );
  });
  await page.reload();
  await quizReady(page);
  await expect(island(page)).toContainText('bị hỏng. Trang đã cất riêng');
  await expect(island(page)).toContainText('Điểm cao nhất của bạn: 100%.');
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('cdl.progress.backup.')),
  );
  expect(backups).toHaveLength(1);
  await island(page).getByRole('button', { name: words.vi.start }).click();
  await expect(island(page).getByRole('heading', { level: 3 })).toContainText('Câu 1/');
});

test('a storage filled to its quota: the quiz still works and the learner is told progress will not be kept', async ({
  page,
}) => {
  await page.goto(TEST_EN);
  await quizReady(page);
  // Fill this origin's localStorage for real, in shrinking chunks, until not one more character fits.
  await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        // QuotaExceededError: try a smaller chunk.
      }
    }
  });
  await page.reload();
  await quizReady(page);
  // The first write that does not fit (saving the quiz in progress) raises the notice; the quiz goes on.
  await island(page).getByRole('button', { name: words.en.start }).click();
  await expect(island(page)).toContainText('storage is full');
  const quiz = await quizOf(page);
  await answer(page, quiz.questions[0]!, 'en', true);
  await island(page).getByRole('button', { name: words.en.next }).click();
  await expect(island(page).getByRole('heading', { level: 3 })).toContainText('Question 2 of');
});

test('an edited quiz: the unfinished attempt is set aside with a notice, earlier scores stay', async ({ page }) => {
  await page.goto(PRACTICE);
  await quizReady(page);
  await island(page).getByRole('button', { name: words.vi.start }).click();
  await takePracticeQuiz(page, 'vi', () => true);
  await island(page).getByRole('button', { name: words.vi.retry }).click();
  // Pretend the quiz changed since this answer was saved.
  await page.evaluate(() => {
    const record = JSON.parse(localStorage.getItem('cdl.progress')!);
    record.inProgress['data-thinking/data-in-public-work'].quizHash = 'an-older-quiz';
    localStorage.setItem('cdl.progress', JSON.stringify(record));
  });
  await page.reload();
  await quizReady(page);
  await expect(island(page)).toContainText('Bài kiểm tra vừa được cập nhật nên phần làm dở đã được bỏ');
  await expect(island(page).getByRole('button', { name: words.vi.start })).toBeVisible();
  await expect(island(page)).toContainText('Điểm cao nhất của bạn: 100%.');
});

test('every quiz state fits a 320 px screen (400% zoom) without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(PRACTICE);
  await quizReady(page);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await island(page).getByRole('button', { name: words.vi.start }).click();
  const quiz = await quizOf(page);
  for (const [i, question] of quiz.questions.entries()) {
    await answer(page, question, 'vi', true);
    expect(await overflow(), `answering ${question.id}`).toBeLessThanOrEqual(0);
    await island(page).getByRole('button', { name: words.vi.check }).click();
    expect(await overflow(), `feedback ${question.id}`).toBeLessThanOrEqual(0);
    await island(page)
      .getByRole('button', { name: i === quiz.questions.length - 1 ? words.vi.result : words.vi.next })
      .click();
  }
  expect(await overflow(), 'result').toBeLessThanOrEqual(0);
});

test('two tabs: a quiz passed in one shows in the other, and neither loses the other’s attempts', async ({
  context,
}) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto(PRACTICE);
  await quizReady(a);
  await b.goto(PRACTICE);
  await quizReady(b);
  await a.getByRole('button', { name: words.vi.start }).click();
  await takePracticeQuiz(a, 'vi', () => true);
  await expect(a.locator('.quiz-pass')).toBeVisible();
  // Tab b never reloaded: the storage event brings a's pass in.
  await expect(b.locator('quiz-island')).toContainText('Bạn đã hoàn thành học phần này.');
  await expect(b.locator('quiz-island')).toContainText('Điểm cao nhất của bạn: 100%.');
  await b.getByRole('button', { name: words.vi.start }).click();
  await takePracticeQuiz(b, 'vi', (i) => i > 0);
  await expect(b.locator('.quiz-result')).toBeVisible();
  const n = (await quizOf(b)).questions.length;
  const attempts = (await stored(b)).modules['data-thinking/data-in-public-work'].attempts;
  expect(attempts.map((x: { percent: number }) => x.percent).sort()).toEqual(
    [100, Math.floor(((n - 1) * 100) / n)].sort(),
  );
});

test('keyboard only: answer, check and move on without a mouse', async ({ page }) => {
  await page.goto(PRACTICE);
  await quizReady(page);
  const start = island(page).getByRole('button', { name: words.vi.start });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(island(page).getByRole('heading', { level: 3 })).toBeFocused();
  const quiz = await quizOf(page);
  const first = quiz.questions[0]!;
  // Tab to the option group, arrow keys choose, Tab to "check", Enter.
  await page.keyboard.press('Tab');
  if (first.type === 'single') {
    const target = first.options.find((o) => o.correct)!.text;
    for (
      let i = 0;
      i < first.options.length && !(await island(page).getByLabel(target, { exact: true }).isChecked());
      i++
    ) {
      await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
    }
  }
  await page.keyboard.press('Tab');
  await expect(island(page).getByRole('button', { name: words.vi.check })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(island(page).locator('.quiz-verdict')).toHaveText(first.type === 'single' ? 'Chính xác.' : /./);
});

test('without JavaScript the questions read as a list with a note', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PRACTICE);
  await expect(page.getByText('Phần chấm điểm của bài kiểm tra cần JavaScript')).toBeVisible();
  const quiz = await quizOf(page);
  await expect(page.locator('.quiz-fallback-list > li')).toHaveCount(quiz.questions.length);
  // The start button is for the quiz's code; without it the button would do nothing.
  await expect(page.getByRole('button', { name: words.vi.start })).toHaveCount(0);
  await context.close();
});

// One test per question rather than one for the whole quiz: run as one, the ~15 axe passes took 15 s alone and
// 34 s beside another worker on two cores, past the default timeout. Split, each stays a few seconds.
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function expectNoAxeViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).include('quiz-island').withTags(axeTags).analyze();
  expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
}
const practiceQuestions = (
  parse(
    readFileSync(
      join(import.meta.dirname, '../../../content/quizzes/vi/data-thinking/data-in-public-work.yaml'),
      'utf8',
    ),
  ) as QuizData
).questions;

test.describe('axe finds no WCAG 2.2 AA violations', () => {
  test('in the intro, the result and the review', async ({ page }) => {
    await page.goto(PRACTICE);
    await quizReady(page);
    await expectNoAxeViolations(page, 'intro');
    await island(page).getByRole('button', { name: words.vi.start }).click();
    await takePracticeQuiz(page, 'vi', () => true);
    await expectNoAxeViolations(page, 'finished');
    await island(page).getByRole('button', { name: words.vi.review }).click();
    await expectNoAxeViolations(page, 'reviewing');
  });

  for (const [index, { type }] of practiceQuestions.entries()) {
    test(`while answering question ${index + 1} (${type}) and in its feedback`, async ({ page }) => {
      await page.goto(PRACTICE);
      await quizReady(page);
      await island(page).getByRole('button', { name: words.vi.start }).click();
      const quiz = await quizOf(page);
      for (const question of quiz.questions.slice(0, index)) {
        await answer(page, question, 'vi', true);
        await island(page).getByRole('button', { name: words.vi.check }).click();
        await island(page).getByRole('button', { name: words.vi.next }).click();
      }
      const question = quiz.questions[index]!;
      await answer(page, question, 'vi', index % 2 === 0);
      await expectNoAxeViolations(page, `answering ${question.type}`);
      await island(page).getByRole('button', { name: words.vi.check }).click();
      await expectNoAxeViolations(page, `feedback ${question.type}`);
    });
  }
});
