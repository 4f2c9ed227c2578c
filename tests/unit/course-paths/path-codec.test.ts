import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  decodePath,
  encodePath,
  MAX_LINK_LENGTH,
  pathId,
  unknownModules,
} from '../../../src/lib/course-paths/path-codec';
import type { SharedPath } from '../../../src/lib/course-paths/path-schema';
import { quizHash } from '../../../src/lib/quiz/quiz-session';
import { cleanOutsideText } from '../../../src/lib/text/outside-text';
import { hiddenIn, hostileTextArbitrary, pathArbitrary } from '../arbitraries';

const pathArb = pathArbitrary();

const essentials: SharedPath = {
  title: 'Kiến thức thiết yếu cho mọi công chức — đợt tháng 12',
  note: 'Hoàn thành trước buổi tập huấn. <script>alert(1)</script>',
  due: '2026-12-14',
  passMark: 80,
  modules: ['data-thinking/data-in-public-work', 'data-thinking/data-quality', 'data-thinking/summarising-numbers'],
};

describe('path links', () => {
  it('round-trip any valid path, Vietnamese text included', () => {
    expect(decodePath(`#p=${encodePath(essentials)}`)).toEqual({ ok: true, path: essentials });
    fc.assert(
      fc.property(pathArb, (path) => {
        expect(decodePath(encodePath(path))).toEqual({ ok: true, path });
      }),
    );
  });

  it('stay short enough for a QR code for a typical path', () => {
    expect(encodePath(essentials).length).toBeLessThan(400);
  });

  it('a truncated or mutated link never throws and never opens as a different path', () => {
    fc.assert(
      fc.property(pathArb, fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (path, cut, at, char) => {
        const code = encodePath(path);
        const truncated = decodePath(code.slice(0, cut % code.length));
        if (truncated.ok) expect(truncated.path).toEqual(path);
        const i = at % code.length;
        const mutated = decodePath(code.slice(0, i) + char + code.slice(i + 1));
        if (mutated.ok) expect(mutated.path).toEqual(path);
      }),
      { numRuns: 1000 },
    );
  });

  it('random text is never a path', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => decodePath(text)).not.toThrow();
      }),
    );
  });

  it('says why a link cannot be opened', () => {
    expect(decodePath('')).toEqual({ ok: false, reason: 'empty' });
    expect(decodePath('hello')).toEqual({ ok: false, reason: 'not-a-path' });
    expect(decodePath(`v9.${encodePath(essentials).slice(3)}`)).toEqual({ ok: false, reason: 'newer-version' });
    expect(decodePath(`v1.${'a'.repeat(MAX_LINK_LENGTH)}`)).toEqual({ ok: false, reason: 'too-long' });
    const code = encodePath(essentials);
    expect(decodePath(code.slice(0, -5))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('open a title and note carrying bidi or control characters in logical order, without them', () => {
    // Made by hand, as a hostile or careless link would be: encodePath itself cleans what it is given.
    const handMade = (path: SharedPath) => {
      const json = JSON.stringify(path);
      return `#p=v1.${quizHash(json)}.${LZString.compressToEncodedURIComponent(json)}`;
    };
    const overridden = {
      ...essentials,
      title: 'Lộ trình \u202Eabc\u202C đợt 1',
      note: '\u2067Dòng một\u2069\r\nDòng \u200Fhai\u0007',
    };
    expect(decodePath(handMade(overridden))).toEqual({
      ok: true,
      path: { ...overridden, title: 'Lộ trình abc đợt 1', note: 'Dòng một\nDòng hai' },
    });
    expect(decodePath(handMade({ ...essentials, title: '\u202E\u0000' }))).toEqual({ ok: false, reason: 'invalid' });
    const hostile = hostileTextArbitrary({ parts: 8, partLength: 12 });
    fc.assert(
      fc.property(pathArb, hostile, hostile, (path, title, note) => {
        const raw = { ...path, title: `${title}x`, note };
        const decoded = decodePath(handMade(raw));
        expect(decoded).toEqual({
          ok: true,
          path: { ...raw, title: cleanOutsideText(raw.title, 'line'), note: cleanOutsideText(note, 'note') },
        });
        if (!decoded.ok) return;
        expect(hiddenIn(decoded.path.title)).toEqual([]);
        expect(hiddenIn(decoded.path.note!, ['\n'])).toEqual([]);
        // The trainer's builder, the link and the learner's record all name it by the same id.
        expect(pathId(raw)).toBe(pathId(decoded.path));
        expect(decodePath(encodePath(raw))).toEqual(decoded);
      }),
    );
  });

  it('open when a mail or chat app percent-encoded the fragment, wholly or in part', () => {
    const code = `p=${encodePath(essentials)}`;
    expect(decodePath(`#${encodeURIComponent(code)}`)).toEqual({ ok: true, path: essentials });
    expect(decodePath(`#${encodeURIComponent(encodeURIComponent(code))}`)).toEqual({ ok: true, path: essentials });
    const encodeSome = (text: string, cuts: number[]) => {
      const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      let out = '';
      let from = 0;
      at.forEach((to, i) => {
        out += i % 2 === 0 ? text.slice(from, to) : encodeURIComponent(text.slice(from, to));
        from = to;
      });
      return out + (at.length % 2 === 1 ? encodeURIComponent(text.slice(from)) : text.slice(from));
    };
    fc.assert(
      fc.property(pathArb, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (path, cuts, whole) => {
        const fragment = `p=${encodePath(path)}`;
        const sent = whole ? encodeURIComponent(fragment) : encodeSome(fragment, cuts);
        expect(decodePath(`#${sent}`)).toEqual({ ok: true, path });
      }),
      { numRuns: 500 },
    );
  });

  it('call a link with a broken percent sequence damaged, never throwing', () => {
    const code = encodePath(essentials);
    for (const broken of [
      `${code}%`,
      `${code}%2`,
      `${code.slice(0, 20)}%E0%A4%A${code.slice(20)}`,
      `${code}%zz`,
      `p%3D${code}%`,
    ]) {
      expect(decodePath(`#${broken}`), broken).toEqual({ ok: false, reason: 'damaged' });
    }
    fc.assert(
      fc.property(pathArb, fc.nat(), fc.constantFrom('%', '%2', '%E0', '%C3%', '%uD800', '%FF'), (path, at, junk) => {
        const code = encodePath(path);
        const i = at % code.length;
        expect(() => decodePath(code.slice(0, i) + junk + code.slice(i))).not.toThrow();
      }),
    );
  });

  it('lists the modules this site does not have', () => {
    expect(
      unknownModules({ ...essentials, modules: ['data-thinking/data-quality', 'risk/what-is-risk'] }, [
        'data-thinking/data-quality',
      ]),
    ).toEqual(['risk/what-is-risk']);
  });
});
