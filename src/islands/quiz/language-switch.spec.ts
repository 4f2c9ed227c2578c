import { expect, test, type Page } from '@playwright/test';
import { answer, quizOf, quizReady, words } from '../../../tests/e2e/quiz-helpers';

// Issue 13: a quiz in progress survives a language switch both ways; only a real edit of the quiz drops it.
const EN = '/en/courses/data-thinking/data-to-decision/';
const KEY = 'data-thinking/data-to-decision';
const island = (page: Page) => page.locator('quiz-island');
const heading = (page: Page) => island(page).getByRole('heading', { level: 3 });

test('a test quiz half done in English goes on in Vietnamese and back, with its answers, typed number included', async ({
  page,
}) => {
  await page.goto(EN);
  await quizReady(page);
  await island(page).getByRole('button', { name: words.en.start }).click();
  const en = await quizOf(page);
  const numericAt = en.questions.findIndex((q) => q.type === 'numeric');
  for (const question of en.questions.slice(0, numericAt + 1)) {
    await answer(page, question, 'en', true);
    if (question !== en.questions[numericAt]) await island(page).getByRole('button', { name: words.en.next }).click();
  }
  await expect(island(page).getByLabel(words.en.number, { exact: true })).toHaveValue('28.3');

  // The header's language switch, as a learner uses it.
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL(/\/vi\/courses\/data-thinking\/data-to-decision\/$/);
  await quizReady(page);
  await expect(island(page)).toContainText('Tiếp tục bài đang làm dở.');
  await expect(island(page)).not.toContainText('vừa được cập nhật');
  await expect(heading(page)).toHaveText(`Câu ${numericAt + 1}/${en.questions.length}`);
  // The same number, written the Vietnamese way (28.3 would read as 283 here).
  await expect(island(page).getByLabel(words.vi.number, { exact: true })).toHaveValue('28,3');
  const vi = await quizOf(page);
  await island(page).getByRole('button', { name: words.vi.previous }).click();
  const before = vi.questions[numericAt - 1]!;
  if (before.type === 'single' || before.type === 'multiple')
    for (const option of before.options.filter((o) => o.correct))
      await expect(island(page).getByLabel(option.text, { exact: true })).toBeChecked();

  // And back to English: still there.
  await page.locator('a.lang-switch').click();
  await quizReady(page);
  await expect(island(page)).not.toContainText('This quiz has been updated');
  await expect(heading(page)).toHaveText(`Question ${numericAt} of ${en.questions.length}`);
  for (const [i, question] of en.questions.entries()) {
    if (i < numericAt) continue;
    if (i === numericAt) {
      await island(page).getByRole('button', { name: words.en.next }).click();
      await expect(island(page).getByLabel(words.en.number, { exact: true })).toHaveValue('28.3');
    } else await answer(page, question, 'en', true);
    if (i < en.questions.length - 1) await island(page).getByRole('button', { name: words.en.next }).click();
  }
  await island(page).getByRole('button', { name: words.en.submit }).click();
  await expect(island(page).locator('.quiz-result')).toHaveText(
    `You got ${en.questions.length} of ${en.questions.length} right (100%).`,
  );
});

test('a saved attempt of an edited quiz is still dropped, with the true reason', async ({ page }) => {
  await page.goto(EN);
  await quizReady(page);
  await island(page).getByRole('button', { name: words.en.start }).click();
  await answer(page, (await quizOf(page)).questions[0]!, 'en', true);
  // What an edit does: the page's key for the quiz no longer matches the one the attempt was saved under.
  await page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem('cdl.progress')!);
    record.inProgress[key].quizHash = 'an-older-quiz';
    localStorage.setItem('cdl.progress', JSON.stringify(record));
  }, KEY);
  await page.locator('a.lang-switch').click();
  await quizReady(page);
  await expect(island(page)).toContainText('Bài kiểm tra vừa được cập nhật');
  await expect(island(page).getByRole('button', { name: words.vi.start })).toBeVisible();
});
