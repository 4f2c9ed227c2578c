import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { encodePath, pathId } from '../../src/lib/course-paths/path-codec';
import { xapiProblems } from '../unit/reports/xapi-rules';
import { quizReady, takePracticeQuiz, words } from './quiz-helpers';
import { pathSteps, written } from './written-modules';

const axe = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
};
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('cdl.progress'));

const TITLE = 'Dữ liệu cho mọi công chức — lớp tháng 12';
const NOTE = 'Hoàn thành trước buổi tập huấn <b>ngày 15/1</b>.\nMang theo máy tính.';
const NAME = 'Trần Thị "Hoa" <script>window.pwned = 1</script>';

// The essentials role path's steps that are written (seeds/paths/essentials.yaml; the others are still to come).
const writtenEssentials = written(pathSteps('essentials'));

test('the whole story: a trainer builds a path, a learner follows it and reports, the trainer reads the class', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const base = testInfo.project.use.baseURL!;
  const trainerContext = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  const learnerContext = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  const trainer = await trainerContext.newPage();
  const learner = await learnerContext.newPage();

  // --- The trainer starts from the role path for everyone, reorders by keyboard, adds a module found without diacritics.
  await trainer.goto('/vi/trainer/');
  await trainer.getByLabel('Lộ trình có sẵn').selectOption({ label: 'Kiến thức thiết yếu cho mọi cán bộ, công chức' });
  await trainer.getByRole('button', { name: 'Dùng lộ trình này' }).click();
  const chosen = trainer.locator('.builder-chosen li');
  await expect(chosen).toHaveCount(writtenEssentials.length);
  // This class takes course 1 only: the trainer drops the role path's modules from the other courses.
  const otherCourses = chosen.filter({ hasText: /^\s*[2-9]\.\d/ });
  for (let left = await otherCourses.count(); left > 0; left -= 1) {
    await otherCourses.first().locator('[data-action="remove"]').click();
    await expect(otherCourses).toHaveCount(left - 1);
  }
  await expect(chosen).toHaveCount(4);
  await trainer.getByLabel('Tên lộ trình').fill(TITLE);
  await trainer.getByLabel('Lời nhắn cho học viên (không bắt buộc)').fill(NOTE);
  await trainer.getByLabel('Hạn hoàn thành (không bắt buộc)').fill('2099-01-15');
  await trainer.getByLabel('Điểm đạt tối thiểu, tính theo % (không bắt buộc)').fill('80');

  await chosen.nth(1).locator('[data-action="up"]').focus();
  await trainer.keyboard.press('Enter');
  await expect(chosen.first()).toContainText('1.2 Chất lượng dữ liệu');
  await expect(chosen.first().locator('[data-action="down"]')).toBeFocused(); // up is disabled at the top
  await trainer.getByLabel('Lọc theo tên').fill('du lieu den quyet dinh');
  await expect(trainer.locator('.builder-picker li')).toHaveCount(1);
  await trainer.getByLabel(/Từ dữ liệu đến quyết định/).check();
  await expect(chosen).toHaveCount(5);
  await expect(trainer.locator('.builder-chosen').locator('xpath=preceding-sibling::p[1]')).toContainText('5 học phần');
  await axe(trainer);

  const link = await trainer.getByLabel('Link của lộ trình').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/vi\/paths\/shared\/#p=v1\./);
  await expect(trainer.getByRole('img', { name: `Mã QR mở lộ trình “${TITLE}”` })).toBeVisible();
  const pathDownload = trainer.waitForEvent('download');
  await trainer.getByRole('button', { name: 'Tải tệp lộ trình' }).click();
  const pathFile = JSON.parse(readFileSync(await (await pathDownload).path(), 'utf8'));
  expect(pathFile).toMatchObject({
    format: 'civic-data-literacy/path',
    link,
    path: { title: TITLE, due: '2099-01-15', passMark: 80 },
  });
  expect(pathFile.path.modules).toEqual([
    'data-thinking/data-quality',
    'data-thinking/data-in-public-work',
    'data-thinking/summarising-numbers',
    'data-thinking/reading-charts',
    'data-thinking/data-to-decision',
  ]);

  // The draft survives a reload (it lives in the builder's own address) and follows a switch of language.
  await trainer.reload();
  await expect(trainer.getByLabel('Tên lộ trình')).toHaveValue(TITLE);
  await expect(chosen).toHaveCount(5);
  await expect(trainer.getByLabel('Link của lộ trình')).toHaveValue(link);
  await trainer.locator('a.lang-switch').click();
  await expect(trainer.getByLabel('Title')).toHaveValue(TITLE);
  await expect(trainer.locator('.builder-chosen li').first()).toContainText('1.2 Data quality');

  // --- The learner opens the link, switches to English (the path comes along) and adds it.
  await learner.goto(link);
  await expect(learner.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(learner.locator('.shared-note p')).toHaveText(NOTE.replace('\n', ' ').replace(/\s+/g, ' '), {
    useInnerText: false,
  } as never);
  await expect(learner.locator('.shared-note b')).toHaveCount(0); // the note is text, never markup
  expect(await stored(learner)).toBeNull(); // previewing stores nothing
  await learner.locator('a.lang-switch').click();
  await expect(learner).toHaveURL(/\/en\/paths\/shared\/#p=v1\./);
  await expect(learner.getByText('5 modules, about')).toBeVisible();
  await axe(learner);
  await learner.getByRole('button', { name: 'Add to my learning' }).click();
  await expect(learner.getByText('The path is now in “My learning”.')).toBeVisible();

  // Passes one quiz, fails another twice.
  const w = words.en;
  await learner.goto('/en/courses/data-thinking/data-quality/');
  await quizReady(learner);
  await learner.locator('quiz-island').getByRole('button', { name: w.start }).click();
  await takePracticeQuiz(learner, 'en', () => true);
  await expect(learner.locator('.quiz-pass')).toBeVisible();
  await learner.goto('/en/courses/data-thinking/data-in-public-work/');
  await quizReady(learner);
  await learner.locator('quiz-island').getByRole('button', { name: w.start }).click();
  await takePracticeQuiz(learner, 'en', (i) => i === 0);
  await learner.locator('quiz-island').getByRole('button', { name: w.retry }).click();
  await takePracticeQuiz(learner, 'en', () => false);
  await expect(learner.locator('.quiz-fail')).toBeVisible();

  // My learning shows the path; the report needs a name first.
  await learner.goto('/en/my-learning/');
  const assigned = learner.locator('assigned-paths-island');
  await expect(assigned.getByRole('heading', { level: 3, name: TITLE })).toBeVisible();
  await expect(assigned.locator('[data-path-progress]')).toHaveText('1 of 5 modules done (20%)');
  await learner.setViewportSize({ width: 320, height: 800 });
  expect(
    await learner.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await learner.setViewportSize({ width: 1280, height: 720 });
  await expect(assigned.getByRole('link', { name: /^Continue: Module 1\.1/ })).toHaveAttribute(
    'href',
    '/en/courses/data-thinking/data-in-public-work/',
  );
  await assigned.getByRole('button', { name: `Download a report on “${TITLE}” for your trainer` }).click();
  // The error shows beside the name field it is about, not below the path card.
  await expect(assigned.locator('#learner-name-error')).toHaveText(
    'Error: Type your name before downloading a report.',
  );
  await expect(learner.getByLabel('Your name on reports')).toHaveAttribute('aria-invalid', 'true');
  await expect(learner.getByLabel('Your name on reports')).toBeFocused();
  await learner.getByLabel('Your name on reports').fill(NAME);
  const reportDownload = learner.waitForEvent('download');
  await assigned.getByRole('button', { name: `Download a report on “${TITLE}” for your trainer` }).click();
  const reportPath = testInfo.outputPath('report.json');
  await (await reportDownload).saveAs(reportPath);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  expect(report.learner.name).toBe(NAME);
  expect(report.modules.map((m: { status: string }) => m.status)).toEqual([
    'completed',
    'in-progress',
    'not-started',
    'not-started',
    'not-started',
  ]);
  const verbs = report.statements.map((s: { verb: { id: string } }) => s.verb.id.split('/').pop());
  expect(verbs.filter((v: string) => v === 'passed')).toHaveLength(1);
  expect(verbs.filter((v: string) => v === 'failed')).toHaveLength(2);
  expect(verbs).toContain('completed');
  for (const statement of report.statements) expect(xapiProblems(statement)).toEqual([]);
  await axe(learner);

  // --- The trainer drops the report with a broken file and a report for another path.
  const other = structuredClone(report);
  other.path = { title: 'Lớp lãnh đạo', modules: ['data-thinking/data-to-decision'] };
  other.pathId = pathId(other.path);
  other.modules = [{ module: 'data-thinking/data-to-decision', status: 'not-started', attempts: [] }];
  other.learner = { id: 'other-learner-0001', name: 'Lê Văn Bình' };
  await trainer.goto('/vi/trainer/report/');
  await expect(trainer.getByText('Chưa có báo cáo nào.')).toBeVisible();
  await trainer.getByLabel('Chọn các tệp báo cáo (chọn được nhiều tệp cùng lúc)').setInputFiles([
    { name: 'report.json', mimeType: 'application/json', buffer: readFileSync(reportPath) },
    { name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "civic-data') },
    { name: 'binh.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) },
    // The learner's own backup file, sent instead of the report: the trainer is told which file to ask for.
    {
      name: 'sao-luu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'civic-data-literacy/progress', version: 3, record: {} })),
    },
  ]);
  const results = trainer.locator('.file-results li');
  await expect(results).toHaveCount(4);
  await expect(results.filter({ hasText: 'sao-luu.json' })).toContainText(
    'sao-luu.json: đây là bản sao lưu của học viên, không phải báo cáo. Hãy nhờ học viên vào trang “Việc học của tôi”',
  );
  await expect(results.filter({ hasText: 'hong.json' })).toHaveText('hong.json: không phải tệp JSON');
  await expect(results.filter({ hasText: 'report.json' })).toHaveText(`report.json: báo cáo của ${NAME}`);
  await expect(results.filter({ hasText: 'binh.json' })).toContainText('cho lộ trình khác (“Lớp lãnh đạo”)');

  const row = trainer.locator('.class-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('th')).toHaveText(NAME);
  const cells = row.locator('td');
  await expect(cells.nth(0)).toHaveText('1/5');
  await expect(cells.nth(1)).toHaveText('đã xongcao nhất 100%1 lần làm bài');
  await expect(cells.nth(2)).toHaveText(/^đang học.*2 lần làm bài$/);
  await expect(trainer.locator('.class-help')).toContainText(
    'lần làm bài gần nhất của “Dữ liệu trong công việc công vụ',
  );
  await expect(trainer.locator('.class-help-rule')).toContainText('dù mới làm một lần');
  // Module columns are headed by their number, so on a desktop no header runs into the next one.
  const headers = await trainer
    .locator('.class-table thead th')
    .evaluateAll((ths) =>
      ths.map((th) => [
        th.getBoundingClientRect().left,
        th.getBoundingClientRect().right,
        th.scrollWidth - th.clientWidth,
      ]),
    );
  for (let i = 1; i < headers.length; i++) expect(headers[i]![0]!).toBeGreaterThanOrEqual(headers[i - 1]![1]! - 0.5);
  expect(headers.every(([, , overflow]) => overflow! <= 0)).toBe(true);
  // The path's order: 1.2 was moved first. Its header shows the number; screen readers get the whole name.
  const firstModule = trainer.locator('.class-table thead th.module-col').first();
  await expect(firstModule.locator('[aria-hidden="true"]')).toHaveText('1.2');
  await expect(trainer.getByRole('columnheader', { name: /^1\.2 Chất lượng dữ liệu/ })).toHaveCount(1);
  await expect(trainer.locator('.class-legend li').first()).toHaveText(/^1\.2 Chất lượng dữ liệu: sáu câu hỏi/);
  await expect(trainer.locator('.class-missed li').first()).toContainText('1 học viên sai');
  expect(await trainer.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  await trainer.emulateMedia({ colorScheme: 'dark' });
  await axe(trainer); // flagged files, statuses and the tables keep their contrast in the dark scheme too
  await trainer.emulateMedia({ colorScheme: 'light' });
  // 400% zoom (320 px): the page does not scroll sideways; the wide table scrolls inside its own region.
  await trainer.setViewportSize({ width: 320, height: 800 });
  expect(
    await trainer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await trainer.setViewportSize({ width: 1280, height: 720 });

  // Reports for two paths: the trainer can switch the view to the other one.
  await trainer.getByLabel('Đang xem lộ trình').selectOption({ label: 'Lớp lãnh đạo' });
  await expect(trainer.locator('.class-table tbody tr th')).toHaveText('Lê Văn Bình');
  await trainer.getByLabel('Đang xem lộ trình').selectOption({ label: TITLE });
  await expect(trainer.locator('.class-table tbody tr th')).toHaveText(NAME);
  await axe(trainer);

  const csvDownload = trainer.waitForEvent('download');
  await trainer.getByRole('button', { name: 'Tải bảng dạng CSV (mở bằng Excel)' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('\r\n');
  // Excel under vi-VN settings splits at ";" (its list separator): every column is its own cell there.
  expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFHọc viên;Đã xong;/);
  const rows: string[][] = parse(csv, { bom: true, delimiter: ';' });
  expect(rows).toHaveLength(2);
  expect(rows[1]).toHaveLength(rows[0]!.length);
  expect(rows[1]![0]).toBe(NAME);
  expect(rows[0]).toContain('1.2 Chất lượng dữ liệu: sáu câu hỏi trước khi dùng một bảng số: trạng thái');
  const column = (header: string) => rows[1]![rows[0]!.indexOf(header)];
  expect(column('1.2 Chất lượng dữ liệu: sáu câu hỏi trước khi dùng một bảng số: trạng thái')).toBe('đã xong');
  expect(column('1.1 Dữ liệu trong công việc công vụ: quan sát, biến và siêu dữ liệu: số lần làm bài')).toBe('2');

  // Saved in the browser: the class view is back after a reload.
  await trainer.reload();
  await expect(trainer.getByText('Đã mở lại 2 báo cáo lưu trên trình duyệt này.')).toBeVisible();
  await expect(trainer.locator('.class-table tbody tr th')).toHaveText(NAME);

  // Clearing asks first, then the class view is empty, after a reload too.
  await trainer.getByRole('button', { name: 'Xóa các báo cáo đã lưu' }).click();
  await trainer.getByRole('button', { name: 'Không, giữ lại' }).click();
  await expect(trainer.locator('.class-table tbody tr')).toHaveCount(1);
  await trainer.getByRole('button', { name: 'Xóa các báo cáo đã lưu' }).click();
  await trainer.getByRole('button', { name: 'Có, xóa' }).click();
  await expect(trainer.getByText('Chưa có báo cáo nào.')).toBeVisible();
  await trainer.reload();
  await expect(trainer.getByText('Chưa có báo cáo nào.')).toBeVisible();

  await trainerContext.close();
  await learnerContext.close();
});

test('a broken, tampered, newer or unknown link explains itself and changes nothing', async ({ page }) => {
  const good = encodePath({ title: 'Lộ trình thử', modules: ['data-thinking/data-quality'] });
  const unknown = encodePath({
    title: 'Lộ trình mới',
    modules: ['data-thinking/data-quality', 'future-course/new-module'],
  });
  const cases: Array<[string, string]> = [
    [`#p=${good.slice(0, -6)}`, 'Link bị hỏng'],
    [`#p=${good.replace(/\.(\w)/, '.z$1')}`, 'Link bị hỏng'],
    ['#p=v9.abc.def', 'phiên bản mới hơn'],
    ['#p=hello', 'không phải link lộ trình'],
    [`#p=v1.${'a'.repeat(9000)}`, 'dài bất thường'],
    [`#p=${unknown}`, 'future-course/new-module'],
  ];
  await page.goto('/vi/paths/shared/');
  await expect(page.getByText('Trang này mở lộ trình từ link giảng viên gửi.')).toBeVisible();
  for (const [hash, message] of cases) {
    await page.goto(`/vi/paths/shared/${hash}`);
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert, hash.slice(0, 40)).toContainText(message);
    await expect(alert).toContainText('Việc học của bạn không bị thay đổi.');
    await expect(page.getByRole('button', { name: 'Thêm vào việc học của tôi' })).toHaveCount(0);
  }
  expect(await stored(page)).toBeNull();
  await axe(page);

  // A path file opens the same preview.
  await page.getByLabel('Mở tệp lộ trình').setInputFiles({
    name: 'lo-trinh.cdl-path.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'civic-data-literacy/path',
        version: 1,
        path: { title: 'Từ tệp', modules: ['data-thinking/data-quality'] },
      }),
    ),
  });
  await expect(page.getByRole('heading', { level: 2, name: 'Từ tệp' })).toBeVisible();
});

test('several paths at once; removing one keeps the progress on its modules', async ({ page }) => {
  await page.goto('/vi/my-learning/');
  await page.evaluate(
    (raw) => localStorage.setItem('cdl.progress', raw),
    readFileSync(new URL('../fixtures/progress-v2.json', import.meta.url), 'utf8'),
  );
  const second = encodePath({ title: 'Đọc biểu đồ', modules: ['data-thinking/reading-charts'] });
  await page.goto(`/vi/paths/shared/#p=${second}`);
  await page.getByRole('button', { name: 'Thêm vào việc học của tôi' }).click();
  await page.goto('/vi/my-learning/');
  const assigned = page.locator('assigned-paths-island');
  await expect(assigned.locator('article h3')).toHaveText(['Dữ liệu cho mọi công chức', 'Đọc biểu đồ']); // due first
  await expect(assigned.locator('article').first().locator('[data-path-progress]')).toHaveText(
    'Đã xong 1/2 học phần (50%)',
  );
  await assigned.getByRole('button', { name: 'Bỏ lộ trình “Dữ liệu cho mọi công chức”' }).click();
  await expect(assigned.getByRole('status')).toHaveText(
    'Đã bỏ lộ trình “Dữ liệu cho mọi công chức”. Tiến độ ở các học phần vẫn được giữ.',
  );
  await expect(page.getByRole('heading', { name: 'Lộ trình được giao' })).toBeFocused();
  await expect(assigned.locator('article h3')).toHaveText(['Đọc biểu đồ']);
  await expect(page.locator('learning-island tbody tr')).toHaveCount(2); // both attempts still there
  await page.reload();
  await expect(assigned.locator('article h3')).toHaveText(['Đọc biểu đồ']);

  // Erasing progress keeps the assigned paths and the name for reports.
  await page.getByRole('button', { name: 'Xóa toàn bộ tiến độ' }).click();
  await page.getByRole('button', { name: 'Có, xóa hết' }).click();
  await expect(page.locator('learning-island')).toContainText('Bạn chưa làm bài kiểm tra nào.');
  await expect(assigned.locator('[data-path-progress]')).toHaveText('Đã xong 0/1 học phần (0%)');
  await expect(page.getByLabel('Tên của bạn trên báo cáo')).toHaveValue('Nguyễn Thị Lan');
});
