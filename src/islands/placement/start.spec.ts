import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  expectIslandError,
  openWithout,
  payloadScript,
  seedStorage,
  storedValue,
} from '../../../tests/e2e/island-start';

const RECORD = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v4.json'), 'utf8');

test('the check without its payload names it, keeps the note and the role paths, and the record untouched', async ({
  page,
}) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, '/vi/start/', payloadScript('data-placement-payload'));
  await expectIslandError(errors, 'placement-island: payload ([data-placement-payload]) not found');
  const fallback = page.locator('[data-placement-fallback]');
  await expect(fallback).toContainText('Bài đánh giá cần JavaScript để chấm điểm.');
  await expect(fallback.getByRole('link')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Sang phần câu hỏi' })).toHaveCount(0);
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(RECORD));
});

test('My learning keeps its link to the check when the placement line cannot start', async ({ page }) => {
  await seedStorage(page, { 'cdl.progress': RECORD });
  const errors = await openWithout(page, '/en/my-learning/', payloadScript('data-placement-line-payload'));
  await expectIslandError(errors, 'placement-line-island: payload ([data-placement-line-payload]) not found');
  await expect(page.getByRole('link', { name: 'Not sure where to start? Take the placement check' })).toHaveAttribute(
    'href',
    '/en/start/',
  );
  expect(JSON.parse((await storedValue(page, 'cdl.progress'))!)).toEqual(JSON.parse(RECORD));
});
