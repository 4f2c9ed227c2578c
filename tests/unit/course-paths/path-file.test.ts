import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathFile, pathFileName, readPathFile } from '../../../src/lib/course-paths/path-file';
import type { SharedPath } from '../../../src/lib/course-paths/path-schema';

const path: SharedPath = { title: 'Dữ liệu cho mọi công chức: đợt 1', due: '2026-12-14', modules: ['data-thinking/data-quality'] };

describe('path files', () => {
  it('round-trip a path and name the file after its title without diacritics', () => {
    expect(readPathFile(pathFile(path, 'https://example.org/vi/paths/shared/#p=x'))).toEqual({ ok: true, path });
    expect(pathFileName(path)).toBe('du-lieu-cho-moi-cong-chuc-dot-1.cdl-path.json');
    expect(pathFileName({ ...path, title: '《》' })).toBe('path.cdl-path.json');
  });

  it('say why a file is not a usable path, and never throw', () => {
    expect(readPathFile('{')).toEqual({ ok: false, reason: 'not-json' });
    expect(readPathFile('{"format":"civic-data-literacy/progress"}')).toEqual({ ok: false, reason: 'not-a-path-file' });
    expect(readPathFile(JSON.stringify({ format: 'civic-data-literacy/path', version: 99, path }))).toEqual({ ok: false, reason: 'newer-version' });
    expect(readPathFile(JSON.stringify({ format: 'civic-data-literacy/path', version: 1, path: { ...path, modules: [] } }))).toEqual({ ok: false, reason: 'invalid' });
    expect(readPathFile(' '.repeat(200_000))).toEqual({ ok: false, reason: 'too-long' });
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      expect(readPathFile(text).ok).toBe(false);
    }));
  });
});
