import { describe, expect, it } from 'vitest';
import { dotsPath, drawOrder, groupAttributes, linesPath } from '../../../src/lib/chart/draw-order';
import type { Shape } from '../../../src/lib/chart/shapes';

describe('painting a chart’s shapes', () => {
  it('grid under bars, bars under markers, every text on top; one group per class and alignment', () => {
    const shapes: Shape[] = [
      { kind: 'text', x: 0, y: 0, lines: ['96,2'], anchor: 'middle', class: 'chart-value' },
      { kind: 'rect', x: 0, y: 0, width: 1, height: 1, class: 'chart-bar chart-series-0' },
      { kind: 'line', x1: 0, y1: 5, x2: 9, y2: 5, class: 'chart-grid' },
      { kind: 'text', x: 0, y: 0, lines: ['0'], anchor: 'end', class: 'chart-tick' },
      { kind: 'text', x: 0, y: 0, lines: ['Đông Hòa'], anchor: 'middle', class: 'chart-tick' },
      { kind: 'line', x1: 0, y1: 7, x2: 9, y2: 7, class: 'chart-grid' },
    ];
    const groups = drawOrder(shapes);
    expect(groups.map((g) => `${g.class}|${g.anchor}`)).toEqual([
      'chart-grid|start',
      'chart-bar chart-series-0|start',
      'chart-tick|end',
      'chart-tick|middle',
      'chart-value|middle',
    ]);
    expect(groups[0]!.shapes).toHaveLength(2);
  });

  it('writes straight lines as one path, and equal dots as round caps', () => {
    expect(
      linesPath([
        { kind: 'line', x1: 35, y1: 180, x2: 316, y2: 180, class: 'chart-grid' },
        { kind: 'line', x1: 35, y1: 40, x2: 35, y2: 214, class: 'chart-grid' },
        { kind: 'line', x1: 1, y1: 2, x2: 3, y2: 4, class: 'chart-grid' },
      ]),
    ).toBe('M35 180H316M35 40V214M1 2L3 4');
    const dot = (cx: number, r = 4.5): Shape => ({ kind: 'circle', cx, cy: 9, r, class: 'chart-marker' });
    expect(dotsPath([dot(1), dot(5)])).toEqual({ d: 'M1 9h0M5 9h0', width: 9 });
    // Dots of different sizes keep their own elements.
    expect(dotsPath([dot(1), dot(5, 3)])).toBeNull();
  });

  it('dashes the second series and the first summary line: told apart without colour', () => {
    expect(groupAttributes('chart-line chart-series-0')).toEqual({ 'stroke-width': 2.5 });
    expect(groupAttributes('chart-line chart-series-1')).toEqual({ 'stroke-width': 2.5, 'stroke-dasharray': '7 4' });
    expect(groupAttributes('chart-mark chart-mark-0')).toMatchObject({ 'stroke-dasharray': '6 4' });
    expect(groupAttributes('chart-mark chart-mark-1')).not.toHaveProperty('stroke-dasharray');
  });
});
