import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_PATTERN,
  certificateCode,
  codeMatches,
  normalizeCode,
  type CertificateContent,
} from '../../../src/lib/certificate/certificate-code';
import { contentArb, issued } from './certificate-fixture';

/** One field of the content changed to something else, whichever field fc picks. */
const changedArb = contentArb.chain((content) =>
  fc
    .constantFrom('issuedAt', 'lang', 'id', 'name', 'pathId', 'pathTitle', 'title', 'best', 'completedAt', 'minutes')
    .map((field): [CertificateContent, CertificateContent] => {
      const c = structuredClone(content);
      const m = c.modules[0]!;
      if (field === 'issuedAt') c.issuedAt = new Date(Date.parse(c.issuedAt) + 1000).toISOString();
      if (field === 'lang') c.lang = c.lang === 'vi' ? 'en' : 'vi';
      if (field === 'id') c.learner.id = `${c.learner.id}x`;
      if (field === 'name') c.learner.name = `${c.learner.name}.`;
      if (field === 'pathId') c.pathId = c.pathId === 'a' ? 'b' : 'a';
      if (field === 'pathTitle') c.pathTitle = `${c.pathTitle} `;
      if (field === 'title') m.title = `${m.title}!`;
      if (field === 'best') m.best = m.best === undefined ? 0 : m.best === 100 ? undefined : m.best + 1;
      if (field === 'completedAt') m.completedAt = new Date(Date.parse(m.completedAt) - 60_000).toISOString();
      if (field === 'minutes') m.minutes += 1;
      return [content, c];
    }),
);

describe('certificate code', () => {
  it('is the same for the same content, written in any key order, and has the printed shape', () => {
    fc.assert(
      fc.property(contentArb, (content) => {
        const code = certificateCode(content);
        expect(code).toMatch(CODE_PATTERN);
        const reordered = Object.fromEntries(Object.entries(content).reverse()) as CertificateContent;
        expect(certificateCode(reordered)).toBe(code);
        expect(codeMatches(issued(content))).toBe(true);
      }),
    );
  });

  it('changes when any one thing the certificate says changes', () => {
    fc.assert(
      fc.property(changedArb, ([before, after]) => {
        expect(certificateCode(after)).not.toBe(certificateCode(before));
        expect(codeMatches({ ...after, code: certificateCode(before) })).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('spreads: 5,000 certificates differing in one letter of the name get 5,000 codes', () => {
    const base: CertificateContent = {
      issuedAt: '2026-12-01T08:00:00.000Z',
      lang: 'vi',
      learner: { id: 'learner-1234', name: '' },
      pathId: 'p1',
      pathTitle: 'Lộ trình',
      modules: [{ module: 'c/m', title: 'M', best: 90, completedAt: '2026-11-30T08:00:00.000Z', minutes: 10 }],
    };
    const codes = new Set(
      Array.from({ length: 5000 }, (_, i) =>
        certificateCode({ ...base, learner: { ...base.learner, name: `Lan ${i}` } }),
      ),
    );
    expect(codes.size).toBe(5000);
  });

  it('reads a code as people type it, and refuses what cannot be one', () => {
    expect(normalizeCode(' 7k2m-q9zx ')).toBe('7K2M-Q9ZX');
    expect(normalizeCode('7k2mq9zx')).toBe('7K2M-Q9ZX');
    expect(normalizeCode('7K2M–Q9ZX')).toBe('7K2M-Q9ZX'); // an en dash from a word processor
    expect(normalizeCode('O1LI-0000')).toBe('0111-0000'); // Crockford: O is 0, I and L are 1
    expect(normalizeCode('7K2M-Q9Z')).toBeUndefined();
    expect(normalizeCode('7K2M-Q9ZU')).toBeUndefined(); // U is no Crockford digit
    expect(normalizeCode('https://example.org/vi/verify/#c=c1.abc')).toBeUndefined();
  });
});
