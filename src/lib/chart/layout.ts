import { line as linePath } from 'd3-shape';
import type { Lang } from '../../i18n/languages';
import { numberLabel, tickDecimals } from './number-label';
import { round, type Anchor, type Drawing, type Shape } from './shapes';
import { textWidth, wrapText } from './text-width';
import { valueAxis, type ValueAxis } from './value-scale';

/**
 * Where everything of one chart goes, for one width. The component lays a chart out twice, for a phone's column and
 * for a desktop's, and the stylesheet shows the one that fits (so text stays at its size instead of shrinking with
 * the drawing). Everything is estimated from the text it must hold: margins from the widest tick label, category
 * labels wrapped to their band, every other year's label dropped when they would touch.
 */
export type ChartType = 'column' | 'bar' | 'line' | 'dot';

export interface LayoutMark {
  /** Shown beside its line's sample, e.g. "Trung bình: 7,6" (value included). */
  text: string;
  value: number;
}

export interface LayoutInput {
  type: ChartType;
  lang: Lang;
  width: number;
  fontSize: number;
  /** The x labels as the reader sees them (dates already in the page's language). */
  xLabels: string[];
  /** One array per series: the main one, then the right-hand one (dual axis) if any. */
  series: number[][];
  /** Decimals shown for each series' values. */
  decimals: number[];
  /** What each series is, shown above the plot (with a marker when there are two). */
  titles: string[];
  yFrom?: number;
  yTo?: number;
  marks?: LayoutMark[];
}

const PAD = 4;
const TICK = 5;
const MARKER = 4.5;

