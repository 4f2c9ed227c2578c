import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageKind, urlOfBuiltFile } from '../../../src/lib/routing/page-kinds';
import { urls } from '../../../src/lib/routing/urls';

const slug = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((s) => s.length <= 30);
const lang = fc.constantFrom('vi' as const, 'en' as const);

describe('page kinds', () => {
  it('knows every URL shape urls.ts builds, so the bench and the e2e walk the pages the site links to', () => {
    fc.assert(
      fc.property(lang, slug, slug, (l, a, b) => {
        expect(pageKind(urls.home(l))).toBe('home');
        expect(pageKind(urls.catalog(l))).toBe('catalog');
        expect(pageKind(urls.course(l, a))).toBe('course');
        expect(pageKind(urls.coursePrint(l, a))).toBe('course print');
        // A module slug "print" (or a role path "shared") loses to the fixed page, as in Astro's route priority.
        if (b !== 'print') expect(pageKind(urls.module(l, a, b))).toBe('module');
        expect(pageKind(urls.glossary(l))).toBe('glossary');
        expect(pageKind(urls.myLearning(l))).toBe('my learning');
        expect(pageKind(urls.start(l))).toBe('placement');
        expect(pageKind(urls.search(l))).toBe('search');
        expect(pageKind(urls.sharedPath(l))).toBe('shared path');
        expect(pageKind(urls.paths(l))).toBe('role paths');
        if (a !== 'shared') expect(pageKind(urls.path(l, a))).toBe('role paths');
        expect(pageKind(urls.trainer(l))).toBe('path builder');
        expect(pageKind(urls.classReport(l))).toBe('class report');
        expect(pageKind(urls.certificate(l))).toBe('certificate');
        expect(pageKind(urls.verify(l))).toBe('verify certificate');
      }),
    );
  });

  it('tells the pages outside the language folders apart, and calls the rest "other"', () => {
    expect(pageKind('/')).toBe('language chooser /');
    expect(pageKind('/404.html')).toBe('404');
    expect(pageKind('/offline/')).toBe('other');
    expect(pageKind('/fr/courses/')).toBe('other');
    expect(pageKind('/vi/courses')).toBe('other'); // URLs end with a slash
  });

  it('turns a built file into the URL a reader opens', () => {
    expect(urlOfBuiltFile('index.html')).toBe('/');
    expect(urlOfBuiltFile('vi/courses/index.html')).toBe('/vi/courses/');
    expect(urlOfBuiltFile('404.html')).toBe('/404.html');
  });
});
