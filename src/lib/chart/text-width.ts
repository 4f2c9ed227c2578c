/**
 * Text in an SVG drawn at build time cannot be measured (no fonts, no browser), so its width is estimated on the
 * generous side: 0.6 em a character is wider than system-ui's average for Vietnamese and English text and digits,
 * so a label estimated to fit does fit. The e2e test measures the real rendering.
 */
export const CHARACTER_EM = 0.6;
/** Bold digits are wider still (DejaVu Sans Bold, Linux's system-ui, draws "1,300" at 0.7 em a character). */
export const BOLD_CHARACTER_EM = 0.72;

export const textWidth = (text: string, fontSize: number, bold = false): number =>
  [...text].length * (bold ? BOLD_CHARACTER_EM : CHARACTER_EM) * fontSize;

/** Breaks text at spaces into lines that fit maxWidth; a single word longer than that keeps a line to itself. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
