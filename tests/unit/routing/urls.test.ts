import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alternatePath, langOfPath, siteUrls, translatePath, urls } from '../../../src/lib/routing/urls';

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

describe('page URLs under a portal’s folder (SITE_URL with a path)', () => {
  const folder = fc
    .array(segment, { minLength: 1, maxLength: 3 })
    .map((parts) => `/${parts.map((p) => `${p}/`).join('')}`);

  it('puts the folder in front of every URL, files under public/ included', () => {
    const at = siteUrls('/hoc-du-lieu/');
    expect(at.urls.home('vi')).toBe('/hoc-du-lieu/vi/');
    expect(at.urls.module('en', 'data-thinking', 'data-quality')).toBe(
      '/hoc-du-lieu/en/courses/data-thinking/data-quality/',
    );
    expect(at.urls.sharedPath('vi', 'v1.abc')).toBe('/hoc-du-lieu/vi/paths/shared/#p=v1.abc');
    expect(at.urls.searchIndex('en')).toBe('/hoc-du-lieu/en/search-index.json');
    expect(at.urls.reviewQuestions('vi')).toBe('/hoc-du-lieu/vi/review-questions.json');
    expect(at.urls.review('en')).toBe('/hoc-du-lieu/en/my-learning/#review');
    expect(at.urls.manifest('vi')).toBe('/hoc-du-lieu/vi/manifest.webmanifest');
    expect(at.urls.root()).toBe('/hoc-du-lieu/');
    expect(at.urls.file('/images/reading-charts/truncated-axis-vi.svg')).toBe(
      '/hoc-du-lieu/images/reading-charts/truncated-axis-vi.svg',
    );
    expect(at.urls.file('sw.js')).toBe('/hoc-du-lieu/sw.js');
    expect(siteUrls('/hoc-du-lieu').urls.home('en')).toBe('/hoc-du-lieu/en/');
  });

  it('at the root, the same URLs as before', () => {
    expect(siteUrls('/').urls.file('/favicon.svg')).toBe('/favicon.svg');
    expect(siteUrls('/').urls.root()).toBe('/');
  });

  it('reads the language after the folder, and nothing outside it', () => {
    const at = siteUrls('/hoc-du-lieu/');
    expect(at.langOfPath('/hoc-du-lieu/en/courses/')).toBe('en');
    expect(at.langOfPath('/hoc-du-lieu/')).toBeNull();
    expect(at.langOfPath('/en/courses/')).toBeNull(); // another site on the portal
    expect(at.translatePath('/hoc-du-lieu/', 'en')).toBe('/hoc-du-lieu/en/');
  });

  it('the language switch stays inside the folder, and comes back', () => {
    fc.assert(
      fc.property(folder, lang, fc.array(segment, { maxLength: 4 }), (base, from, rest) => {
        const at = siteUrls(base);
        const path = `${base}${from}/${rest.map((s) => `${s}/`).join('')}`;
        const there = at.alternatePath(path, from);
        expect(there.startsWith(base)).toBe(true);
        expect(at.langOfPath(there)).not.toBe(from);
        expect(there.slice(base.length + 2)).toBe(path.slice(base.length + 2));
        expect(at.alternatePath(there, at.langOfPath(there)!)).toBe(path);
      }),
    );
  });
});