export function layoutChart(input: LayoutInput): Drawing {
  const { fontSize: font, width } = input;
  const lineHeight = Math.round(font * 1.3);
  const shapes: Shape[] = [];
  // Every text is kept inside the drawing: a long name under the last column, or a value at the last point, would
  // otherwise run off the edge (and a phone would cut it).
  const text = (x: number, y: number, lines: string[], anchor: Anchor, className: string) => {
    const bold = /chart-value|chart-mark-\d/.test(className);
    const wide = Math.max(...lines.map((l) => textWidth(l, font, bold)));
    const least = anchor === 'start' ? 0 : anchor === 'middle' ? wide / 2 : wide;
    const most = width - (anchor === 'start' ? wide : anchor === 'middle' ? wide / 2 : 0);
    const kept = Math.min(Math.max(x, least), Math.max(least, most));
    shapes.push({ kind: 'text', x: round(kept), y: round(y), lines, anchor, class: className });
  };
  const hline = (x1: number, x2: number, y: number, className: string) =>
    shapes.push({ kind: 'line', x1: round(x1), y1: round(y), x2: round(x2), y2: round(y), class: className });
  const vline = (x: number, y1: number, y2: number, className: string) =>
    shapes.push({ kind: 'line', x1: round(x), y1: round(y1), x2: round(x), y2: round(y2), class: className });

  // What the values are (one text per series, with its marker when there are two): above the plot when the values
  // go up the side, under it when they run along the bottom. The summary lines' key (their stroke, then label and
  // value) comes last, so two charts of a pair keep their plots level whether or not one has a summary line.
  const dual = input.series.length > 1;
  const drawTitles = (top: number) => {
    let y = top;
    input.titles.forEach((title, s) => {
      const indent = dual ? 22 : 0;
      const lines = wrapText(title, width - 2 * PAD - indent, font);
      if (dual) {
        const cy = y + lineHeight / 2 + 1;
        hline(PAD, PAD + 16, cy, `chart-line chart-series-${s}`);
        marker(shapes, s, PAD + 8, cy);
      }
      text(PAD + indent, y + font, lines, 'start', dual ? `chart-legend` : 'chart-axis-title');
      y += lines.length * lineHeight + 2;
    });
    return y;
  };
  const drawMarkKey = (top: number) => {
    let y = top;
    (input.marks ?? []).forEach((mark, m) => {
      const lines = wrapText(mark.text, width - 2 * PAD - 30, font);
      const cy = y + lineHeight / 2 + 1;
      hline(PAD, PAD + 24, cy, `chart-mark chart-mark-${m}`);
      text(PAD + 30, y + font, lines, 'start', `chart-legend chart-mark-${m}`);
      y += lines.length * lineHeight + 2;
    });
    return y;
  };
  const horizontal = input.type === 'bar' || input.type === 'dot';
  const headerBottom = horizontal ? PAD : drawTitles(PAD) + 4;

  const all = input.series[0]!;
  const digitsOf = (axis: ValueAxis) => tickDecimals(axis.ticks);
  const tickText = (axis: ValueAxis, tick: number) => numberLabel(tick, input.lang, digitsOf(axis));
  const valueText = (value: number, s: number) => numberLabel(value, input.lang, input.decimals[s] ?? 0);
  const markValues = (input.marks ?? []).map((m) => m.value);
  const axisSpec = (values: number[], length: number, spacing: number, withMarks: boolean) =>
    valueAxis({
      values: withMarks ? [...values, ...markValues] : values,
      from: withMarks ? input.yFrom : undefined,
      to: withMarks ? input.yTo : undefined,
      length,
      spacing,
    });

  if (!horizontal) {
    // Columns and lines: categories along the bottom, values up the left (and the second series up the right).
    const plotTop = headerBottom + lineHeight;
    const plotHeight = width < 480 ? 170 : 200;
    const plotBottom = plotTop + plotHeight;
    // A truncated column chart ticks every step of its short range (the lesson is counting them); other charts
    // need fewer ticks, each a label and a grid line more on a phone's page.
    const tickSpacing = input.type === 'column' ? lineHeight * 2.2 : lineHeight * 3;
    const left = axisSpec(all, plotHeight, tickSpacing, true);
    const leftWidth = Math.max(...left.ticks.map((t) => textWidth(tickText(left, t), font)));
    const right = dual ? axisSpec(input.series[1]!, plotHeight, tickSpacing, false) : undefined;
    const rightWidth = right ? Math.max(...right.ticks.map((t) => textWidth(tickText(right, t), font))) : 0;
    const plotLeft = PAD + leftWidth + TICK + 3;
    const plotRight = width - PAD - (right ? rightWidth + TICK + 3 : 0);
    const plotWidth = plotRight - plotLeft;
    const n = input.xLabels.length;
    const band = plotWidth / n;
    const yOf = (axis: ValueAxis, value: number) => plotBottom - axis.position(value);

    for (const tick of left.ticks) {
      // Columns carry their values, so they need no grid; a line's points are read against it.
      if (tick !== left.domain[0] && input.type !== 'column') hline(plotLeft, plotRight, yOf(left, tick), 'chart-grid');
      text(plotLeft - TICK - 3, yOf(left, tick) + font * 0.35, [tickText(left, tick)], 'end', 'chart-tick');
    }
    if (right) {
      for (const tick of right.ticks) {
        text(plotRight + TICK + 3, yOf(right, tick) + font * 0.35, [tickText(right, tick)], 'start', 'chart-tick');
      }
      vline(plotRight, plotTop - 4, plotBottom, 'chart-axis');
    }

    // Category labels: wrapped to their band when each gets one; otherwise every k-th, the last always kept.
    const wrapped = input.xLabels.map((label) => wrapText(label, band - 4, font));
    const oneLine = Math.max(...input.xLabels.map((label) => textWidth(label, font)));
    const fitsWrapped = wrapped.every((lines) => lines.every((l) => textWidth(l, font) <= band - 2));
    const step = fitsWrapped ? 1 : Math.ceil((oneLine + 8) / band);
    const labelLines = fitsWrapped ? Math.max(...wrapped.map((l) => l.length)) : 1;
    const xAt = (i: number) => plotLeft + band * (i + 0.5);
    input.xLabels.forEach((label, i) => {
      if ((n - 1 - i) % step !== 0) return;
      text(xAt(i), plotBottom + TICK + font + 2, fitsWrapped ? wrapped[i]! : [label], 'middle', 'chart-tick');
    });

    if (input.type === 'column') {
      const barWidth = Math.min(band * 0.62, 56);
      all.forEach((value, i) => {
        const top = yOf(left, value);
        shapes.push({
          kind: 'rect',
          x: round(xAt(i) - barWidth / 2),
          y: round(top),
          width: round(barWidth),
          height: round(plotBottom - top),
          class: 'chart-bar chart-series-0',
        });
        text(xAt(i), top - 5, [valueText(value, 0)], 'middle', 'chart-value');
      });
    }
    input.series.forEach((values, s) => {
      if (input.type === 'column' && s === 0) return;
      const axis = s === 0 ? left : right!;
      const points = values.map((value, i) => [xAt(i), yOf(axis, value)] as [number, number]);
      const d = linePath()
        .x((p) => round(p[0]))
        .y((p) => round(p[1]))(points);
      if (d) shapes.push({ kind: 'path', d, class: `chart-line chart-series-${s}` });
      points.forEach(([px, py]) => marker(shapes, s, px, py));
      // Every point is labelled on a short series; on a long one the last, the highest and the lowest (what a
      // reader compares), the lowest under its point so the line does not run through it.
      const lowest = values.indexOf(Math.min(...values));
      const labelled = new Set(
        values.length <= 6 ? values.map((_, i) => i) : [values.length - 1, values.indexOf(Math.max(...values)), lowest],
      );
      for (const i of [...labelled].sort((a, b) => a - b)) {
        const [px, py] = points[i]!;
        const wanted = s === 1 || (values.length > 6 && i === lowest && i !== values.length - 1);
        const below = wanted && py + font + 8 <= plotBottom;
        text(px, below ? py + font + 6 : py - 8, [valueText(values[i]!, s)], 'middle', 'chart-value');
      }
    });
    markValues.forEach((value, m) => hline(plotLeft, plotRight, yOf(left, value), `chart-mark chart-mark-${m}`));
    vline(plotLeft, plotTop - 4, plotBottom, 'chart-axis');
    hline(plotLeft, plotRight, plotBottom, 'chart-axis');
    if (left.truncated) axisBreak(shapes, plotLeft, plotBottom - 10, 'vertical');
    const keyBottom = drawMarkKey(plotBottom + TICK + 6 + labelLines * lineHeight);
    return {
      width,
      height: Math.ceil(keyBottom + PAD),
      fontSize: font,
      lineHeight,
      shapes,
    };
  }

  // Bars and dots: values along the bottom.
  const n = input.xLabels.length;
  let plotLeft = PAD + 6;
  let plotRight = width - PAD - 6;
  let plotTop = headerBottom + 4;
  let plotBottom: number;
  let wrappedCategories: string[][] = [];
  let band = 0;
  if (input.type === 'bar') {
    const categoryWidth = Math.min(Math.max(...input.xLabels.map((l) => textWidth(l, font))), width * 0.38);
    wrappedCategories = input.xLabels.map((label) => wrapText(label, categoryWidth, font));
    band = Math.max(30, Math.max(...wrappedCategories.map((l) => l.length)) * lineHeight + 10);
    plotLeft = PAD + categoryWidth + 8;
    // Room at the right for the longest bar's value label.
    plotRight = width - PAD - Math.max(...all.map((v) => textWidth(valueText(v, 0), font))) - 8;
    plotBottom = plotTop + band * n;
  } else {
    // Equal values are stacked, one dot above the other.
    const tallest = Math.max(...countStacks(all).values());
    plotTop = headerBottom + 8;
    plotBottom = plotTop + Math.max(60, tallest * (2 * MARKER + 2) + 24);
  }
  const sample = axisSpec(all, plotRight - plotLeft, 1, true);
  const widest = Math.max(...sample.ticks.map((t) => textWidth(tickText(sample, t), font)), textWidth('0000', font));
  const axis = axisSpec(all, plotRight - plotLeft, widest + 14, true);
  const xOf = (value: number) => plotLeft + axis.position(value);
  for (const tick of axis.ticks) {
    if (tick !== axis.domain[0] && input.type === 'dot') vline(xOf(tick), plotTop, plotBottom, 'chart-grid');
    text(xOf(tick), plotBottom + TICK + font + 2, [tickText(axis, tick)], 'middle', 'chart-tick');
  }
  if (input.type === 'bar') {
    all.forEach((value, i) => {
      const top = plotTop + band * i;
      const barHeight = Math.min(band * 0.62, 24);
      const mid = top + band / 2;
      shapes.push({
        kind: 'rect',
        x: round(plotLeft),
        y: round(mid - barHeight / 2),
        width: round(xOf(value) - plotLeft),
        height: round(barHeight),
        class: 'chart-bar chart-series-0',
      });
      text(xOf(value) + 5, mid + font * 0.35, [valueText(value, 0)], 'start', 'chart-value');
      const lines = wrappedCategories[i]!;
      text(plotLeft - 8, mid + font * 0.35 - ((lines.length - 1) * lineHeight) / 2, lines, 'end', 'chart-tick');
    });
  } else {
    // Dots as large as neighbouring values allow without touching (two days apart on a phone is a few px).
    const distinct = [...new Set(all)].sort((a, b) => a - b);
    const gaps = distinct.slice(1).map((v, i) => xOf(v) - xOf(distinct[i]!));
    const r = Math.max(2.5, Math.min(MARKER, (Math.min(Infinity, ...gaps) - 1.5) / 2));
    const seen = new Map<number, number>();
    for (const value of all) {
      const level = seen.get(value) ?? 0;
      seen.set(value, level + 1);
      shapes.push({
        kind: 'circle',
        cx: round(xOf(value)),
        cy: round(plotBottom - r - 4 - level * (2 * r + 2)),
        r: round(r),
        class: 'chart-marker chart-series-0',
      });
    }
  }
  markValues.forEach((value, m) => vline(xOf(value), plotTop - 4, plotBottom, `chart-mark chart-mark-${m}`));
  hline(plotLeft, plotRight, plotBottom, 'chart-axis');
  if (input.type === 'bar') vline(plotLeft, plotTop, plotBottom, 'chart-axis');
  if (axis.truncated) axisBreak(shapes, plotLeft + 10, plotBottom, 'horizontal');
  const keyBottom = drawMarkKey(drawTitles(plotBottom + TICK + 6 + lineHeight));
  return {
    width,
    height: Math.ceil(keyBottom + PAD),
    fontSize: font,
    lineHeight,
    shapes,
  };
}

