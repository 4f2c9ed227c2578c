import { expect, test } from '@playwright/test';
import { payloadOf, words } from './placement-keyboard';

test.use({ serviceWorkers: 'allow' });

test('after one online visit elsewhere, the check opens, runs and keeps its result offline', async ({
  page,
  context,
}) => {
  await page.goto('/en/');
  await expect(page.locator('offline-island .offline-status')).toHaveText(/^Available offline/, {
    timeout: 30_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);

  await page.goto('/en/start/');
  const island = page.locator('placement-island');
  for (const group of await island.locator('fieldset[data-group]').all()) await group.locator('input').first().check();
  await island.getByRole('button', { name: words.en.begin }).click();
  const { quiz } = await payloadOf(page);
  for (const [i] of quiz.questions.entries()) {
    const number = island.getByLabel(words.en.number, { exact: true });
    if (await number.count()) await number.fill('1');
    else await island.locator('fieldset.quiz-question input').first().check();
    if (i < quiz.questions.length - 1) await island.getByRole('button', { name: words.en.next }).click();
  }
  await island.getByRole('button', { name: words.en.submit }).click();
  await expect(island.getByRole('heading', { name: words.en.result })).toBeVisible();
  await page.reload();
  await expect(island.getByRole('heading', { name: words.en.result })).toBeVisible();
  await context.setOffline(false);
});
