import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  expectIslandError,
  openWithout,
  payloadScript,
  seedStorage,
  storedValue,
} from '../../../tests/e2e/island-start';

// A learner's record with attempts at this module's quiz: a quiz that cannot start must leave it as it was.
const RECORD = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v2.json'), 'utf8');
const MODULE = '/vi/courses/data-thinking/data-in-public-work/';
// The quiz's code loads when the quiz comes near the screen (quiz-loader.ts): go there, as a learner would.
const reachQuiz = (page: Page) => page.locator('quiz-island').scrollIntoViewIfNeeded();

test('a quiz page without its payload says which island and what is missing, and still shows the questions', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, MODULE, payloadScript('data-quiz-payload'));
  await reachQuiz(page);
  await expectIslandError(errors, 'quiz-island: payload ([data-quiz-payload]) not found');
  const fallback = page.locator('[data-quiz-fallback]');
  await expect(fallback.locator('.quiz-noscript')).toBeVisible();
  await expect(fallback).toContainText('Bạn vẫn có thể đọc các câu hỏi dưới đây');
  await expect(fallback.locator('.quiz-fallback-list > li').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bắt đầu làm bài' })).toHaveCount(0);
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(RECORD));
});

test('a payload that is not JSON is named as such', async ({ page }) => {
  const errors = await openWithout(page, MODULE, /(<script[^>]*\bdata-quiz-payload\b[^>]*>)\{/, '$1{oops');
  await reachQuiz(page);
  await expectIslandError(errors, 'quiz-island: payload ([data-quiz-payload]) is not valid JSON');
  await expect(page.locator('[data-quiz-fallback] .quiz-fallback-list > li').first()).toBeVisible();
});

test('a quiz without the module it records under, or without a site language, names the attribute', async ({
  page,
}) => {
  const errors = await openWithout(page, MODULE, / data-module="[^"]*"/);
  await reachQuiz(page);
  await expectIslandError(errors, 'quiz-island: data-module not found');
  await expect(page.locator('[data-quiz-fallback]')).toBeVisible();

  const moreErrors = await openWithout(
    page,
    '/en/courses/data-thinking/data-in-public-work/',
    /(<quiz-island[^>]*) data-lang="en"/,
    '$1 data-lang="fr"',
  );
  await reachQuiz(page);
  await expectIslandError(moreErrors, 'quiz-island: data-lang "fr" is not a site language');
});
