import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDoc } from '../../../src/lib/search/build-index';
import { mdxToText } from '../../../src/lib/search/docs';
import { loadIndex, search, snippet, suggest } from '../../../src/lib/search/query';
import { exactForm, fold, indexForms, normalise, words } from '../../../src/lib/search/text';
import { realIndex } from '../search-corpus';

describe('search text pipeline', () => {
  it('trims punctuation without cutting Vietnamese letters', () => {
    expect(normalise('“Dữ,')).toBe('dữ');
    expect(normalise('(đường)')).toBe('đường');
    expect(words('Tỷ suất sinh thô — 12,5‰; dữ-liệu')).toEqual(['tỷ', 'suất', 'sinh', 'thô', '12,5', 'dữ', 'liệu']);
  });

  it('folds diacritics, including đ, whatever the Unicode form', () => {
    expect(fold('dữ liệu')).toBe('du lieu');
    expect(fold('Đường')).toBe('Duong');
    expect(fold('dữ'.normalize('NFD'))).toBe('du');
  });

  it('stems English only', () => {
    expect(exactForm('cases', 'en')).toBe('case');
    expect(exactForm('charts', 'en')).toBe('chart');
    expect(exactForm('những', 'vi')).toBe('những');
    expect(indexForms('liệu', 'vi')).toEqual(['liệu', 'lieu']);
    expect(indexForms('data', 'en')).toEqual(['data']);
  });

  it('reads MDX as text: components and tables go, their words stay', () => {
    const { headings, text } = mdxToText(
      '## Trung vị\n\n<Callout type="note" title="X">\n\nMột **câu** với <KeyTerm id="median">trung vị</KeyTerm>.\n\n</Callout>\n\n<Figure src="/a.svg" alt="b" caption="c" />\n\n| a | b |\n| --- | --- |\n| 1 | 2 |',
    );
    expect(headings).toEqual(['Trung vị']);
    expect(text).toBe('Trung vị Một câu với trung vị . a b 1 2');
  });
});

const doc = (id: string, title: string, text: string): SearchDoc => ({
  id,
  kind: 'module',
  title,
  course: 'C',
  url: `/${id}/`,
  terms: '',
  headings: '',
  text,
});

describe('ranking on a tiny index', () => {
  const index = loadIndex(
    JSON.parse(
      JSON.stringify(
        buildSearchIndex('vi', [
          doc('a', 'Dự toán ngân sách', 'Lập dự toán hằng năm.'),
          doc('b', 'Dữ liệu dân cư', 'Cơ sở dữ liệu quốc gia.'),
        ]),
      ),
    ),
  );
  it('ranks the exact spelling above a folded match, and finds both without diacritics', () => {
    expect(search(index, 'dữ').map((r) => r.id)).toEqual(['b', 'a']);
    expect(search(index, 'dự').map((r) => r.id)).toEqual(['a', 'b']);
    expect(
      search(index, 'du')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });
  it('treats query syntax and junk as words, never as errors', () => {
    for (const q of ['title:dữ', '+dữ -liệu', 'dữ~2', '*', '^', ':', '"', 'a'.repeat(2000), '\u0000\u0301']) {
      expect(() => search(index, q), q).not.toThrow();
    }
    expect(search(index, 'title:dữ').map((r) => r.id)[0]).toBe('b');
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (q) => {
        expect(Array.isArray(search(index, q))).toBe(true);
      }),
    );
  });
  it('suggests a near word when nothing matches', () => {
    expect(search(index, 'ngân sácg')[0]?.id).toBe('a');
    expect(search(index, 'dữ liệo').length).toBeGreaterThan(0);
    expect(search(index, 'qxzvb')).toEqual([]);
    expect(suggest(index, 'ngan sacg')).toBe('ngân sách');
    expect(suggest(index, 'ngân sáhc')).toBe('ngân sách');
    expect(suggest(index, 'dữ liệu')).toBeUndefined();
  });
  it('highlights the matched words in a snippet, with or without diacritics', () => {
    const parts = snippet('Một đoạn văn dài về cơ sở dữ liệu quốc gia và cách dùng.', ['du', 'lieu'], 'vi');
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['dữ', 'liệu']);
  });
  it('lights up only the exact word when the text has it: "du" is not "đủ" next to "du lịch"', () => {
    const hits = (text: string, typed: string[]) =>
      snippet(text, typed, 'vi')
        .filter((p) => p.hit)
        .map((p) => p.text);
    expect(hits('Đủ người cho chuyến du lịch, đủ chỗ.', ['du'])).toEqual(['du']);
    // No exact "du" in the text: the reader typed without diacritics, so every folded match counts.
    expect(hits('Đủ số liệu, dữ liệu đầy đủ.', ['du'])).toEqual(['Đủ', 'dữ', 'đủ.']);
    expect(hits('Ai dùng AI? Hỏi ai cũng được.', ['AI'])).toEqual(['AI?']);
  });
});

