import { expect, test, type Page } from '@playwright/test';
import { answer, quizOf, words } from '../../../tests/e2e/quiz-helpers';

// The quiz's code comes only when the learner reaches the quiz (quiz-loader.ts): on a phone over a slow link the
// module's text is what the first bytes buy.
const PRACTICE = '/vi/courses/data-thinking/data-in-public-work/';
const PHONE = { width: 360, height: 640 };
const island = (page: Page) => page.locator('quiz-island');

/** Every script the page asked for, by file name. */
const scriptsOf = (page: Page) => {
  const names: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && names.push(new URL(r.url()).pathname.split('/').pop()!));
  return names;
};
const quizCode = (names: string[]) => names.filter((n) => n.startsWith('quiz-island.'));

/** Two frames: the loader has run and its IntersectionObserver has reported where the quiz is. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test('on a phone the quiz code is not fetched at load; scrolling to the quiz brings it, and the quiz works', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  const scripts = scriptsOf(page);
  await page.goto(PRACTICE);
  await expect(island(page).getByRole('button', { name: words.vi.start })).toBeAttached(); // the loader ran
  await settle(page);
  expect(await island(page).evaluate((el) => el.getBoundingClientRect().top > innerHeight * 1.5)).toBe(true);
  expect(quizCode(scripts)).toEqual([]);
  expect(await page.evaluate(() => customElements.get('quiz-island'))).toBeUndefined();
  // The visit counts from the first second all the same: "My learning" would offer to continue here.
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('cdl.progress.visits') ?? '[]'))).toEqual([
    expect.objectContaining({ module: 'data-thinking/data-in-public-work', lang: 'vi' }),
  ]);

  const fetched = page.waitForRequest(/\/quiz-island\.[^/]+\.js$/);
  await page.mouse.wheel(0, await island(page).evaluate((el) => el.getBoundingClientRect().top));
  await fetched;
  await expect(island(page).locator('[data-quiz-fallback]')).toHaveCount(0);
  await island(page).getByRole('button', { name: words.vi.start }).click();
  const first = (await quizOf(page)).questions[0]!;
  await answer(page, first, 'vi', true);
  await island(page).getByRole('button', { name: words.vi.check }).click();
  await expect(island(page).locator('.quiz-verdict')).toHaveText('Chính xác.');
  expect(quizCode(scripts)).toHaveLength(1);
  const visits = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cdl.progress')!).modules['data-thinking/data-in-public-work'].visits,
  );
  expect(visits).toBe(1); // noted once by the loader, counted once by the store, not again by the quiz
});

test('on a phone, tabbing into the quiz brings its code and the keyboard goes on into the quiz', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const scripts = scriptsOf(page);
  await page.goto(PRACTICE);
  await expect(island(page).getByRole('button', { name: words.vi.start })).toBeAttached();
  await settle(page);
  expect(quizCode(scripts)).toEqual([]);
  // From the last stop before the quiz, one Tab: the list's start button, which the loader made reachable.
  await page.evaluate(() => {
    const quiz = document.querySelector('section.quiz')!;
    const stops = document.querySelectorAll<HTMLElement>(
      'main :is(a[href], button:not([hidden]), input, [tabindex="0"])',
    );
    const before = [...stops].filter((stop) => stop.compareDocumentPosition(quiz) & Node.DOCUMENT_POSITION_FOLLOWING);
    before.at(-1)!.focus();
  });
  await page.keyboard.press('Tab');
  // Whether the code came before or after that Tab, focus ends on the quiz's own start button.
  const start = island(page).locator('.quiz-body').getByRole('button', { name: words.vi.start });
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(island(page).getByRole('heading', { level: 3 })).toContainText('Câu 1/');
  expect(quizCode(scripts)).toHaveLength(1);
});

test('opened at the quiz’s anchor with a quiz in progress, it loads at once and resumes', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(PRACTICE);
  await page.mouse.wheel(0, await island(page).evaluate((el) => el.getBoundingClientRect().top));
  await island(page).locator('.quiz-body').getByRole('button', { name: words.vi.start }).click();
  await answer(page, (await quizOf(page)).questions[0]!, 'vi', true);
  await island(page).getByRole('button', { name: words.vi.check }).click();
  await island(page).getByRole('button', { name: words.vi.next }).click();
  await expect(island(page).getByRole('heading', { level: 3 })).toContainText('Câu 2/');

  const fresh = await page.context().newPage();
  await fresh.setViewportSize(PHONE);
  await fresh.goto(`${PRACTICE}#quiz-heading`);
  await expect(fresh.locator('quiz-island')).toContainText('Tiếp tục bài đang làm dở.');
  await expect(fresh.locator('quiz-island').getByRole('heading', { level: 3 })).toContainText('Câu 2/');
});
