import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedStorage, storedValue } from '../../../tests/e2e/island-start';
import { recordWithExercises } from '../../../tests/e2e/exercise-records';
import { PROGRESS_VERSION } from '../../lib/progress/progress-schema';

// The committed sample of a learner's record: module 1.1 passed (62% then 100%), module 1.2 under way.
const SAMPLE = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v1.json'), 'utf8');
const island = (page: Page) => page.locator('learning-island');
type Stored = { modules: Record<string, { attempts: Array<{ id: string }>; completedAt?: string }> };
const stored = async (page: Page) => JSON.parse((await storedValue(page, 'cdl.progress')) ?? '{}') as Stored;
const attemptIds = (record: Stored) =>
  Object.values(record.modules ?? {})
    .flatMap((m) => m.attempts.map((a) => a.id))
    .sort();

// The other browser (the phone's Chrome) already holds one attempt of its own at module 1.3.
const THEIRS = JSON.stringify({
  version: 2,
  modules: {
    'data-thinking/summarising-numbers': {
      visits: 1,
      attempts: [
        {
          id: 'c0ffee00-3333-4a5b-9c1d-2e3f4a5b6c7d',
          at: '2026-11-21T09:00:00.000Z',
          lang: 'vi',
          correct: 3,
          total: 6,
          percent: 50,
          passed: false,
          answers: {},
        },
      ],
    },
  },
  inProgress: {},
  paths: {},
});

async function makeLink(page: Page): Promise<string> {
  await page.goto('/vi/my-learning/');
  await island(page).getByRole('button', { name: 'Tạo link chuyển tiến độ' }).click();
  await expect(island(page).getByRole('img', { name: 'Mã QR của link chuyển tiến độ' })).toBeVisible();
  return island(page).getByLabel('Link chuyển tiến độ', { exact: true }).inputValue();
}

test('a record moves to another browser by link, merged after confirming, replacing nothing', async ({ browser }) => {
  const zalo = await browser.newContext();
  const chrome = await browser.newContext();
  const from = await zalo.newPage();
  const to = await chrome.newPage();
  await seedStorage(from, { 'cdl.progress': SAMPLE });
  const link = await makeLink(from);
  expect(new URL(link).pathname).toBe('/vi/my-learning/');
  expect(new URL(link).hash).toMatch(new RegExp(`^#progress=v${PROGRESS_VERSION}\\.`)); // the current record's version

  await seedStorage(to, { 'cdl.progress': THEIRS });
  const theirs = await stored(to);
  // Declining changes nothing, and the record leaves the address bar.
  await to.goto(link);
  await expect(island(to).getByRole('heading', { name: 'Tiến độ từ một trình duyệt khác' })).toBeFocused();
  await expect(island(to)).toContainText('(số lần làm bài: 2; học phần đã hoàn thành: 1)');
  // The arrival screen in both colour schemes: its confirm box has colours of its own.
  for (const colorScheme of ['light', 'dark'] as const) {
    await to.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: to }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }
  await island(to).getByRole('button', { name: 'Không gộp' }).click();
  await expect(island(to).locator('.learning-status')).toHaveText(
    'Đã bỏ qua link; tiến độ trên trình duyệt này giữ nguyên.',
  );
  expect(await stored(to)).toEqual(theirs);
  expect(new URL(to.url()).hash).toBe('');

  // Accepting merges: both browsers' attempts are kept.
  await to.goto(link);
  await island(to).getByRole('button', { name: 'Gộp vào tiến độ của tôi' }).click();
  await expect(island(to).locator('.learning-status')).toHaveText('Đã gộp tiến độ từ link: thêm 2 lần làm bài mới.');
  expect(attemptIds(await stored(to))).toEqual([...attemptIds(await stored(from)), ...attemptIds(theirs)].sort());
  expect((await stored(to)).modules['data-thinking/data-in-public-work']?.completedAt).toBeTruthy();
  await expect(island(to).locator('tbody tr')).toHaveCount(3);
  expect(new URL(to.url()).hash).toBe('');
  // Opened again (a second tap on the chat message): nothing is doubled.
  await to.goto(link);
  await island(to).getByRole('button', { name: 'Gộp vào tiến độ của tôi' }).click();
  await expect(island(to).locator('.learning-status')).toHaveText('Đã gộp tiến độ từ link: thêm 0 lần làm bài mới.');
  await expect(island(to).locator('tbody tr')).toHaveCount(3);
  await zalo.close();
  await chrome.close();
});

