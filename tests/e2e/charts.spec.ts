import { expect, test } from '@playwright/test';
import { chartText } from './chart-text';

// Charts drawn at build time (src/components/mdx/Chart.astro) as a reader meets them: a picture with a name and a
// description, its numbers in a table, in the page's language, readable on a phone and not oversized on a desktop.
const READING_CHARTS = (lang: 'vi' | 'en') => `/${lang}/courses/data-thinking/reading-charts/`;
const SUMMARISING = (lang: 'vi' | 'en') => `/${lang}/courses/data-thinking/summarising-numbers/`;
const PHONE = { width: 360, height: 740 };

test('a chart is a named picture with its values described, and its data in a table', async ({ page }) => {
  await page.goto(READING_CHARTS('vi'));
  const truncated = page.getByRole('img', { name: 'B. Trục tung bắt đầu từ 95' });
  await expect(truncated).toBeVisible();
  await expect(truncated).toHaveAccessibleDescription(
    'Biểu đồ cột. Tỷ lệ hồ sơ giải quyết đúng hạn (%). Đông Hòa: 96,2; An Phú: 97,1; Tân Lập: 97,9; Tây Sơn: 98,5. Trục tung bắt đầu từ 95, không phải từ 0.',
  );
  // The truncated axis is said in words a sighted reader sees, not only drawn as a break.
  const chart = page.locator('.chart').filter({ has: truncated });
  await expect(chart.locator('.chart-axis-note')).toHaveText('Trục tung bắt đầu từ 95, không phải từ 0.');
  await expect(page.locator('.chart').first().locator('.chart-axis-note')).toHaveCount(0);

  // The data, one click away, as a real table.
  const table = chart.getByRole('table', { name: 'B. Trục tung bắt đầu từ 95' });
  await expect(table).toBeHidden();
  await chart.getByText('Xem số liệu của biểu đồ').click();
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Xã, phường', 'Tỷ lệ hồ sơ giải quyết đúng hạn (%)']);
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row', { name: 'Tây Sơn 98,5' })).toBeVisible();
});

test('numbers and labels in English the English way, the same data', async ({ page }) => {
  await page.goto(READING_CHARTS('en'));
  const full = page.getByRole('img', { name: 'B. All 10 years, 2016–2025' });
  await expect(full).toHaveAccessibleDescription(/2017: 1,310; .* 2022: 1,120; .* 2025: 1,300\. 10-year mean: 1,226\./);
  await expect(full.locator('text').filter({ hasText: '1,200' })).toBeVisible();
  // The chosen range: the report's three years only.
  const short = page.getByRole('img', { name: 'A. The report shows 3 years' });
  await expect(short).toHaveAccessibleDescription(
    'Line chart. New businesses registered in the year. 2023: 1,190; 2024: 1,260; 2025: 1,300. The vertical axis starts at 1,100, not at 0.',
  );
  await page.goto(SUMMARISING('en'));
  await expect(page.getByRole('img', { name: '12 applications, one dot each' })).toHaveAccessibleDescription(
    'Dot plot, one dot per value. Working days taken to settle the application. 2; 3; 3; 3; 4; 5; 5; 6; 6; 6; 8; 40. Median: 5. Mean: 7.6.',
  );
});

test('on a desktop a chart across the column takes the wide layout, a pair the narrow one, text about 13 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(SUMMARISING('vi'));
  const dots = page.locator('.chart');
  await expect(dots.locator('svg.chart-wide')).toBeVisible();
  await expect(dots.locator('svg.chart-narrow')).toBeHidden();
  await page.goto(READING_CHARTS('vi'));
  await expect(page.locator('.chart-pair .chart svg.chart-narrow')).toHaveCount(4);
  for (const svg of await page.locator('.chart-pair .chart svg.chart-narrow').all()) await expect(svg).toBeVisible();
  // Two charts of a pair stand side by side.
  const [a, b] = await page.locator('.chart-pair').first().locator('.chart').all();
  expect((await b!.boundingBox())!.x).toBeGreaterThan((await a!.boundingBox())!.x + 200);
  for (const url of [SUMMARISING('vi'), READING_CHARTS('en')]) {
    await page.goto(url);
    for (const chart of await chartText(page, '.chart:not(.exercise *)')) {
      expect(chart.smallest, chart.title).toBeGreaterThanOrEqual(12);
      expect(chart.largest, chart.title).toBeLessThanOrEqual(16);
      expect(chart.cut, chart.title).toEqual([]);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the charts are all there: drawn, named and with their table', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(READING_CHARTS('vi'));
    await expect(page.getByRole('img', { name: 'A. Trục tung bắt đầu từ 0' })).toBeVisible();
    await expect(page.locator('.chart-pair .chart svg.chart-narrow .chart-bar rect')).toHaveCount(8);
    // The pair's data is one table, under chart B (chart A shows the same rows).
    await page.getByText('Xem số liệu của biểu đồ').first().click();
    await expect(page.getByRole('table', { name: 'B. Trục tung bắt đầu từ 95' })).toBeVisible();
  });
});

test('a chart brings no script: a page with charts has the same scripts as a module page without', async ({ page }) => {
  // Read from the page as built (not from requests, which the quiz's lazy loading would make a matter of timing).
  const scriptsOf = async (url: string) => {
    await page.goto(url);
    return page
      .locator('script:not([type="application/json"])')
      .evaluateAll((scripts: HTMLScriptElement[]) => scripts.map((s) => s.src || 'inline').sort());
  };
  const withCharts = await scriptsOf(SUMMARISING('vi'));
  expect(await page.locator('.chart script').count()).toBe(0);
  expect(withCharts).toEqual(await scriptsOf('/vi/courses/data-thinking/data-in-public-work/'));
  expect(withCharts.length).toBeGreaterThan(0);
});
