import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanOutsideText } from '../../../src/lib/text/outside-text';
import { controlArbitrary, hiddenIn, hostileTextArbitrary, visibleTextArbitrary } from '../arbitraries';

const visible = visibleTextArbitrary();
const control = controlArbitrary();
const hostile = hostileTextArbitrary();

describe('text from outside', () => {
  it('comes out without bidi, C0 or C1 controls, whatever its shape', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('name', 'line', 'note' as const), (raw, shape) => {
        expect(hiddenIn(cleanOutsideText(raw, shape), shape === 'note' ? ['\n'] : [])).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the visible text, in its logical order', () => {
    expect(cleanOutsideText('Lộ trình \u202Eabc\u202C cho xã', 'line')).toBe('Lộ trình abc cho xã');
    expect(cleanOutsideText('\u2067Hoàn thành\u2069\u200F trước 14/12', 'line')).toBe('Hoàn thành trước 14/12');
    fc.assert(
      fc.property(fc.array(fc.tuple(visible, control)), (parts) => {
        const raw = parts.map(([text, c]) => c + text).join('');
        const kept = parts.map(([text]) => text).join('');
        // Only line breaks and tabs turn into something (a space); every other control simply goes.
        expect(cleanOutsideText(raw, 'line').replace(/ /g, '')).toBe(kept.replace(/ /g, ''));
      }),
    );
  });

  it('leaves clean text unchanged, and cleaning twice changes nothing more', () => {
    fc.assert(
      fc.property(visible, (text) => {
        expect(cleanOutsideText(text, 'line')).toBe(text);
        expect(cleanOutsideText(text, 'note')).toBe(text);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(visible, { maxLength: 5 }).map((lines) => lines.join('\n')),
        (note) => {
          expect(cleanOutsideText(note, 'note')).toBe(note);
        },
      ),
    );
    fc.assert(
      fc.property(hostile, fc.constantFrom('name', 'line', 'note' as const), (raw, shape) => {
        const once = cleanOutsideText(raw, shape);
        expect(cleanOutsideText(once, shape)).toBe(once);
      }),
    );
  });

  it('keeps a note’s line breaks as one "\\n" each, and puts one line on one line', () => {
    const note = 'Dòng một\r\nDòng hai\rDòng ba\u2028Dòng bốn\n\nĐoạn mới';
    expect(cleanOutsideText(note, 'note')).toBe('Dòng một\nDòng hai\nDòng ba\nDòng bốn\n\nĐoạn mới');
    expect(cleanOutsideText(note, 'line')).toBe('Dòng một Dòng hai Dòng ba Dòng bốn  Đoạn mới');
    fc.assert(
      fc.property(
        fc.array(visible, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085'),
        (lines, eol) => {
          expect(cleanOutsideText(lines.join(eol), 'note')).toBe(lines.join('\n'));
          expect(cleanOutsideText(lines.join(eol), 'line')).not.toMatch(/\n/);
        },
      ),
    );
  });

  it('gives a name one space between words, composed as any keyboard would type it', () => {
    expect(cleanOutsideText('  Nguyễn\r\nVăn\tAn ', 'name')).toBe('Nguyễn Văn An');
    expect(cleanOutsideText('Nguye\u0302\u0303n', 'name')).toBe('Nguyễn');
    expect(cleanOutsideText('Nguye\u202E\u0302\u0303n', 'name')).toBe('Nguyễn'); // composed once the control is gone
    expect(cleanOutsideText('\u202E\u0000 \u2067', 'name')).toBe('');
  });
});
