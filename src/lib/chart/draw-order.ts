import type { Shape } from './shapes';

/**
 * The shapes of a chart in the order they are painted, one group per class: grid under bars, bars under lines and
 * markers, every text on top. The component writes each group as one <g class="…">, so a class is written once
 * rather than on each of a chart's hundred elements (the page is read on slow phones), and so is a text alignment.
 */
const ORDER = [
  'chart-grid',
  'chart-axis',
  'chart-bar',
  'chart-mark',
  'chart-line',
  'chart-marker',
  'chart-break-gap',
  'chart-break',
  'chart-tick',
  'chart-axis-title',
  'chart-legend',
  'chart-value',
];

export interface ShapeGroup {
  class: string;
  /** The texts' alignment, set once on the group (a group holds texts of one alignment only). */
  anchor: 'start' | 'middle' | 'end';
  shapes: Shape[];
}

export function drawOrder(shapes: readonly Shape[]): ShapeGroup[] {
  const groups = new Map<string, Shape[]>();
  for (const shape of shapes) {
    const key = `${shape.class}|${shape.kind === 'text' ? shape.anchor : 'start'}`;
    groups.set(key, [...(groups.get(key) ?? []), shape]);
  }
  const rank = (className: string) => {
    const at = ORDER.indexOf(className.split(' ')[0]!);
    return at < 0 ? ORDER.length : at;
  };
  return [...groups.entries()]
    .map(([key, members]) => {
      const [className, anchor] = key.split('|') as [string, ShapeGroup['anchor']];
      return { class: className, anchor, shapes: members };
    })
    .sort((a, b) => rank(a.class) - rank(b.class));
}

type LineShape = Extract<Shape, { kind: 'line' }>;

/**
 * A group of straight lines as one path ("M35 180H316M35 146H316…"): a chart's grid and axes are a dozen lines, and
 * one path writes each in a third of the bytes of a <line> element.
 */
export function linesPath(lines: readonly LineShape[]): string {
  return lines
    .map((l) =>
      l.y1 === l.y2
        ? `M${l.x1} ${l.y1}H${l.x2}`
        : l.x1 === l.x2
          ? `M${l.x1} ${l.y1}V${l.y2}`
          : `M${l.x1} ${l.y1}L${l.x2} ${l.y2}`,
    )
    .join('');
}

export const allLines = (shapes: readonly Shape[]): shapes is LineShape[] =>
  shapes.length > 0 && shapes.every((shape) => shape.kind === 'line');

type MarkerShape = Extract<Shape, { kind: 'circle' }>;

/**
 * Markers as one path of zero-length strokes ("M95 153h0…") with round caps as wide as the dot: a dot each, in a
 * quarter of the bytes of a <circle> each. Null when the dots differ in size (each keeps its own element then).
 */
export function dotsPath(dots: readonly Shape[]): { d: string; width: number } | null {
  const circles = dots.filter((s): s is MarkerShape => s.kind === 'circle');
  if (circles.length !== dots.length || circles.length === 0) return null;
  const r = circles[0]!.r;
  if (circles.some((c) => c.r !== r)) return null;
  return { d: circles.map((c) => `M${c.cx} ${c.cy}h0`).join(''), width: 2 * r };
}

/**
 * What a group is drawn with besides its scheme colour, as SVG presentation attributes: only chart pages carry
 * them, and the stylesheet (chart.css) keeps to the colours that follow the light and the dark scheme.
 */
export function groupAttributes(className: string): Record<string, string | number> {
  const [kind] = className.split(' ');
  const dashed = (dash: string): Record<string, string> =>
    className.includes('chart-series-1') || className.includes('chart-mark-0') ? { 'stroke-dasharray': dash } : {};
  switch (kind) {
    case 'chart-axis':
      return { stroke: 'currentColor', 'stroke-width': 1.5 };
    case 'chart-grid':
      // Faint: a grid guides the eye to a value and must not compete with the data.
      return { stroke: 'currentColor', 'stroke-opacity': 0.25 };
    case 'chart-line':
      // The second series is dashed as well as in another colour: told apart without colour.
      return { 'stroke-width': 2.5, ...dashed('7 4') };
    case 'chart-mark':
      return { 'stroke-width': 2, ...dashed('6 4') };
    case 'chart-break':
      return { 'stroke-width': 2 };
    case 'chart-value':
      // A halo in the page's colour keeps a value readable where a line or a grid line passes behind it.
      return { 'font-weight': 600, 'paint-order': 'stroke', 'stroke-width': 3, 'stroke-linejoin': 'round' };
    case 'chart-legend':
      return className.includes('chart-mark-') ? { 'font-weight': 600 } : {};
    default:
      return {};
  }
}
