/**
 * What a chart layout draws, as plain data: the component writes each shape as one SVG element, and the unit tests
 * read positions and texts without a browser. Classes, not colours: the site's stylesheet colours them for the light
 * and the dark scheme (an inline style or fill would be refused by the Content-Security-Policy or fixed to one).
 */
export type Anchor = 'start' | 'middle' | 'end';

export type Shape =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; class: string }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; class: string }
  | { kind: 'path'; d: string; class: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; class: string }
  | { kind: 'text'; x: number; y: number; lines: string[]; anchor: Anchor; class: string };

export interface Drawing {
  width: number;
  height: number;
  /** The size every text is set in, in SVG units: the component states it once on the <svg>. */
  fontSize: number;
  /** The distance between two lines of one text. */
  lineHeight: number;
  shapes: Shape[];
}

/** Whole units: a chart is shown at about its own size, so a unit is a screen pixel; decimals only weigh the page. */
export const round = (value: number): number => Math.round(value);
