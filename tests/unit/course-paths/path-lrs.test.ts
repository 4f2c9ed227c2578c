import { describe, expect, it } from 'vitest';
import { decodePath, encodePath, pathId } from '../../../src/lib/course-paths/path-codec';
import { basicTokenFrom, lrsAllowed } from '../../../src/lib/course-paths/path-lrs';
import type { SharedPath } from '../../../src/lib/course-paths/path-schema';
import LZString from 'lz-string';
import { quizHash } from '../../../src/lib/quiz/quiz-session';

const plain: SharedPath = { title: 'Lộ trình cán bộ xã', modules: ['data-thinking/data-quality'] };
const lrs = { endpoint: 'https://lrs.example.gov.vn/xapi/', key: 'a2V5OnNlY3JldA==', lang: 'vi' as const };
const sending: SharedPath = { ...plain, lrs };

/** A link as someone would forge it: valid checksum over JSON they wrote. */
const forged = (json: unknown) => {
  const text = JSON.stringify(json);
  return `v1.${quizHash(text)}.${LZString.compressToEncodedURIComponent(text)}`;
};

describe('a path that names an LRS', () => {
  it('keeps the id it had without one, and travels in its link', () => {
    // The id of a path without an LRS is what it was before the field existed (links already sent keep working).
    expect(pathId(plain)).toBe(quizHash(JSON.stringify(plain)));
    expect(pathId(sending)).not.toBe(pathId(plain));
    expect(decodePath(encodePath(sending))).toEqual({ ok: true, path: sending });
  });

  it('is refused when the build does not list its endpoint, and allowed when it does', () => {
    expect(lrsAllowed(sending, [])).toBe(false);
    expect(lrsAllowed(sending, ['https://other.example.gov.vn/xapi/'])).toBe(false);
    expect(lrsAllowed(sending, [lrs.endpoint])).toBe(true);
    expect(lrsAllowed(plain, [])).toBe(true);
  });

  it('does not open when the link carries an endpoint that is no https address, or a key that is no token', () => {
    for (const bad of [
      { ...lrs, endpoint: 'http://evil.example.com/xapi/' },
      { ...lrs, endpoint: 'https://lrs.example.gov.vn/xapi' },
      { ...lrs, endpoint: 'javascript:alert(1)//' },
      { ...lrs, key: 'key:secret' },
      { ...lrs, key: '' },
      { ...lrs, lang: 'fr' },
    ])
      expect(decodePath(forged({ ...plain, lrs: bad })), JSON.stringify(bad)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('takes the key as the LRS gives it: key:secret (UTF-8) or the Basic token itself', () => {
    expect(basicTokenFrom('key:secret')).toBe('a2V5OnNlY3JldA==');
    expect(basicTokenFrom('  a2V5OnNlY3JldA==  ')).toBe('a2V5OnNlY3JldA==');
    expect(atob(basicTokenFrom('khóa:mật')!)).toBe(String.fromCharCode(...new TextEncoder().encode('khóa:mật')));
    expect(basicTokenFrom('')).toBeUndefined();
    expect(basicTokenFrom('two words')).toBeUndefined();
    expect(basicTokenFrom(':secret')).toBeUndefined();
  });
});
