import { describe, expect, it } from 'vitest';
import { describeChart } from '../../../src/lib/chart/chart-description';
import { chartSourceFiles } from '../../../src/lib/chart/chart-source-file';

describe('what a screen reader hears of a chart', () => {
  it('the kind of chart, every value as shown, and that the axis does not start at 0', () => {
    const input = {
      type: 'column' as const,
      xLabels: ['Đông Hòa', 'Tây Sơn'],
      series: [{ title: 'Tỷ lệ hồ sơ giải quyết đúng hạn (%)', values: [96.2, 98.5], decimals: 1 }],
      marks: [],
      truncatedFrom: 95,
    };
    expect(describeChart({ ...input, lang: 'vi' })).toBe(
      'Biểu đồ cột. Tỷ lệ hồ sơ giải quyết đúng hạn (%). Đông Hòa: 96,2; Tây Sơn: 98,5. Trục tung bắt đầu từ 95, không phải từ 0.',
    );
    expect(describeChart({ ...input, lang: 'en', series: [{ ...input.series[0]!, title: 'On time (%)' }] })).toBe(
      'Column chart. On time (%). Đông Hòa: 96.2; Tây Sơn: 98.5. The vertical axis starts at 95, not at 0.',
    );
  });

  it('a dot plot lists its values smallest first, then its summary lines', () => {
    expect(
      describeChart({
        lang: 'en',
        type: 'dot',
        xLabels: ['1', '2', '3'],
        series: [{ title: 'Working days', values: [40, 2, 5], decimals: 0 }],
        marks: ['Median: 5', 'Mean: 15.7'],
      }),
    ).toBe('Dot plot, one dot per value. Working days. 2; 5; 40. Median: 5. Mean: 15.7.');
  });
});

describe('which MDX file a broken chart is in', () => {
  it('a module page names its own file', () => {
    expect(chartSourceFiles('/vi/courses/data-thinking/reading-charts/', 'x.csv')).toEqual([
      'content/modules/vi/data-thinking/reading-charts.mdx',
    ]);
    expect(chartSourceFiles('/hoc-du-lieu/en/courses/data-thinking/reading-charts/', 'x.csv')).toEqual([
      'content/modules/en/data-thinking/reading-charts.mdx',
    ]);
  });

  it('the print view names the modules whose text has a chart of that CSV', () => {
    const candidates = {
      '/content/modules/vi/data-thinking/a.mdx': 'Text <Chart type="line" file="x.csv" y="v" />',
      '/content/modules/vi/data-thinking/b.mdx': '<CsvTable file="x.csv" />',
      '/content/modules/en/data-thinking/a.mdx': 'Text <Chart type="line" file="x.csv" y="v" />',
      '/content/modules/vi/other-course/c.mdx': '<Chart file="x.csv" />',
    };
    expect(chartSourceFiles('/vi/courses/data-thinking/print/', 'x.csv', candidates)).toEqual([
      'content/modules/vi/data-thinking/a.mdx',
    ]);
  });
});
