import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alternatePath, langOfPath, translatePath, urls } from '../../../src/lib/routing/urls';

const segment = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const lang = fc.constantFrom('vi' as const, 'en' as const);

describe('page URLs', () => {
  it('builds the public, slash-terminated URL shapes', () => {
    expect(urls.home('vi')).toBe('/vi/');
    expect(urls.catalog('en')).toBe('/en/courses/');
    expect(urls.course('vi', 'data-thinking')).toBe('/vi/courses/data-thinking/');
    expect(urls.module('en', 'data-thinking', 'data-quality')).toBe('/en/courses/data-thinking/data-quality/');
    expect(urls.glossaryTerm('vi', 'metadata')).toBe('/vi/glossary/#metadata');
  });

  it('reads the language from the first segment only', () => {
    expect(langOfPath('/en/courses/')).toBe('en');
    expect(langOfPath('/')).toBeNull();
    expect(langOfPath('/fr/courses/')).toBeNull();
    expect(langOfPath('/courses/vi/')).toBeNull();
  });

  it('the language switch leads to the same page in the other language, and back', () => {
    fc.assert(
      fc.property(lang, fc.array(segment, { maxLength: 4 }), (from, rest) => {
        const path = `/${from}/${rest.map((s) => `${s}/`).join('')}`;
        const there = alternatePath(path, from);
        expect(langOfPath(there)).not.toBe(from);
        expect(there.slice(3)).toBe(path.slice(3));
        expect(alternatePath(there, langOfPath(there)!)).toBe(path);
      }),
    );
  });

  it('a path outside the language folders switches to the other home page', () => {
    expect(translatePath('/', 'en')).toBe('/en/');
  });
});
