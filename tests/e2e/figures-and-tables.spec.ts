import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { modulePages, pageFile } from './built-pages';
import { chartText } from './chart-text';

// Figures and data tables as a civil servant reads them on a 360 px phone: labels big enough to read, tables that
// say they scroll, and each table's data to take away into Excel.
const PHONE = { width: 360, height: 740 };
const figurePages = modulePages().filter((url) => readFileSync(pageFile(url), 'utf8').includes('class="figure-image"'));
// An exercise's charts change as the learner works (the chart critique's redrawn chart waits for the check), so its
// own spec measures them; here, the module's figures outside exercises.
const outsideExercises = ':not(.exercise *)';
const chartPages = modulePages().filter((url) => /class="chart[ "]/.test(readFileSync(pageFile(url), 'utf8')));

/**
 * The smallest size, in CSS px, at which any text of each figure on the page is drawn: the figure's scale on screen
 * (its drawn width over its viewBox width) times each <text>'s own font size, read from the SVG file in the browser.
 */
const smallestText = (page: Page) =>
  page.locator(`img.figure-image${outsideExercises}`).evaluateAll(async (images: HTMLImageElement[]) =>
    Promise.all(
      images.map(async (img) => {
        const svg = new DOMParser()
          .parseFromString(await (await fetch(img.currentSrc)).text(), 'image/svg+xml')
          .querySelector('svg')!;
        const viewBoxWidth = svg.viewBox.baseVal.width;
        const fontOf = (node: Element | null): number => {
          for (let at = node; at; at = at.parentElement) {
            const size =
              at.getAttribute('font-size') ?? /font-size:\s*([\d.]+)/.exec(at.getAttribute('style') ?? '')?.[1];
            if (size) return Number.parseFloat(size);
          }
          return 16;
        };
        const fonts = [...svg.querySelectorAll('text, tspan')].map(fontOf);
        const scale = img.getBoundingClientRect().width / viewBoxWidth;
        return { src: img.currentSrc, texts: fonts.length, smallest: Math.min(...fonts) * scale };
      }),
    ),
  );

test('every figure’s text is at least 12 px on a 360 px phone, and each opens full size', async ({ page }) => {
  await page.setViewportSize(PHONE);
  let figures = 0;
  let fitting = 0;
  for (const url of figurePages) {
    await page.goto(url);
    // The page itself never scrolls sideways: the figure's own frame does, and says so.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    // A figure with a phone layout fits the screen; one without scrolls in its frame, and says so.
    for (const frame of await page.locator(`.figure-frame${outsideExercises}`).all()) {
      await frame.scrollIntoViewIfNeeded();
      await expect(frame.locator('img')).toBeVisible();
      const scrolls = await frame.evaluate((el) => el.scrollWidth > el.clientWidth);
      if (scrolls) await expect(frame.locator('.scroll-cue')).toBeVisible();
      else await expect(frame.locator('.scroll-cue')).toBeHidden();
      if (!scrolls) fitting += 1;
      // Loaded (figures load lazily), so the browser has chosen between the phone layout and the desktop one.
      await expect
        .poll(() => frame.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.currentSrc !== ''))
        .toBe(true);
    }
    const measured = await smallestText(page);
    // Every figure on the page measured, whatever the number of modules written.
    expect(measured.length, url).toBe(await page.locator(`img.figure-image${outsideExercises}`).count());
    for (const figure of measured) {
      expect(figure.texts, figure.src).toBeGreaterThan(0);
      expect(figure.smallest, `${url} ${figure.src}`).toBeGreaterThanOrEqual(12);
    }
    figures += measured.length;
    const full = page.locator('figcaption a.figure-full').first();
    await expect(full).toHaveAttribute('href', (await page.locator('img.figure-image').first().getAttribute('src'))!);
  }
  // At least course 1's four figures in both languages (its data charts are <Chart> now); each one fits.
  expect(figures).toBeGreaterThanOrEqual(8);
  expect(fitting).toBe(figures);
});

test('every chart’s text is at least 12 px on a 360 px phone, nothing cut, no sideways scrolling', async ({ page }) => {
  await page.setViewportSize(PHONE);
  let charts = 0;
  for (const url of chartPages) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), url).toBeLessThanOrEqual(0);
    const measured = await chartText(page, `.chart${outsideExercises}`);
    for (const chart of measured) {
      expect(chart.texts, chart.title).toBeGreaterThan(0);
      expect(chart.smallest, `${url} ${chart.title}`).toBeGreaterThanOrEqual(12);
      expect(chart.cut, `${url} ${chart.title}`).toEqual([]);
    }
    // One drawing of each chart on screen: the phone layout.
    expect(measured.length).toBe(await page.locator(`.chart${outsideExercises}`).count());
    charts += measured.length;
  }
  expect(charts).toBeGreaterThanOrEqual(10); // course 1's five (two pairs and a dot plot) in both languages, and more
});

