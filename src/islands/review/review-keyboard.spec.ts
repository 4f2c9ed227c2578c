import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedStorage, storedValue } from '../../../tests/e2e/island-start';
import { DAY, passedRecord, QUALITY, reviewBank, SUMMARIES } from '../../../tests/e2e/review-records';
import type { Question } from '../../schemas/quiz';

// A mixed review of two modules, by keyboard alone, on a 360 px phone, in English; and what a failed fetch leaves.
const PASSED = Date.parse('2026-12-01T08:00:00.000Z');
const day = (n: number) => new Date(PASSED + n * DAY);
const seeded = JSON.stringify(
  passedRecord({ [QUALITY]: day(0).toISOString(), [SUMMARIES]: new Date(PASSED + 3_600_000).toISOString() }),
);

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/** Enter on a button, Space on a box, typing in a field: never the mouse. */
async function press(page: Page, target: Locator, key = 'Enter') {
  await target.focus();
  await page.keyboard.press(key);
}

async function answerByKeyboard(page: Page, within: Locator, question: Question) {
  switch (question.type) {
    case 'single':
      return press(page, within.getByLabel(question.options.find((o) => o.correct)!.text, { exact: true }), 'Space');
    case 'multiple':
      for (const o of question.options.filter((o) => o.correct))
        await press(page, within.getByLabel(o.text, { exact: true }), 'Space');
      return;
    case 'true-false':
      return press(page, within.getByLabel(question.answer ? 'True' : 'False', { exact: true }), 'Space');
    case 'numeric':
      await within.getByLabel('Your answer', { exact: true }).focus();
      return page.keyboard.type(String(question.answer));
    case 'order':
      for (let target = 0; target < question.items.length; target++) {
        const item = question.items[target]!;
        const texts = await within.locator('.quiz-order li > span:first-child').allTextContents();
        for (let at = texts.indexOf(item.text); at > target; at--)
          await press(page, within.getByRole('button', { name: `Move “${item.text}” up` }));
      }
  }
}

test('a mixed review by keyboard at 360 px: questions from both modules, each with its module, all right', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.clock.install({ time: day(5) });
  await seedStorage(page, { 'cdl.progress': seeded });
  await page.goto('/en/my-learning/');
  const section = page.locator('#review');
  await expect(section.locator('.review-due li')).toHaveCount(2);
  await expect(section.getByText('The review has 4 questions, marked when you submit.')).toBeVisible();
  await axe(page);
  const bank = await reviewBank(page, 'en');
  await press(page, section.getByRole('button', { name: 'Start the review' }));
  const island = page.locator('review-island');
  const heading = island.locator('h3.quiz-position');
  const from: string[] = [];
  for (let i = 1; i <= 4; i++) {
    await expect(heading).toHaveText(`Question ${i} of 4`);
    await expect(heading).toBeFocused(); // each question takes focus, so a screen reader reads it next
    from.push((await island.locator('.review-from').textContent())!);
    const prompt = await island.locator('fieldset legend').textContent();
    const question = Object.values(bank.modules)
      .flatMap((m) => m.questions)
      .find((q) => q.prompt === prompt)!;
    await answerByKeyboard(page, island, question);
    if (i === 2) await axe(page);
    await press(page, island.getByRole('button', { name: i < 4 ? 'Next question' : 'Submit answers' }));
  }
  // Mixed: the modules take turns (the one due longest first).
  expect(from.map((f) => f.split(':')[0])).toEqual(['Module 1.2', 'Module 1.3', 'Module 1.2', 'Module 1.3']);
  await expect(island.getByRole('heading', { name: 'Review results' })).toBeFocused();
  await expect(island.locator('.review-results li')).toHaveCount(2);
  for (const line of await island.locator('.review-results li').all())
    await expect(line).toContainText(/2 of 2 right\s*Passed\. Next review on/);
  await axe(page);
  await press(page, island.getByRole('button', { name: 'Review your answers' }));
  await expect(island.locator('.quiz-feedback .quiz-verdict')).toHaveText('Correct.');
  await axe(page);
  await press(page, island.getByRole('button', { name: 'Back to your result' }));
  await press(page, island.getByRole('button', { name: 'Back to the review list' }));
  await expect(section.getByRole('heading', { name: 'Due for review' })).toBeFocused();
  await expect(section.getByText('No module is due for review now.')).toBeVisible();
  await expect(section.locator('.review-upcoming li')).toHaveCount(2);
  // Nothing spills sideways on the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('when the questions cannot be fetched, it says so, nothing is stored, and trying again works', async ({
  page,
}) => {
  await page.clock.install({ time: day(5) });
  await seedStorage(page, { 'cdl.progress': seeded });
  await page.route('**/review-questions.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/en/my-learning/');
  const section = page.locator('#review');
  await section.getByRole('button', { name: 'Start the review' }).click();
  await expect(section.locator('.review-status')).toHaveText(
    'The review questions could not be loaded. Check your connection and try again; your progress has not changed.',
  );
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(seeded));
  await page.unroute('**/review-questions.json');
  await section.getByRole('button', { name: 'Start the review' }).click();
  await expect(section.locator('h3.quiz-position')).toHaveText('Question 1 of 4');
});
