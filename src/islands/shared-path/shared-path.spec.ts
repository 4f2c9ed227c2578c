import { expect, test } from '@playwright/test';
import LZString from 'lz-string';
import { encodePath } from '../../lib/course-paths/path-codec';
import type { SharedPath } from '../../lib/course-paths/path-schema';
import { quizHash } from '../../lib/quiz/quiz-session';
import { storedValue } from '../../../tests/e2e/island-start';

/** Every bidi control and the C0/C1 controls: none may reach the text the page shows. */
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A link as a careless or hostile tool would make it: encodePath cleans what it is given, so this bypasses it. */
const handMadeLink = (path: SharedPath) => {
  const json = JSON.stringify(path);
  return `/vi/paths/shared/#p=v1.${quizHash(json)}.${LZString.compressToEncodedURIComponent(json)}`;
};

const storedPaths = async (page: import('@playwright/test').Page) =>
  Object.values(
    JSON.parse((await storedValue(page, 'cdl.progress')) ?? '{"paths":{}}').paths as Record<
      string,
      { path: SharedPath }
    >,
  ).map((e) => e.path);

test('a title and note with a bidi override show in logical order, without the override, here and on My learning', async ({
  page,
}) => {
  // Shown raw, "\u202Enối tiếp\u202C" reads "pếit iốn": the override turns what follows it around.
  await page.goto(
    handMadeLink({
      title: 'Lộ trình \u202Enối tiếp\u202C đợt 1',
      note: '\u2067Hoàn thành\u2069 trước buổi tập huấn.\u200F\r\nMang theo \u202Dmáy tính\u0007.',
      modules: ['data-thinking/data-quality'],
    }),
  );
  const island = page.locator('shared-path-island');
  await expect(island.getByRole('heading', { level: 2 })).toHaveText('Lộ trình nối tiếp đợt 1');
  await expect(island.locator('.shared-note p')).toHaveText('Hoàn thành trước buổi tập huấn.\nMang theo máy tính.', {
    useInnerText: true,
  });
  expect(await island.textContent()).not.toMatch(HIDDEN);

  await island.getByRole('button', { name: 'Thêm vào việc học của tôi' }).click();
  await expect(island.getByRole('status')).toContainText('Đã thêm lộ trình vào “Việc học của tôi”.');
  expect(await storedPaths(page)).toEqual([
    {
      title: 'Lộ trình nối tiếp đợt 1',
      note: 'Hoàn thành trước buổi tập huấn.\nMang theo máy tính.',
      modules: ['data-thinking/data-quality'],
    },
  ]);
  // A name from a backup file or another tab is shown as the trainer's page will show it.
  await page.evaluate(() => {
    const record = JSON.parse(localStorage.getItem('cdl.progress')!);
    record.learner = {
      id: '5f0c2a9e-3b1d-4e8f-9a7c-1d2e3f4a5b6c',
      name: 'Nguyễn \u202EnaL\u202C',
      at: '2026-11-22T07:05:00.000Z',
    };
    localStorage.setItem('cdl.progress', JSON.stringify(record));
  });
  await page.goto('/vi/my-learning/');
  const assigned = page.locator('assigned-paths-island');
  await expect(assigned.locator('article h3')).toHaveText(['Lộ trình nối tiếp đợt 1']);
  await expect(assigned.getByLabel('Tên của bạn trên báo cáo')).toHaveValue('Nguyễn naL');
  expect(await assigned.textContent()).not.toMatch(HIDDEN);
});

test('a link whose fragment a chat app percent-encoded opens the preview and adds the path', async ({ page }) => {
  // A path whose code holds "+" or "$", the characters such apps encode (and "=" after "p" always is).
  const path = Array.from({ length: 40 }, (_, i): SharedPath => ({
    title: `Lộ trình gửi qua Zalo ${i}`,
    note: 'Học trước ngày 14/12.',
    modules: ['data-thinking/data-quality', 'data-thinking/reading-charts'],
  })).find((p) => /[+$]/.test(encodePath(p)))!;
  const encoded = encodeURIComponent(`p=${encodePath(path)}`);
  expect(encoded).toMatch(/%2B|%24/);
  await page.goto(`/vi/paths/shared/#${encoded}`);
  const island = page.locator('shared-path-island');
  await expect(island.getByRole('heading', { level: 2 })).toHaveText(path.title);
  await island.getByRole('button', { name: 'Thêm vào việc học của tôi' }).click();
  await expect(island.getByRole('status')).toContainText('Đã thêm lộ trình vào “Việc học của tôi”.');
  expect(await storedPaths(page)).toEqual([path]);

  // Cut short inside a percent sequence, it is a damaged link, not "not a path link", and nothing more is stored.
  await page.goto(`/vi/paths/shared/#${encoded.slice(0, -1)}%2`);
  await page.reload();
  await expect(island.getByRole('alert')).toContainText('Link bị hỏng');
  expect(await storedPaths(page)).toEqual([path]);
});