test('on a desktop a figure that fits says nothing about scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/vi/courses/data-thinking/data-quality/');
  const frame = page.locator('.figure-frame').first();
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('img')).toBeVisible();
  await expect(frame.locator('.scroll-cue')).toBeHidden();
  await expect
    .poll(() => frame.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.currentSrc !== ''))
    .toBe(true);
  expect((await smallestText(page))[0]!.smallest).toBeGreaterThanOrEqual(12);
});

test('a wide table on a phone: says it scrolls, keeps dates whole, shows its whole caption', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/vi/courses/data-thinking/data-in-public-work/');
  const table = page.locator('.data-table').first();
  await table.scrollIntoViewIfNeeded();
  const frame = table.locator('.table-scroll');
  expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(frame.locator('.scroll-cue')).toBeVisible();
  await expect(frame.locator('.scroll-cue')).toContainText('Cuộn ngang trong bảng');
  // Scrolled to the end, the cue is still where the reader looks.
  await frame.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  const cue = await frame.locator('.scroll-cue').boundingBox();
  expect(cue!.x).toBeGreaterThanOrEqual(0);
  expect(cue!.x).toBeLessThan(PHONE.width / 2);

  // The caption is on screen whole, not cut at the frame's edge.
  const caption = table.locator('.table-caption');
  await expect(caption).toHaveText(
    'Sổ theo dõi hồ sơ, Trung tâm Phục vụ hành chính công phường Đông Hòa, 06–10/10/2025 (trích)',
  );
  const box = (await caption.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  await expect(
    page.getByRole('region', {
      name: 'Sổ theo dõi hồ sơ, Trung tâm Phục vụ hành chính công phường Đông Hòa, 06–10/10/2025 (trích)',
    }),
  ).toBeVisible();

  // Every date and number sits on one line.
  const broken = await frame.locator('td.whole').evaluateAll((cells) =>
    cells
      .filter((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      })
      .map((cell) => cell.textContent),
  );
  expect(broken).toEqual([]);
  expect(await frame.locator('td.whole').count()).toBeGreaterThan(10);
  await expect(frame.locator('td.whole').filter({ hasText: '2025-10-06' }).first()).toBeVisible();
});

test('a narrow table on a desktop does not claim to scroll', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/courses/data-thinking/reading-charts/');
  const frame = page.locator('.data-table .table-scroll').first();
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('table')).toBeVisible();
  await expect(frame.locator('.scroll-cue')).toBeHidden();
});

test('a table’s data downloads as an Excel workbook and a CSV holding what the table shows', async ({ page }) => {
  await page.goto('/vi/courses/data-thinking/data-quality/');
  const table = page.locator('.data-table').first();
  const headers = await table.locator('thead th').allTextContents();
  const rowCount = await table.locator('tbody tr').count();

  const workbookDownload = page.waitForEvent('download');
  await table.getByRole('link', { name: 'Tệp Excel (.xlsx)' }).click();
  const download = await workbookDownload;
  expect(download.suggestedFilename()).toBe('data-quality-allowances.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  expect(values(1)).toEqual(headers);
  expect(sheet.actualRowCount).toBe(rowCount + 1);
  // Row "01", 500 000 đồng a month: text keeps its leading zero, the amount is a number; row "03" keeps its
  // Vietnamese letters (Bến Đò), not mojibake.
  expect(values(2).slice(0, 3)).toEqual(['01', 'P01', 'Dong Hoa']);
  expect(values(2)[5]).toBe(500000);
  expect(values(4).slice(0, 3)).toEqual(['03', 'P03', 'Bến Đò']);

  const csvDownload = page.waitForEvent('download');
  await table.getByRole('link', { name: 'Tệp CSV (UTF-8)' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = parse(csv, { bom: true });
  expect(rows[0]).toEqual(headers);
  expect(rows).toHaveLength(rowCount + 1);
});

test('a register of many text columns reads as one card per row on a phone, and stays a table for screen readers', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/vi/courses/risk-management/evaluating-and-treating/');
  const frame = page.locator('.data-table-cards .table-scroll');
  await frame.scrollIntoViewIfNeeded();
  // Nothing to scroll sideways: each row is a card as wide as the column.
  expect(await frame.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await expect(frame.locator('.scroll-cue')).toBeHidden();
  await expect(frame.locator('thead')).not.toBeInViewport();
  // Each value is preceded, on screen, by its column's name; the header row is what a screen reader names it by.
  const first = frame.locator('tbody tr').first().locator('td').first();
  expect(await first.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Mã');
  const table = page.getByRole('table', { name: /Sổ đăng ký rủi ro/ });
  await expect(table.getByRole('row')).toHaveCount(7); // the header and six risks
  await expect(table.getByRole('columnheader', { name: 'Cách xử lý' })).toHaveCount(1);
  await expect(table.getByRole('cell', { name: 'R01', exact: true })).toHaveCount(1);
  const { violations } = await new AxeBuilder({ page })
    .include('.data-table-cards')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  // On a desktop it is the table again, header row and all.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(frame.locator('thead th').first()).toBeVisible();
  expect(await first.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
});
