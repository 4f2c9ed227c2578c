import { expect, test, type Page } from '@playwright/test';
import { answer, quizOf, quizReady, words } from '../../../tests/e2e/quiz-helpers';

const TEST_QUIZ = '/en/courses/data-thinking/data-to-decision/';
const KEY = 'data-thinking/data-to-decision';
const ROUNDS = 6;
const w = words.en;

/** Answers every question of the test quiz on screen, leaving only "Submit" to press. */
async function answerAll(page: Page) {
  const island = page.locator('quiz-island');
  const quiz = await quizOf(page);
  for (const [i, question] of quiz.questions.entries()) {
    await answer(page, question, 'en', i % 2 === 0);
    if (i < quiz.questions.length - 1) await island.getByRole('button', { name: w.next }).click();
  }
}

/** Presses "Submit" in the page at `at` (ms since the epoch), by the page's own clock, as a learner would. */
const submitAt = (page: Page, at: number) =>
  page.evaluate(
    ([at, name]) =>
      new Promise<void>((done) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('quiz-island button')].find(
          (b) => b.textContent === name,
        )!;
        setTimeout(() => (button.click(), done()), Math.max(0, at - Date.now()));
      }),
    [at, w.submit] as const,
  );

const storedAttempts = (page: Page) =>
  page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem('cdl.progress') ?? '{}').modules?.[key]?.attempts ?? []).map(
        (a: { id: string }) => a.id,
      ) as string[],
    KEY,
  );

test('two tabs finishing a quiz at the same instant, round after round, keep every attempt', async ({ context }) => {
  test.setTimeout(180_000);
  const tabs = [await context.newPage(), await context.newPage()];
  // Both open before either starts: a tab opened later would pick up the other's unfinished quiz instead.
  for (const tab of tabs) {
    await tab.goto(TEST_QUIZ);
    await quizReady(tab);
  }
  for (const tab of tabs) await tab.locator('quiz-island').getByRole('button', { name: w.start }).click();
  for (let round = 1; round <= ROUNDS; round++) {
    await Promise.all(tabs.map(answerAll));
    // Both tabs read, merge and write within the same millisecond or two: the race the store must survive.
    const at = Date.now() + 300;
    await Promise.all(tabs.map((tab) => submitAt(tab, at)));
    for (const tab of tabs) await expect(tab.locator('.quiz-result')).toBeVisible();
    // Each tab's attempts are all stored, whichever tab wrote last: a tab whose write was lost puts it back.
    await expect.poll(async () => (await storedAttempts(tabs[0]!)).length).toBe(round * 2);
    if (round < ROUNDS)
      for (const tab of tabs) await tab.locator('quiz-island').getByRole('button', { name: w.retry }).click();
  }
  // And a reload shows them all: nothing was kept only in a tab's memory.
  await tabs[1]!.reload();
  expect(new Set(await storedAttempts(tabs[1]!)).size).toBe(ROUNDS * 2);
});
