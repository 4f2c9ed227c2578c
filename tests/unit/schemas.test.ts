import { describe, expect, it } from 'vitest';
import { moduleSchema } from '../../src/schemas/module';
import { pathSchema } from '../../src/schemas/plan';

const valid = {
  title: 'Chất lượng dữ liệu',
  summary: 'Sáu khía cạnh của chất lượng dữ liệu và cách phát hiện lỗi trong một bảng.',
  course: 'data-thinking',
  order: 2,
  objectives: ['Kể tên sáu khía cạnh', 'Phát hiện bản ghi trùng lặp', 'Ghi chú lỗi thay vì âm thầm sửa'],
  minutes: 12,
  level: 'awareness',
  keyTerms: ['accuracy'],
  sources: [{ title: 'The Government Data Quality Framework', issuer: 'Government Data Quality Hub', year: 2020 }],
};

describe('module frontmatter schema', () => {
  it('accepts a complete module and fills defaults', () => {
    expect(moduleSchema.parse(valid).competences).toEqual([]);
  });

  it('takes competences by id only, so no page shows a label in the wrong language', () => {
    expect(moduleSchema.parse({ ...valid, competences: ['digcomp-2.2-1.2'] }).competences).toEqual(['digcomp-2.2-1.2']);
    const free = moduleSchema.safeParse({ ...valid, competences: ['DigComp 2.2 — 1.2 Evaluating data'] });
    expect(free.success).toBe(false);
    expect(JSON.stringify(free.error?.issues)).toMatch(/digcomp-2\.2-1\.2/);
  });

  it('names a misspelt or missing field', () => {
    const { minutes, ...rest } = valid;
    const result = moduleSchema.safeParse({ ...rest, minuts: minutes });
    expect(result.success).toBe(false);
    const message = JSON.stringify(result.error?.issues);
    expect(message).toMatch(/minutes/);
    expect(message).toMatch(/minuts/);
  });

  it('rejects too few objectives, a bad level and a source without a year', () => {
    expect(moduleSchema.safeParse({ ...valid, objectives: ['only one objective'] }).success).toBe(false);
    expect(moduleSchema.safeParse({ ...valid, level: 'expert' }).success).toBe(false);
    expect(moduleSchema.safeParse({ ...valid, sources: [{ title: 'Law', issuer: 'NA' }] }).success).toBe(false);
  });

  it('keeps ids URL-safe', () => {
    expect(moduleSchema.safeParse({ ...valid, keyTerms: ['Dữ liệu'] }).success).toBe(false);
    expect(
      pathSchema.safeParse({ title: { vi: 'Xx', en: 'Xx' }, summary: { vi: 'Yy', en: 'Yy' }, steps: ['data-thinking'] })
        .success,
    ).toBe(false);
  });
});
