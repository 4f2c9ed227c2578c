import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutChart, type LayoutInput } from '../../../src/lib/chart/layout';
import type { Shape } from '../../../src/lib/chart/shapes';
import { textWidth } from '../../../src/lib/chart/text-width';

const onTime: LayoutInput = {
  type: 'column',
  lang: 'vi',
  width: 320,
  fontSize: 13,
  xLabels: ['Đông Hòa', 'An Phú', 'Tân Lập', 'Tây Sơn'],
  series: [[96.2, 97.1, 97.9, 98.5]],
  decimals: [1],
  titles: ['Tỷ lệ hồ sơ giải quyết đúng hạn (%)'],
};
const years = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const businesses = [1240, 1310, 1180, 1290, 1150, 1220, 1120, 1190, 1260, 1300];

const texts = (shapes: Shape[], className?: string) =>
  shapes.filter(
    (s): s is Extract<Shape, { kind: 'text' }> => s.kind === 'text' && (!className || s.class.includes(className)),
  );
const of = <K extends Shape['kind']>(shapes: Shape[], kind: K, className: string) =>
  shapes.filter((s): s is Extract<Shape, { kind: K }> => s.kind === kind && s.class.includes(className));

/** Every text, at its estimated width, inside the drawing: nothing cut at an edge. */
function expectInside(input: LayoutInput) {
  const drawing = layoutChart(input);
  for (const text of texts(drawing.shapes)) {
    for (const line of text.lines) {
      const width = textWidth(line, drawing.fontSize, /chart-value|chart-mark-\d/.test(text.class));
      const left = text.anchor === 'start' ? text.x : text.anchor === 'middle' ? text.x - width / 2 : text.x - width;
      expect(left, line).toBeGreaterThanOrEqual(-0.5);
      expect(left + width, line).toBeLessThanOrEqual(drawing.width + 0.5);
    }
    expect(text.y).toBeLessThanOrEqual(drawing.height);
  }
  return drawing;
}

