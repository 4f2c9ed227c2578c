import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchCsp } from '../../../tests/e2e/csp-watch';
import { storedValue } from '../../../tests/e2e/island-start';
import { payloadOf, takeByKeyboard, tabTo, words } from './placement-keyboard';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DAY_ONE = new Date('2026-12-01T08:00:00Z');

const stored = async (page: Page) => JSON.parse((await storedValue(page, 'cdl.progress')) ?? '{}');
/** The ids of the questions in the given areas, from the page's own payload. */
const idsIn = async (page: Page, pick: (area: string, index: number) => boolean) => {
  const { areas } = await payloadOf(page);
  const seen: Record<string, number> = {};
  return new Set(
    Object.entries(areas)
      .filter(([, area]) => pick(area, (seen[area] = (seen[area] ?? -1) + 1)))
      .map(([id]) => id),
  );
};

test('vi: taken by keyboard, the result gives levels with their reasons; the path it adds shows on My learning', async ({
  page,
}) => {
  await page.clock.setFixedTime(DAY_ONE);
  await page.goto('/vi/start/');
  const island = page.locator('placement-island');
  await expect(island.getByRole('heading', { name: 'Bước 1. Tự đánh giá' })).toBeVisible();
  // Nothing chosen: the check says what is missing instead of going on.
  await island.getByRole('button', { name: words.vi.begin }).click();
  await expect(island.getByRole('alert')).toHaveText(
    'Bạn chưa chọn: Dữ liệu, Lập luận phản biện và AI, Quản trị rủi ro, Dữ liệu trong chính phủ số, Công việc chính của bạn.',
  );
  // Data all right (does it often), reasoning one of three, risk all right but new to it, government data none.
  const right = await idsIn(page, (area, i) => area === 'data' || area === 'risk' || (area === 'reasoning' && i === 0));
  await takeByKeyboard(
    page,
    'vi',
    {
      data: 'Làm thường xuyên',
      reasoning: 'Thỉnh thoảng làm',
      risk: 'Mới làm quen',
      'government-data': 'Thỉnh thoảng làm',
    },
    'Thống kê, phân tích hoặc quản lý dữ liệu',
    right,
  );
  await expect(island.locator('.placement-levels tbody tr')).toHaveText([
    /Dữ liệu\s*Tự đánh giá: Làm thường xuyên\s*3\/3\s*Thành thạo/,
    /Lập luận phản biện và AI\s*Tự đánh giá: Thỉnh thoảng làm\s*1\/3\s*Nhận biết/,
    /Quản trị rủi ro\s*Tự đánh giá: Mới làm quen\s*2\/2\s*Vận dụng/,
    /Dữ liệu trong chính phủ số\s*Tự đánh giá: Thỉnh thoảng làm\s*0\/2\s*Nhận biết/,
  ]);
  await expect(island.locator('.placement-reasons li')).toHaveText([
    'Dữ liệu: bạn trả lời đúng cả 3 câu và cho biết có làm việc này, nên được xếp mức Thành thạo.',
    'Lập luận phản biện và AI: bạn trả lời đúng 1/3 câu, chưa được một nửa, nên được xếp mức Nhận biết.',
    'Quản trị rủi ro: bạn trả lời đúng cả 2 câu nhưng cho biết mới làm quen, nên được xếp mức Vận dụng (mức Thành thạo dành cho người đã làm việc này).',
    'Dữ liệu trong chính phủ số: bạn trả lời đúng 0/2 câu, chưa được một nửa, nên được xếp mức Nhận biết.',
  ]);
  const { paths } = await payloadOf(page);
  const path = paths['data-specialists']!;
  await expect(island.getByRole('heading', { name: `Lộ trình nên học: ${path.title}` })).toBeVisible();
  await expect(island.locator('.placement-path')).toContainText(
    'Lộ trình này dành cho công việc bạn chọn: Thống kê, phân tích hoặc quản lý dữ liệu.',
  );
  // Weakest first (reasoning and government data, in the path's order); the data modules may be skimmed.
  const label = (key: string) => {
    const m = path.modules.find((x) => x.key === key)!;
    return `${m.number} ${m.title}`;
  };
  const [start, skip] = [island.locator('.placement-modules').nth(0), island.locator('.placement-modules').nth(1)];
  await expect(start.locator('li')).toHaveText(
    path.modules.filter((m) => !m.key.startsWith('data-thinking/')).map((m) => label(m.key)),
  );
  await expect(skip.locator('li')).toHaveText(
    path.modules.filter((m) => m.key.startsWith('data-thinking/')).map((m) => label(m.key)),
  );
  // Feedback comes only now: every question with its verdict and explanation.
  await expect(island.locator('.placement-answers .quiz-verdict')).toHaveText(
    (await payloadOf(page)).quiz.questions.map((q) => (right.has(q.id) ? words.vi.right : words.vi.wrong)),
  );
  const record = await stored(page);
  expect(Object.values(record.placements)).toEqual([
    expect.objectContaining({
      at: DAY_ONE.toISOString(),
      lang: 'vi',
      work: 'data',
      recommended: 'data-specialists',
      levels: { data: 'practitioner', reasoning: 'awareness', risk: 'working', 'government-data': 'awareness' },
    }),
  ]);

  // "Add to my learning" opens the role path page's own link; adding it there puts it on My learning.
  await tabTo(page, island.getByRole('link', { name: words.vi.add }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vi\/paths\/shared\/#p=/);
  const shared = page.locator('shared-path-island');
  await expect(shared.getByRole('heading', { level: 2 })).toHaveText(path.title);
  await tabTo(page, shared.getByRole('button', { name: words.vi.sharedAdd }));
  await page.keyboard.press('Enter');
  await tabTo(page, shared.getByRole('link', { name: words.vi.goLearning }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vi\/my-learning\/$/);
  await expect(page.locator('assigned-paths-island article h3')).toHaveText([path.title]);
  await expect(page.locator('placement-line-island')).toHaveText(
    `Bài đánh giá đầu vào ngày 1 thg 12, 2026: nên học lộ trình “${path.title}”. Xem kết quả hoặc làm lại`,
  );
});

test('en: taken by keyboard, a newcomer is sent to the essentials with the reasons, and can add them', async ({
  page,
}) => {
  await page.clock.setFixedTime(DAY_ONE);
  await page.goto('/en/start/');
  const island = page.locator('placement-island');
  // Manages a team, new to everything, one data question right.
  const right = await idsIn(page, (area, i) => area === 'data' && i === 0);
  await takeByKeyboard(
    page,
    'en',
    { data: 'New to it', reasoning: 'New to it', risk: 'New to it', 'government-data': 'Do it sometimes' },
    'Leading or managing an agency, a unit or a team',
    right,
  );
  await expect(island.locator('.placement-reasons li')).toHaveText([
    'Data: you answered 1 of 3 questions right, fewer than half, so your level is Awareness.',
    'Critical reasoning and AI: you answered 0 of 3 questions right, fewer than half, so your level is Awareness.',
    'Risk management: you answered 0 of 2 questions right, fewer than half, so your level is Awareness.',
    'Data in digital government: you answered 0 of 2 questions right, fewer than half, so your level is Awareness.',
  ]);
  const { paths } = await payloadOf(page);
  await expect(island.getByRole('heading', { name: `Recommended path: ${paths.essentials!.title}` })).toBeVisible();
  await expect(island.locator('.placement-path')).toContainText(
    'You are at Awareness in at least three areas, so take the essentials first, then the path for your work (Leading or managing an agency, a unit or a team).',
  );
  // The path for their work stays one link away.
  await expect(island.getByRole('link', { name: `See the path “${paths.leaders!.title}”` })).toBeVisible();
  await tabTo(page, island.getByRole('link', { name: words.en.add }));
  await page.keyboard.press('Enter');
  const shared = page.locator('shared-path-island');
  await tabTo(page, shared.getByRole('button', { name: words.en.sharedAdd }));
  await page.keyboard.press('Enter');
  await tabTo(page, shared.getByRole('link', { name: words.en.goLearning }));
  await page.keyboard.press('Enter');
  await expect(page.locator('assigned-paths-island article h3')).toHaveText([paths.essentials!.title]);
});

test('the kept result shows on return and after a reload; a retake adds a second entry and shows the newer', async ({
  page,
}) => {
  await page.clock.setFixedTime(DAY_ONE);
  await page.goto('/en/start/');
  const island = page.locator('placement-island');
  await takeByKeyboard(
    page,
    'en',
    { data: 'Do it often', reasoning: 'Do it often', risk: 'Do it often', 'government-data': 'Do it often' },
    'Running or administering information systems and digital infrastructure',
    new Set(),
  );
  await page.reload();
  await expect(island.getByRole('heading', { name: words.en.result })).toBeVisible();
  await expect(island).toContainText('Taken on 1 Dec 2026.');
  await expect(island.locator('.placement-reasons li').first()).toHaveText(
    'Data: you answered 0 of 3 questions right, fewer than half, so your level is Awareness.',
  );
  // The answers are for right after the check; the kept result is the levels and the path.
  await expect(island.locator('.placement-answers')).toHaveCount(0);

  // Days later, all right this time: the form comes back as last filled in.
  await page.clock.setFixedTime(new Date('2026-12-05T08:00:00Z'));
  await page.reload();
  await island.getByRole('button', { name: words.en.retake }).click();
  await expect(island.getByRole('heading', { name: 'Step 1. Rate yourself' })).toBeFocused();
  await expect(
    island.getByLabel('Running or administering information systems and digital infrastructure'),
  ).toBeChecked();
  const all = new Set((await payloadOf(page)).quiz.questions.map((q) => q.id));
  await takeByKeyboard(page, 'en', {}, 'Running or administering information systems and digital infrastructure', all);
  await page.reload();
  await expect(island).toContainText('Taken on 5 Dec 2026.');
  await expect(island.locator('.placement-levels tbody td.placement-level')).toHaveText([
    'Practitioner',
    'Practitioner',
    'Practitioner',
    'Practitioner',
  ]);
  const placements = Object.values((await stored(page)).placements) as Array<{ at: string }>;
  expect(placements.map((p) => p.at).sort()).toEqual(['2026-12-01T08:00:00.000Z', '2026-12-05T08:00:00.000Z']);
});

test('a damaged placement entry is set aside: the page shows the good one, says so, and loses nothing else', async ({
  page,
}) => {
  const record = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../tests/fixtures/progress-v4.json'), 'utf8'),
  );
  const good = Object.values(record.placements)[0] as { id: string };
  record.placements['bad-entry-0001'] = {
    ...good,
    id: 'bad-entry-0001',
    at: '2026-11-30T07:00:00.000Z',
    levels: { data: 'expert' },
  };
  const text = JSON.stringify(record);
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('cdl.progress', value);
    sessionStorage.setItem('seeded', '1');
  }, text);
  await page.goto('/en/start/');
  const island = page.locator('placement-island');
  await expect(island.getByRole('note')).toHaveText(
    'Part of your learning record was damaged. A whole copy has been set aside (see My learning); the rest works as before.',
  );
  await expect(island.getByRole('heading', { name: words.en.result })).toBeVisible();
  await expect(island).toContainText('Taken on 19 Nov 2026.');
  const after = await stored(page);
  expect(Object.keys(after.placements)).toEqual([good.id]);
  expect(after.modules).toEqual(record.modules);
  expect(after.paths).toEqual(record.paths);
  const copies = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('cdl.progress.backup.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(copies).toEqual([text]);
});

for (const [width, lang, scheme] of [
  [360, 'vi', 'light'],
  [1280, 'en', 'dark'],
] as const) {
  test(`axe and the page policy find nothing at ${width} px (${lang}, ${scheme}): the form, a question, the result with its answers`, async ({
    page,
  }) => {
    const csp = await watchCsp(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/${lang}/start/`);
    const check = async () => {
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    };
    await check();
    const island = page.locator('placement-island');
    for (const group of await island.locator('fieldset[data-group]').all())
      await group.locator('input').first().check();
    await island.getByRole('button', { name: words[lang].begin }).click();
    await expect(island.locator('fieldset.quiz-question')).toBeVisible();
    await check();
    const { quiz } = await payloadOf(page);
    for (const [i] of quiz.questions.entries()) {
      const number = island.getByLabel(words[lang].number, { exact: true });
      if (await number.count()) await number.fill('1');
      else await island.locator('fieldset.quiz-question input').first().check();
      if (i < quiz.questions.length - 1) await island.getByRole('button', { name: words[lang].next }).click();
    }
    await island.getByRole('button', { name: words[lang].submit }).click();
    await expect(island.locator('.placement-answers')).toBeVisible();
    await check();
    // Readable at this width: nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(csp).toEqual([]);
  });
}
