import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { xapiProblems } from '../unit/reports/xapi-rules';
import { REPORT_VERSION } from '../../src/lib/reports/report-schema';
import {
  CHARTS,
  declaredExercises,
  EXERCISE_PATH,
  LEARNER_NAME,
  QUALITY,
  recordWithExercises,
} from './exercise-records';

/** A title as a pattern: titles may hold "?" or "(". */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

// Exercise results wherever quiz results are: My learning, the report file and its xAPI statements, the class view.
const axe = async (page: Page) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }
};

test('a learner’s exercise attempts: on My learning, in the report and its statements, in the class view and its CSV', async ({
  browser,
}, testInfo) => {
  const base = testInfo.project.use.baseURL!;
  const learnerContext = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  const learner = await learnerContext.newPage();
  await learner.goto('/vi/my-learning/');
  const declared = await declaredExercises(learner);
  const record = recordWithExercises({ quality: declared.quality.id, charts: declared.charts.id });
  await learner.evaluate((text) => localStorage.setItem('cdl.progress', text), JSON.stringify(record));
  await learner.reload();

  // --- My learning: each module with attempts shows its exercise beside the quiz's result.
  const island = learner.locator('learning-island');
  const done = island.locator('li', { has: learner.getByRole('link', { name: /Chất lượng dữ liệu/ }) });
  await expect(done.getByRole('list', { name: 'Bài thực hành trong học phần' })).toHaveText(
    `Bài thực hành “${declared.quality.title}”: điểm cao nhất 80%, đã đạt, 2 lần làm`,
  );
  await expect(done).toContainText('điểm cao nhất 100%'); // the quiz's own result, unchanged
  const started = island.locator('li', { has: learner.getByRole('link', { name: /Đọc và chất vấn biểu đồ/ }) });
  await expect(started.getByRole('listitem')).toContainText(
    `Bài thực hành “${declared.charts.title}”: điểm cao nhất 33%, chưa đạt, 1 lần làm`,
  );
  await axe(learner);

  // --- The report for the assigned path carries both exercises, each attempt as a cmi.interaction statement.
  const assigned = learner.locator('assigned-paths-island');
  const download = learner.waitForEvent('download');
  await assigned
    .getByRole('button', { name: `Tải báo cáo lộ trình “${EXERCISE_PATH.title}” để gửi giảng viên` })
    .click();
  const reportPath = testInfo.outputPath('report.json');
  await (await download).saveAs(reportPath);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  expect(report.version).toBe(REPORT_VERSION);
  expect(
    report.modules.map((m: { module: string; exercises?: Array<{ exercise: string; attempts: unknown[] }> }) => [
      m.module,
      m.exercises?.map((e) => [e.exercise, e.attempts.length]),
    ]),
  ).toEqual([
    [QUALITY, [[declared.quality.id, 2]]],
    [CHARTS, [[declared.charts.id, 1]]],
  ]);
  type Statement = {
    verb: { id: string };
    object: { id: string; definition: { type: string; interactionType?: string; name: Record<string, string> } };
    result: { response?: string; success?: boolean };
    context: { contextActivities: { parent: Array<{ id: string }> } };
  };
  const interactions = (report.statements as Statement[]).filter(
    (s) => s.object.definition.type === 'http://adlnet.gov/expapi/activities/cmi.interaction',
  );
  expect(
    interactions.map((s) => [s.verb.id.split('/').pop(), s.object.definition.interactionType, s.result.response]),
  ).toEqual([
    ['failed', 'other', 'r4:uniqueness[,]r2:validity'],
    ['passed', 'other', 'r4:uniqueness[,]r9:validity'],
    ['failed', 'choice', 'cherry-picked-range'],
  ]);
  expect(interactions[0]!.object.definition.name).toEqual({ vi: declared.quality.title });
  expect(new URL(interactions[0]!.context.contextActivities.parent[0]!.id).pathname).toBe(
    '/vi/courses/data-thinking/data-quality/',
  );
  for (const statement of report.statements) expect(xapiProblems(statement)).toEqual([]);
  await learnerContext.close();

  // --- The trainer reads the report: per-exercise results and what the class misses most, in both languages.
  const trainerContext = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  const trainer = await trainerContext.newPage();
  await trainer.goto('/vi/trainer/report/');
  await trainer
    .getByLabel('Chọn các tệp báo cáo (chọn được nhiều tệp cùng lúc)')
    .setInputFiles([{ name: 'bao-cao.json', mimeType: 'application/json', buffer: readFileSync(reportPath) }]);
  const cells = trainer.locator('.class-table tbody tr').first().locator('td');
  await expect(cells.nth(1)).toContainText('bài thực hành 1: 80%, đạt');
  await expect(cells.nth(2)).toContainText('bài thực hành 1: 33%, chưa đạt');
  const byExercise = trainer.getByRole('region', { name: 'Theo bài thực hành' }).first().getByRole('table');
  const qualityRow = byExercise.getByRole('row', { name: literally(`bài thực hành 1: ${declared.quality.title}`) });
  await expect(qualityRow.getByRole('cell')).toHaveText(['1', '1', '80%']);
  const chartsRow = byExercise.getByRole('row', { name: literally(`bài thực hành 1: ${declared.charts.title}`) });
  await expect(chartsRow.getByRole('cell')).toHaveText(['1', '0', '33%']);
  const missed = trainer.getByRole('region', { name: literally(`bài thực hành 1: ${declared.quality.title}`) });
  await expect(missed.getByRole('listitem')).toHaveText([
    // Named as the module names it; an item the module no longer declares, by its id made readable.
    'Dòng 04 và dòng 12 giống hệt nhau: 1 học viên bỏ sót hoặc làm sai, tổng 2 lần',
    'r9 date: 1 học viên bỏ sót hoặc làm sai, tổng 1 lần',
  ]);
  await axe(trainer);

  // The CSV gives each exercise its columns after its module's.
  const csvDownload = trainer.waitForEvent('download');
  await trainer.getByRole('button', { name: 'Tải bảng dạng CSV (mở bằng Excel)' }).click();
  const csvPath = testInfo.outputPath('class.csv');
  await (await csvDownload).saveAs(csvPath);
  const [header, row] = parse(readFileSync(csvPath, 'utf8'), {
    bom: true,
    delimiter: ';',
    record_delimiter: '\r\n',
  }) as string[][];
  const at = header!.findIndex((h) => h.endsWith(`— ${declared.quality.title}: điểm cao nhất %`));
  expect(at).toBeGreaterThan(0);
  expect(row!.slice(at, at + 3)).toEqual(['80', 'Đạt', '2']);

  // In English, the same class, saved in this browser, reads back with its exercises.
  await trainer.goto('/en/trainer/report/');
  const enRow = trainer
    .getByRole('region', { name: 'By exercise' })
    .first()
    .getByRole('row', {
      name: /exercise 1: /,
    });
  await expect(enRow).toHaveCount(2);
  await expect(trainer.locator('.class-table tbody tr').first().locator('td').nth(1)).toContainText(
    'exercise 1: 80%, passed',
  );
  await expect(trainer.getByRole('heading', { name: 'What the class misses most in each exercise' })).toBeVisible();
  await expect(trainer.locator('[data-class-exercises] .class-missed').first().getByRole('listitem')).toHaveText([
    /^Rows 04 and 12 are identical: 1 learner/,
    /^r9 date: 1 learner/,
  ]);
  await axe(trainer);
  await trainerContext.close();
});
