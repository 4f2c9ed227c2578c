/**
 * How wide a figure must be drawn for its smallest text to stay readable. Figures are SVG files drawn for a desktop
 * column; scaled down to a 328 px phone column their 12–13 px labels shrank to 6–9 px. Drawing a figure at least
 * this wide (and letting it scroll sideways in its frame on a narrower screen) keeps every label at the size below.
 */
export const SMALLEST_READABLE_TEXT_PX = 12;

export interface FigureSize {
  /** The drawing's own width and height (its viewBox), in SVG user units. */
  width: number;
  height: number;
  /** The smallest font-size any text in it is set in, in user units. */
  smallestFont: number;
}

const VIEW_BOX = /<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/;
const FONT_SIZE = /font-size(?:="|:\s*)([\d.]+)/g;

/** Reads what readableWidth needs from an SVG file's text; throws when the file has no viewBox or no font size. */
export function figureSize(svg: string): FigureSize {
  const box = VIEW_BOX.exec(svg);
  if (!box) throw new Error('the SVG has no viewBox on its <svg> element');
  const fonts = [...svg.matchAll(FONT_SIZE)].map((m) => Number(m[1]));
  if (fonts.length === 0) throw new Error('the SVG sets no font-size, so its text size cannot be checked');
  return { width: Number(box[1]), height: Number(box[2]), smallestFont: Math.min(...fonts) };
}

/** The width in CSS px at which the smallest text renders at `minPx`: never narrower, so it rounds up. */
export function readableWidth(size: FigureSize, minPx = SMALLEST_READABLE_TEXT_PX): number {
  return Math.ceil((size.width * minPx) / size.smallestFont);
}
