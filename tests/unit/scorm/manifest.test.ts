import { describe, expect, it } from 'vitest';
import { scormManifest, scormId, type ScormPackage } from '../../../src/lib/scorm/manifest';
import { importedChunks, LMS_BASE, referencedPaths, relativise } from '../../../src/lib/scorm/package-files';
import { validateManifest } from './scorm-xsd';

const pkg: ScormPackage = {
  identifier: 'civic-data-literacy-vi-data-thinking',
  title: 'Tư duy dữ liệu & ra quyết định <1>',
  lang: 'vi',
  scos: [
    {
      key: 'data-thinking/data-quality',
      title: '1.2 Chất lượng dữ liệu',
      href: 'vi/courses/data-thinking/data-quality/index.html',
      masteryScore: 80,
      files: ['vi/courses/data-thinking/data-quality/index.html'],
    },
    {
      key: 'data-thinking/reading-charts',
      title: '1.4 Đọc biểu đồ',
      href: 'vi/courses/data-thinking/reading-charts/index.html',
      files: ['vi/courses/data-thinking/reading-charts/index.html'],
    },
  ],
  sharedFiles: ['_astro/quiz.abc.js', 'images/chart one.svg', 'imsmanifest.xml'],
};

describe('a SCORM 1.2 manifest', () => {
  it('validates against the ADL SCORM 1.2 schemas', async () => {
    const result = await validateManifest(scormManifest(pkg));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is refused by the schemas when broken, so the check above can fail', async () => {
    const broken = scormManifest(pkg).replace('<schemaversion>1.2</schemaversion>', '<version>1.2</version>');
    expect((await validateManifest(broken)).valid).toBe(false);
  });

  it("checks ADL's own elements too: a SCO type or an element the schema does not declare is refused", async () => {
    const xml = scormManifest(pkg);
    expect((await validateManifest(xml.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="page"'))).valid).toBe(false);
    const misnamed = xml.replace(/adlcp:masteryscore>/g, 'adlcp:passmark>');
    expect((await validateManifest(misnamed)).valid).toBe(false);
  });

  it('has one item and one SCO per module, in order, with the pass mark as mastery score', () => {
    const xml = scormManifest(pkg);
    expect(xml.match(/adlcp:scormtype="sco"/g)).toHaveLength(2);
    expect(xml.indexOf('Chất lượng')).toBeLessThan(xml.indexOf('Đọc biểu đồ'));
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(xml.match(/masteryscore>/g)).toHaveLength(2); // only the module with a quiz
    expect(xml).toContain('Tư duy dữ liệu &amp; ra quyết định &lt;1&gt;');
    expect(xml).toContain('href="images/chart%20one.svg"');
  });

  it('carries no IMS metadata, which the schema check leaves out', () => {
    expect(scormManifest(pkg)).not.toMatch(/<imsmd:|<lom/);
  });

  it('makes XML ids of module keys', () => {
    expect(scormId('sco', 'data-thinking/data-quality')).toBe('sco-data-thinking_data-quality');
  });

  it('refuses a package with no module', () => {
    expect(() => scormManifest({ ...pkg, scos: [] })).toThrow(/no modules/);
  });
});

describe('the files a package needs', () => {
  it('follows static and dynamic imports of a built script, quoted either way', () => {
    const code =
      'import{a}from"./store.js";import"../x/y.js";const q=()=>import(`./quiz-island.js`),r=import(\'./r.js\')';
    expect(importedChunks('_astro/loader.js', code).sort()).toEqual(
      ['_astro/quiz-island.js', '_astro/r.js', '_astro/store.js', 'x/y.js'].sort(),
    );
  });

  it('makes references relative to the file, and sends pages outside the package to the public site', () => {
    const html = `<a href="${LMS_BASE}vi/glossary/#validity">x</a><script src="${LMS_BASE}_astro/q.js"></script>`;
    const inPackage = (path: string) => path === '_astro/q.js';
    expect(relativise(html, 'vi/courses/c/m/index.html', inPackage, 'https://hoc.example.gov.vn/')).toBe(
      '<a href="https://hoc.example.gov.vn/vi/glossary/#validity">x</a><script src="../../../../_astro/q.js"></script>',
    );
    expect(relativise(html, 'vi/courses/c/m/index.html', inPackage)).toContain('href="#validity"');
    expect(referencedPaths(html)).toEqual(['vi/glossary/', '_astro/q.js']);
  });
});