describe('laying a chart out', () => {
  it('columns from 0: heights in proportion to the values, each value written above its column', () => {
    const drawing = expectInside(onTime);
    const bars = of(drawing.shapes, 'rect', 'chart-bar');
    expect(bars).toHaveLength(4);
    // Drawn in whole pixels: within a pixel of the value's height.
    expect(Math.abs(bars[3]!.height - (bars[0]!.height * 98.5) / 96.2)).toBeLessThanOrEqual(1.5);
    expect(texts(drawing.shapes, 'chart-value').map((t) => t.lines[0])).toEqual(['96,2', '97,1', '97,9', '98,5']);
    expect(texts(drawing.shapes, 'chart-tick').map((t) => t.lines.join(' '))).toContain('Đông Hòa');
    expect(of(drawing.shapes, 'path', 'chart-break')).toHaveLength(0);
  });

  it('a truncated axis: the bars’ lengths from the start, ticks from the start, and a break on the axis', () => {
    const drawing = expectInside({ ...onTime, yFrom: 95, yTo: 100 });
    const bars = of(drawing.shapes, 'rect', 'chart-bar');
    expect(bars[3]!.height / bars[0]!.height).toBeCloseTo(3.5 / 1.2, 1);
    const ticks = texts(drawing.shapes, 'chart-tick').map((t) => t.lines[0]);
    expect(ticks.slice(0, 6)).toEqual(['95', '96', '97', '98', '99', '100']);
    expect(of(drawing.shapes, 'path', 'chart-break')).toHaveLength(1);
  });

  it('ten years on a phone: every other year labelled, the last always; all ten on a desktop', () => {
    const line: LayoutInput = {
      ...onTime,
      type: 'line',
      xLabels: years,
      series: [businesses],
      decimals: [0],
      yFrom: 1100,
      yTo: 1350,
    };
    const yearLabels = (width: number) =>
      texts(expectInside({ ...line, width }).shapes, 'chart-tick')
        .map((t) => t.lines[0]!)
        .filter((l) => years.includes(l));
    expect(yearLabels(320)).toEqual(['2017', '2019', '2021', '2023', '2025']);
    expect(yearLabels(640)).toEqual(years);
  });

  it('a long line labels its last, highest and lowest points; a short one every point', () => {
    const line: LayoutInput = {
      ...onTime,
      type: 'line',
      xLabels: years,
      series: [businesses],
      decimals: [0],
      yFrom: 1100,
    };
    expect(texts(layoutChart(line).shapes, 'chart-value').map((t) => t.lines[0])).toEqual(['1.310', '1.120', '1.300']);
    const short = { ...line, xLabels: years.slice(7), series: [businesses.slice(7)], lang: 'en' as const };
    expect(texts(layoutChart(short).shapes, 'chart-value').map((t) => t.lines[0])).toEqual(['1,190', '1,260', '1,300']);
    expect(of(layoutChart(short).shapes, 'circle', 'chart-marker')).toHaveLength(3);
  });

  it('a dual axis: the second series on its own right-hand ticks, square markers and a dashed line', () => {
    const drawing = expectInside({
      ...onTime,
      type: 'line',
      series: [
        [241, 164, 111, 119],
        [2.5, 2.8, 6.0, 4.8],
      ],
      decimals: [0, 1],
      titles: ['Số ca (trục trái)', 'Số ca trên 1.000 dân (trục phải)'],
    });
    const right = texts(drawing.shapes, 'chart-tick').filter((t) => t.anchor === 'start');
    expect(right.map((t) => t.lines[0])).toContain('6');
    expect(Math.min(...right.map((t) => t.x))).toBeGreaterThan(260);
    // Four points, and the one in the key beside the series' title.
    expect(of(drawing.shapes, 'rect', 'chart-marker chart-series-1')).toHaveLength(5);
    expect(of(drawing.shapes, 'path', 'chart-series-1')).toHaveLength(1);
    expect(texts(drawing.shapes, 'chart-legend').map((t) => t.lines.join(' '))).toEqual([
      'Số ca (trục trái)',
      'Số ca trên 1.000 dân (trục phải)',
    ]);
  });

  it('a dot plot stacks equal values and draws the summary lines where they fall', () => {
    const days = [2, 3, 3, 3, 4, 5, 5, 6, 6, 6, 8, 40];
    const drawing = expectInside({
      ...onTime,
      type: 'dot',
      xLabels: days.map((_, i) => String(i + 1)),
      series: [days],
      decimals: [0],
      titles: ['Số ngày làm việc để giải quyết hồ sơ'],
      marks: [
        { text: 'Trung vị: 5', value: 5 },
        { text: 'Trung bình: 7,6', value: 91 / 12 },
      ],
    });
    const dots = of(drawing.shapes, 'circle', 'chart-marker');
    expect(dots).toHaveLength(12);
    const atThree = dots.filter((d) => d.cx === dots[1]!.cx);
    expect(new Set(atThree.map((d) => d.cy)).size).toBe(3);
    // Dots of neighbouring values do not touch, even on a phone.
    const distinct = [...new Map(dots.map((d) => [d.cx, d])).values()].sort((a, b) => a.cx - b.cx);
    distinct.slice(1).forEach((d, i) => expect(d.cx - distinct[i]!.cx).toBeGreaterThan(d.r * 2));
    const marks = of(drawing.shapes, 'line', 'chart-mark-').filter((l) => l.x1 === l.x2);
    expect(marks).toHaveLength(2);
    expect(marks[1]!.x1).toBeGreaterThan(marks[0]!.x1);
    expect(texts(drawing.shapes, 'chart-legend').map((t) => t.lines[0])).toEqual(['Trung vị: 5', 'Trung bình: 7,6']);
  });

  it('horizontal bars: names at the left, each value at its bar’s end', () => {
    const drawing = expectInside({ ...onTime, type: 'bar', decimals: [1] });
    const bars = of(drawing.shapes, 'rect', 'chart-bar');
    const values = texts(drawing.shapes, 'chart-value');
    bars.forEach((bar, i) => expect(Math.abs(values[i]!.x - (bar.x + bar.width + 5))).toBeLessThanOrEqual(1));
  });

  it('keeps every label inside the drawing for any counts and labels, on a phone and a desktop', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('column' as const, 'line' as const, 'bar' as const),
        fc.array(
          fc.tuple(
            fc.string({ minLength: 1, maxLength: 14 }).filter((s) => s.trim() !== ''),
            fc.integer({ min: 0, max: 100_000 }),
          ),
          {
            minLength: 1,
            maxLength: 14,
          },
        ),
        fc.constantFrom(320, 640),
        (type, rows, width) => {
          expectInside({
            ...onTime,
            type,
            width,
            xLabels: rows.map(([label]) => label.trim()),
            series: [rows.map(([, value]) => value)],
            decimals: [0],
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