/** A circle for the main series, a square for the second: told apart without colour. */
// (Ticks have no tick marks: the grid lines run from each label, and every element is bytes on a phone's page.)
function marker(shapes: Shape[], series: number, x: number, y: number) {
  if (series === 0)
    shapes.push({ kind: 'circle', cx: round(x), cy: round(y), r: MARKER, class: 'chart-marker chart-series-0' });
  else
    shapes.push({
      kind: 'rect',
      x: round(x - MARKER),
      y: round(y - MARKER),
      width: 2 * MARKER,
      height: 2 * MARKER,
      class: `chart-marker chart-series-${series}`,
    });
}

/** The zigzag that says an axis does not start at 0: a gap cut in the axis line, a break drawn across it. */
function axisBreak(shapes: Shape[], x: number, y: number, direction: 'vertical' | 'horizontal') {
  if (direction === 'vertical') {
    shapes.push({ kind: 'rect', x: round(x - 7), y: round(y - 4), width: 14, height: 8, class: 'chart-break-gap' });
    shapes.push({ kind: 'path', d: `M${round(x - 7)} ${round(y + 2)}l3.5-4 7 6 3.5-4`, class: 'chart-break' });
  } else {
    shapes.push({ kind: 'rect', x: round(x - 4), y: round(y - 7), width: 8, height: 14, class: 'chart-break-gap' });
    shapes.push({ kind: 'path', d: `M${round(x - 2)} ${round(y - 7)}l4 3.5-6 7 4 3.5`, class: 'chart-break' });
  }
}

function countStacks(values: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
