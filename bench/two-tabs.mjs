// Two tabs of one browser finishing the same quiz at the same scheduled instant, round after round, in the built
// site in Chromium: how many finished attempts the record keeps, and how many rounds needed a tab to put back
// a write the other tab had gone over. Prints the figures; fails if any finished attempt is missing.
// `node bench/two-tabs.mjs [rounds]` (default 20). The e2e story src/islands/quiz/two-tabs.spec.ts runs 6.
import { answerTestQuiz, serveDist } from './lib.mjs';

const ROUNDS = Number(process.argv[2] ?? 20);
const QUIZ = '/en/courses/data-thinking/data-to-decision/';
const KEY = 'data-thinking/data-to-decision';
const { chromium } = await import('@playwright/test');
const { chromiumExecutable } = await import('../tests/setup/browser.mjs');
const server = await serveDist();
const browser = await chromium.launch({ executablePath: chromiumExecutable() });
const context = await browser.newContext();
const tabs = [await context.newPage(), await context.newPage()];

const submitAt = (tab, at) =>
  tab.evaluate(
    (at) =>
      new Promise((done) => {
        const submit = [...document.querySelectorAll('quiz-island button')].find(
          (b) => b.textContent.trim() === 'Submit answers',
        );
        setTimeout(() => (submit.click(), done()), Math.max(0, at - Date.now()));
      }),
    at,
  );
const kept = (tab) =>
  tab.evaluate(
    (key) => JSON.parse(localStorage.getItem('cdl.progress') ?? '{}').modules?.[key]?.attempts?.length ?? 0,
    KEY,
  );
const click = (tab, name) => tab.locator('quiz-island').getByRole('button', { name }).click();

for (const tab of tabs) {
  await tab.goto(server.url + QUIZ);
  await tab.locator('quiz-island').scrollIntoViewIfNeeded();
  await tab.locator('quiz-island .quiz-body').waitFor({ state: 'attached' });
}
for (const tab of tabs) await click(tab, 'Start the quiz');

let putBack = 0;
for (let round = 1; round <= ROUNDS; round++) {
  await Promise.all(tabs.map(answerTestQuiz));
  const at = Date.now() + 200;
  await Promise.all(tabs.map((tab) => submitAt(tab, at)));
  // Right after both writes, before the storage events have done their work, and once they have.
  const first = await kept(tabs[0]);
  let settled = first;
  for (let wait = 0; wait < 40 && settled < round * 2; wait++) {
    await new Promise((r) => setTimeout(r, 50));
    settled = await kept(tabs[0]);
  }
  if (first < settled) putBack++;
  if (round < ROUNDS) for (const tab of tabs) await click(tab, 'Try the quiz again');
}
await tabs[1].reload();
const total = await kept(tabs[1]);
console.log(`Two tabs, ${ROUNDS} rounds, both finishing at the same instant (Chromium, built site)\n`);
console.log(`finished attempts   ${ROUNDS * 2}`);
console.log(`kept in the record  ${total}`);
console.log(`rounds where one tab's write was gone over and put back: ${putBack}`);
await browser.close();
server.close();
if (total < ROUNDS * 2) {
  console.error(`\nFAIL: ${ROUNDS * 2 - total} finished attempts lost`);
  process.exit(1);
}