test('exercise attempts move by link too, counted among the attempts it adds', async ({ browser }) => {
  const zalo = await browser.newContext();
  const chrome = await browser.newContext();
  const from = await zalo.newPage();
  const to = await chrome.newPage();
  const record = recordWithExercises({ quality: 'e2e-find-errors', charts: 'e2e-misleading-chart' });
  await seedStorage(from, { 'cdl.progress': JSON.stringify(record) });
  const link = await makeLink(from);
  await to.goto(link);
  // One quiz attempt and three exercise attempts.
  await expect(island(to)).toContainText('(số lần làm bài: 4; học phần đã hoàn thành: 1)');
  await island(to).getByRole('button', { name: 'Gộp vào tiến độ của tôi' }).click();
  await expect(island(to).locator('.learning-status')).toHaveText('Đã gộp tiến độ từ link: thêm 4 lần làm bài mới.');
  const arrived = JSON.parse((await storedValue(to, 'cdl.progress')) ?? '{}');
  expect(arrived.modules['data-thinking/reading-charts'].exercises).toEqual(
    record.modules['data-thinking/reading-charts']!.exercises,
  );
  // In progress (reading charts) first, then completed (data quality), as My learning lists them.
  await expect(island(to).getByRole('list', { name: 'Bài thực hành trong học phần' })).toHaveText([
    'Bài thực hành “e2e misleading chart”: điểm cao nhất 33%, chưa đạt, 1 lần làm',
    'Bài thực hành “e2e find errors”: điểm cao nhất 80%, đã đạt, 2 lần làm',
  ]);
  await zalo.close();
  await chrome.close();
});

test('a link cut short says so and changes nothing', async ({ page }) => {
  await seedStorage(page, { 'cdl.progress': SAMPLE });
  const link = await makeLink(page);
  await seedStorage(page, { 'cdl.progress': THEIRS });
  await page.goto(link.slice(0, -20));
  await expect(island(page).getByRole('alert')).toHaveText(
    'Link chuyển tiến độ bị hỏng (có thể bị cắt khi sao chép). Không có gì thay đổi. Hãy sao chép lại cả link, hoặc dùng bản sao lưu.',
  );
  await expect(island(page).getByRole('button', { name: 'Gộp vào tiến độ của tôi' })).toHaveCount(0);
  expect(await storedValue(page, 'cdl.progress')).toBe(THEIRS);
});

test('a record too large for a link points to the backup file', async ({ page }) => {
  const attempts = Array.from({ length: 300 }, (_, i) => ({
    id: `${i}-${(i * 2654435761).toString(36)}-${(i * 40503).toString(16)}`,
    at: new Date(Date.UTC(2026, 0, 1) + i * 61_000).toISOString(),
    lang: 'en',
    correct: i % 7,
    total: 7,
    percent: Math.round(((i % 7) / 7) * 100),
    passed: i % 7 === 6,
    answers: { [`q-${(i * 7919).toString(36)}`]: { type: 'single', choice: (i * 104729).toString(36) } },
  }));
  const big = {
    version: 2,
    modules: { 'data-thinking/data-quality': { visits: 300, attempts } },
    inProgress: {},
    paths: {},
  };
  await seedStorage(page, { 'cdl.progress': JSON.stringify(big) });
  await page.goto('/en/my-learning/');
  await island(page).getByRole('button', { name: 'Make a link to move my progress' }).click();
  await expect(island(page).getByRole('alert')).toContainText('Your progress is too large to fit in a link (');
  await expect(island(page).getByRole('alert')).toContainText('Use “Download a backup (JSON)” above');
  await expect(island(page).getByLabel('Link to move your progress', { exact: true })).toHaveCount(0);
});
