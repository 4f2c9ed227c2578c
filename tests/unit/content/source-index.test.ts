import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { citationConflicts, documentNumber, indexSources, stopAfterTitle } from '../../../src/lib/content/source-index';
import type { Source } from '../../../src/schemas/source';

const mod = (n: string, sources: Source[]) => ({
  key: `c/m${n}`,
  number: n,
  title: `Module ${n}`,
  url: `/vi/courses/c/m${n}/`,
  sources,
});
const digcomp = { title: 'DigComp 2.2: The Digital Competence Framework', issuer: 'European Commission', year: 2022 };

describe('indexSources', () => {
  it('lists a work cited by two modules once, with both modules, whatever the notes and quotation marks', () => {
    const index = indexSources(
      [
        mod('1.1', [{ ...digcomp, note: 'Năng lực 1.2.' }]),
        mod('1.5', [
          { ...digcomp, title: '“DigComp 2.2: The Digital  Competence Framework”', url: 'https://example.org/d' },
        ]),
      ],
      'vi',
    );
    expect(index).toHaveLength(1);
    expect(index[0]!.citedBy.map((m) => m.number)).toEqual(['1.1', '1.5']);
    expect(index[0]!.source.note).toBe('Năng lực 1.2.');
    expect(index[0]!.source.url).toBe('https://example.org/d'); // a later citation's link is kept
  });

  it('keeps works apart when the year or issuer differs, and sorts by title in the language’s alphabet', () => {
    const index = indexSources(
      [
        mod('1.1', [
          { title: 'Đạo đức dữ liệu', issuer: 'A', year: 2020 },
          { title: 'Dữ liệu mở', issuer: 'A', year: 2020 },
          { title: 'Luật Dữ liệu', issuer: 'Quốc hội', year: 2024 },
        ]),
        mod('2.1', [{ title: 'Luật Dữ liệu', issuer: 'Quốc hội', year: 2025 }]),
      ],
      'vi',
    );
    expect(index.map((e) => `${e.source.title} ${e.source.year}`)).toEqual([
      'Dữ liệu mở 2020',
      'Đạo đức dữ liệu 2020',
      'Luật Dữ liệu 2024',
      'Luật Dữ liệu 2025',
    ]);
  });

  it('loses no citation: every module that cites a source is listed under it, once', () => {
    const source = fc.record({
      title: fc.constantFrom('A', 'B', 'C'),
      issuer: fc.constantFrom('X', 'Y'),
      year: fc.constantFrom(2020, 2021),
    });
    fc.assert(
      fc.property(fc.array(fc.array(source, { maxLength: 4 }), { maxLength: 6 }), (lists) => {
        const modules = lists.map((sources, i) => mod(String(i), sources));
        const index = indexSources(modules, 'en');
        for (const m of modules)
          for (const s of m.sources) {
            const entry = index.find(
              (e) => e.source.title === s.title && e.source.issuer === s.issuer && e.source.year === s.year,
            );
            expect(entry?.citedBy.filter((c) => c.key === m.key)).toHaveLength(1);
          }
        const works = new Set(modules.flatMap((m) => m.sources.map((s) => `${s.title}|${s.issuer}|${s.year}`)));
        expect(index).toHaveLength(works.size);
      }),
    );
  });
});

describe('citationConflicts', () => {
  it('names a work cited with one title and year under two issuers, in one language only', () => {
    const tufte = { title: 'The Visual Display of Quantitative Information', year: 1983 };
    const problems = citationConflicts([
      { file: 'vi/a.mdx', lang: 'vi', sources: [{ ...tufte, issuer: 'Edward R. Tufte (Graphics Press)' }] },
      { file: 'vi/b.mdx', lang: 'vi', sources: [{ ...tufte, issuer: 'Edward Tufte (Graphics Press)' }] },
      { file: 'en/a.mdx', lang: 'en', sources: [{ ...tufte, issuer: 'Edward Tufte' }] },
      { file: 'vi/c.mdx', lang: 'vi', sources: [{ ...tufte, issuer: 'Edward R. Tufte (Graphics Press).' }] },
    ]);
    expect(problems).toEqual([
      'vi/b.mdx: the source "The Visual Display of Quantitative Information" (1983) is issued by "Edward Tufte (Graphics Press)" here but by "Edward R. Tufte (Graphics Press)" in vi/a.mdx: cite one work one way (the sources page lists it once).',
    ]);
  });
});

describe('documentNumber', () => {
  it('finds the number a Vietnamese legal document is known by, and nothing in other titles', () => {
    expect(documentNumber('Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15)')).toBe('91/2025/QH15');
    expect(documentNumber('Nghị định số 118/2025/NĐ-CP về thực hiện thủ tục hành chính')).toBe('118/2025/NĐ-CP');
    expect(documentNumber('Nghị quyết số 57-NQ/TW về đột phá phát triển')).toBe('57-NQ/TW');
    expect(documentNumber('Quyết định số 06/QĐ-TTg phê duyệt Đề án')).toBe('06/QĐ-TTg');
    expect(documentNumber('Decision 1001/QĐ-BNV of 11 December 2023')).toBe('1001/QĐ-BNV');
    expect(documentNumber('ISO 31000:2018 Risk management — Guidelines')).toBeUndefined();
    expect(documentNumber('DigComp 2.2: The Digital Competence Framework')).toBeUndefined();
  });

  it('holds one document number to one title, whatever its dashes', () => {
    const law = (title: string) => ({ title, issuer: 'Quốc hội', year: 2025 });
    const problems = citationConflicts([
      { file: 'vi/a.mdx', lang: 'vi', sources: [law('Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15)')] },
      { file: 'vi/b.mdx', lang: 'vi', sources: [law('Luật Bảo vệ dữ liệu cá nhân, số 91/2025/QH15')] },
      { file: 'vi/c.mdx', lang: 'vi', sources: [law('Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15).')] },
      { file: 'vi/d.mdx', lang: 'vi', sources: [{ title: 'Orange Book – Principles', issuer: 'HMT', year: 2023 }] },
      { file: 'vi/e.mdx', lang: 'vi', sources: [{ title: 'Orange Book — Principles', issuer: 'HMT', year: 2023 }] },
    ]);
    expect(problems).toEqual([
      'vi/b.mdx: document 91/2025/QH15 is cited as "Luật Bảo vệ dữ liệu cá nhân, số 91/2025/QH15" here but as "Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15)" in vi/a.mdx: cite one work one way (the sources page lists it once).',
    ]);
  });
});

describe('stopAfterTitle', () => {
  it('puts a period after a title unless it ends in its own mark', () => {
    expect(stopAfterTitle('How to Lie with Statistics')).toBe('.');
    expect(stopAfterTitle('The Environment and Disease: Association or Causation?')).toBe('');
    expect(stopAfterTitle('Statistics (4th edition).')).toBe('');
  });
});
