import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathFile, pathFileName, readPathFile } from '../../../src/lib/course-paths/path-file';
import type { SharedPath } from '../../../src/lib/course-paths/path-schema';
import { cleanOutsideText } from '../../../src/lib/text/outside-text';
import { hiddenIn, hostileTextArbitrary } from '../arbitraries';

const path: SharedPath = {
  title: 'Dữ liệu cho mọi công chức: đợt 1',
  due: '2026-12-14',
  modules: ['data-thinking/data-quality'],
};

describe('path files', () => {
  it('round-trip a path and name the file after its title without diacritics', () => {
    expect(readPathFile(pathFile(path, 'https://example.org/vi/paths/shared/#p=x'))).toEqual({ ok: true, path });
    expect(pathFileName(path)).toBe('du-lieu-cho-moi-cong-chuc-dot-1.cdl-path.json');
    expect(pathFileName({ ...path, title: '《》' })).toBe('path.cdl-path.json');
  });

  it('open a title and note carrying bidi or control characters without them, the note keeping its lines', () => {
    const file = (p: object) => JSON.stringify({ format: 'civic-data-literacy/path', version: 1, path: p });
    expect(
      readPathFile(file({ ...path, title: '\u202Eabc\u202C \u2066Lộ trình\u2069', note: 'Một\u200E\r\nHai\u009B' })),
    ).toEqual({ ok: true, path: { ...path, title: 'abc Lộ trình', note: 'Một\nHai' } });
    fc.assert(
      fc.property(
        hostileTextArbitrary({ parts: 8, partLength: 12 }),
        hostileTextArbitrary({ parts: 8, partLength: 12 }),
        (title, note) => {
          const result = readPathFile(file({ ...path, title: `${title}x`, note }));
          expect(result).toEqual({
            ok: true,
            path: { ...path, title: cleanOutsideText(`${title}x`, 'line'), note: cleanOutsideText(note, 'note') },
          });
          if (result.ok) expect(hiddenIn(result.path.title + result.path.note, ['\n'])).toEqual([]);
        },
      ),
    );
  });

  it('say why a file is not a usable path, and never throw', () => {
    expect(readPathFile('{')).toEqual({ ok: false, reason: 'not-json' });
    expect(readPathFile('{"format":"civic-data-literacy/progress"}')).toEqual({ ok: false, reason: 'not-a-path-file' });
    expect(readPathFile(JSON.stringify({ format: 'civic-data-literacy/path', version: 99, path }))).toEqual({
      ok: false,
      reason: 'newer-version',
    });
    expect(
      readPathFile(JSON.stringify({ format: 'civic-data-literacy/path', version: 1, path: { ...path, modules: [] } })),
    ).toEqual({ ok: false, reason: 'invalid' });
    expect(readPathFile(' '.repeat(200_000))).toEqual({ ok: false, reason: 'too-long' });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(readPathFile(text).ok).toBe(false);
      }),
    );
  });
});
