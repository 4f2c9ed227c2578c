import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './built-pages';
import { recordWithExercises } from './exercise-records';
import { attempt, exercise, exerciseAttempt, makeReport, mod, M2 } from '../unit/report-fixture';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe over every page the build wrote, in the light and the dark colour scheme (contrast differs).
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of builtPages()) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        // axe needs scripts, but "/" would redirect at once: check its markup with the redirect script taken out.
        if (path === '/') {
          await page.route('/', async (route) => {
            const response = await route.fetch();
            const body = (await response.text()).replace(/<script[\s\S]*?<\/script>/g, '');
            await route.fulfill({ response, body });
          });
        }
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        const summary = violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

// Charts (src/components/mdx/Chart.astro) in the states the walk above does not reach: the phone layout, and the
// data tables opened.
for (const scheme of ['light', 'dark'] as const) {
  test(`charts on a phone with their tables open have no WCAG 2.2 AA violations, ${scheme} scheme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 740 });
    for (const url of ['/vi/courses/data-thinking/reading-charts/', '/en/courses/data-thinking/summarising-numbers/']) {
      await page.goto(url);
      // The charts outside exercises: a chart critique's redrawn chart waits, folded, for the check (its own spec runs axe there).
      for (const details of await page.locator('.chart-data:not(.exercise *)').all())
        await details.locator('summary').click();
      const { violations } = await new AxeBuilder({ page })
        .include('.chart:not(.exercise *)')
        .withTags(WCAG_22_AA)
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    }
  });
}

// States the page list above does not reach: results of exercises, on My learning and on the class report.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} scheme, exercise results`, () => {
    test.use({ colorScheme: scheme });
    const check = async (page: Page) => {
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    };
    test('My learning listing exercise results has no WCAG 2.2 AA violations', async ({ page }) => {
      const record = recordWithExercises({ quality: 'e2e-find-errors', charts: 'e2e-misleading-chart' });
      await page.addInitScript((text) => localStorage.setItem('cdl.progress', text), JSON.stringify(record));
      await page.goto('/en/my-learning/');
      await expect(page.locator('.learning-exercises li')).toHaveCount(2);
      await check(page);
    });
    test('the class report with per-exercise results has no WCAG 2.2 AA violations', async ({ page }) => {
      const report = makeReport({
        modules: [
          mod(M2, [attempt(60, { missed: ['q1'] })], undefined, [
            exercise('find-errors', [exerciseAttempt(40, { missed: ['r7', 'r9'] }), exerciseAttempt(80)]),
          ]),
        ],
      });
      await page.goto('/vi/trainer/report/');
      await page
        .getByLabel('Chọn các tệp báo cáo (chọn được nhiều tệp cùng lúc)')
        .setInputFiles([{ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) }]);
      await expect(page.locator('[data-class-exercises] .class-missed li')).toHaveCount(2);
      await check(page);
    });
  });
}