describe('acronyms typed in capitals', () => {
  const index = loadIndex(
    JSON.parse(
      JSON.stringify(
        buildSearchIndex('vi', [
          doc('who', 'Ai chịu trách nhiệm', 'Ai ký, ai duyệt, ai lưu hồ sơ: ghi rõ ai làm gì.'),
          doc('ai', 'Dùng AI trong công vụ', 'Công cụ AI tạo sinh và rủi ro khi dùng AI.'),
          doc('kpi', 'Chỉ số KPI của xã', 'Đặt KPI cho cán bộ xã.'),
          doc('kpi-word', 'Kpi', 'Một từ không phải viết tắt: kpi.'),
        ]),
      ),
    ),
  );
  it('"AI" finds the acronym, not every Vietnamese "ai" (who); "ai" still finds both', () => {
    expect(search(index, 'AI').map((r) => r.id)).toEqual(['ai']);
    expect(
      search(index, 'ai')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['ai', 'who']);
    expect(search(index, 'KPI xã').map((r) => r.id)[0]).toBe('kpi');
    expect(search(index, 'KPI').map((r) => r.id)).toEqual(['kpi']);
  });
  it('a word in capitals with tones is a word, not an acronym', () => {
    expect(search(index, 'CHỊU').map((r) => r.id)).toEqual(['who']);
  });
});

// The relevance table: a query, then what must appear in the top three (first: what must come first).
const table: Record<'vi' | 'en', Array<[string, string[], string?]>> = {
  vi: [
    ['dữ liệu', ['m:data-thinking/data-in-public-work']],
    ['du lieu', ['m:data-thinking/data-in-public-work']],
    ['trung vị', ['t:median', 'm:data-thinking/summarising-numbers'], 't:median'],
    ['trung vi', ['t:median', 'm:data-thinking/summarising-numbers'], 't:median'],
    ['tỷ suất', ['m:data-thinking/summarising-numbers', 't:rate-per-thousand']],
    ['ty suat', ['t:rate-per-thousand']],
    ['định luật Goodhart', ['t:goodharts-law', 'm:data-thinking/data-to-decision'], 't:goodharts-law'],
    ['goodhart', ['t:goodharts-law', 'm:data-thinking/data-to-decision']],
    ['siêu dữ liệu', ['t:metadata'], 't:metadata'],
    ['sieu du lieu', ['t:metadata'], 't:metadata'],
    ['biểu đồ', ['m:data-thinking/reading-charts'], 'm:data-thinking/reading-charts'],
    ['bieu do', ['m:data-thinking/reading-charts']],
    ['mốc cơ sở', ['t:baseline', 'm:data-thinking/data-to-decision'], 't:baseline'],
    ['moc co so', ['t:baseline'], 't:baseline'],
    ['chất lượng', ['m:data-thinking/data-quality'], 'm:data-thinking/data-quality'],
    ['giá trị ngoại lai', ['t:outlier'], 't:outlier'],
    ['điểm phần trăm', ['t:percentage-point']],
    ['tính đầy đủ', ['t:completeness', 'm:data-thinking/data-quality'], 't:completeness'],
    ['bảng theo dõi', ['t:dashboard'], 't:dashboard'],
    ['median', ['t:median']],
  ],
  en: [
    ['median', ['t:median', 'm:data-thinking/summarising-numbers'], 't:median'],
    ['medians', ['t:median']],
    ['outliers', ['t:outlier', 'm:data-thinking/summarising-numbers']],
    ['charts', ['m:data-thinking/reading-charts'], 'm:data-thinking/reading-charts'],
    ['goodhart', ['t:goodharts-law']],
    ['baseline', ['t:baseline', 'm:data-thinking/data-to-decision']],
    ['metadata', ['t:metadata', 'm:data-thinking/data-in-public-work'], 't:metadata'],
    ['percentage points', ['t:percentage-point', 'm:data-thinking/summarising-numbers']],
    ['per capita', ['t:per-capita'], 't:per-capita'],
    ['truncated axis', ['t:truncated-axis', 'm:data-thinking/reading-charts'], 't:truncated-axis'],
    ['administrative data', ['t:administrative-data'], 't:administrative-data'],
    ['dashboards', ['t:dashboard']],
    ['cherry picking', ['t:cherry-picking'], 't:cherry-picking'],
    ['indicators', ['t:indicator'], 't:indicator'],
    ['completeness', ['t:completeness', 'm:data-thinking/data-quality']],
    ['trung vị', ['t:median']],
  ],
};

// Queries that must not bring up a page: "AI" in capitals is the acronym, and no module written yet is about AI,
// although "ai" (who) is in nearly every Vietnamese text.
const notFound: Record<'vi' | 'en', Array<[string, string[]]>> = {
  vi: [
    ['AI', ['m:data-thinking/data-in-public-work', 'm:data-thinking/data-quality', 'm:data-thinking/data-to-decision']],
  ],
  en: [],
};

describe('relevance on the real course content', () => {
  for (const lang of ['vi', 'en'] as const) {
    const index = realIndex(lang);
    for (const [query, absent] of notFound[lang]) {
      it(`${lang}: “${query}” does not bring up ${absent.join(', ')}`, () => {
        const found = search(index, query).map((r) => r.id);
        for (const id of absent) expect(found).not.toContain(id);
      });
    }
  }

  it('suggests the word meant when a query finds nothing', () => {
    const en = realIndex('en');
    expect(search(en, 'medain')).toEqual([]);
    expect(suggest(en, 'medain')).toBe('median');
    expect(suggest(realIndex('vi'), 'trung vj')).toBe('trung vị');
  });

  for (const lang of ['vi', 'en'] as const) {
    const index = realIndex(lang);
    for (const [query, inTop3, first] of table[lang]) {
      it(`${lang}: “${query}”`, () => {
        const top = search(index, query)
          .slice(0, 3)
          .map((r) => r.id);
        for (const id of inTop3) expect(top, `${id} in the top three`).toContain(id);
        if (first) expect(top[0]).toBe(first);
      });
    }
  }
});
