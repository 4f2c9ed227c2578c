/**
 * Text that arrives from outside the site (a path link or file, a learner's report, another tab's record, a search
 * link) is shown only after this. Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) reorder what
 * follows them, so "\u202Eab" shows as "ba": a title or a name could show something other than what it is. C0 and
 * C1 controls show as nothing or as boxes. Both are removed; line breaks become spaces where the field is one line,
 * and a single "\n" in a note, which shows its lines (white-space: pre-line). Text is NFC, so a name typed on a
 * Mac (decomposed) shows and sorts as the same name typed anywhere else.
 */
export type TextShape =
  /** One line, spaces collapsed and trimmed: names are sorted by their last word and compared whole. */
  | 'name'
  /** One line, spacing as written (a path title, a search query). */
  | 'line'
  /** Line breaks kept as "\n" (a path note). */
  | 'note';

/** Every line break Unicode has, \r\n first so it becomes one break, not two. */
const LINE_BREAKS = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;
const TABS = /\t/g;
/** C0 and C1 controls (including any break the shape did not keep), DEL, and the bidi controls. */
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ANY_BREAK = /\n/g;

export function cleanOutsideText(text: string, shape: TextShape): string {
  // NFC last: a control between a letter and its accent would otherwise keep them apart once it is gone.
  const lines = text.replace(LINE_BREAKS, '\n').replace(TABS, ' ').replace(HIDDEN, '').normalize('NFC');
  if (shape === 'note') return lines;
  const line = lines.replace(ANY_BREAK, ' ');
  return shape === 'name' ? line.replace(/\s+/g, ' ').trim() : line;
}
