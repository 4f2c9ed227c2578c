import { describe, expect, it } from 'vitest';
import { compareExerciseTranslations } from '../../../src/lib/exercise/exercise-key';
import { tableInspectionSchema, type TableInspectionExercise } from '../../../src/schemas/exercise/table-inspection';

/** The module's exercise in miniature, in the two languages: texts differ, the answer key must not. */
const declared = (lang: 'vi' | 'en', change: (e: Record<string, unknown>) => void = () => {}): TableInspectionExercise => {
  const exercise: Record<string, unknown> = {
    id: 'allowance-list-q1',
    kind: 'table-inspection',
    title: lang === 'vi' ? 'Tự soát danh sách' : 'Check the list',
    instructions: lang === 'vi' ? 'Đánh dấu dòng có lỗi.' : 'Mark the rows that are wrong.',
    dataset: 'data-quality-allowances-q1.csv',
    idColumn: 'record_id',
    caption: lang === 'vi' ? 'Trích danh sách' : 'An extract of the list',
    note: lang === 'vi' ? 'Số liệu minh họa.' : 'Illustrative data.',
    columns: [
      { id: 'record_id', label: lang === 'vi' ? 'Dòng' : 'Row' },
      { id: 'person_code', label: lang === 'vi' ? 'Mã' : 'Code' },
      { id: 'village', label: lang === 'vi' ? 'Thôn' : 'Village' },
      { id: 'monthly_amount', label: lang === 'vi' ? 'Tiền/tháng' : 'Per month' },
    ],
    problems: [
      {
        id: 'village-spelling',
        rows: ['05', '13'],
        column: 'village',
        dimensions: ['consistency', 'validity'],
        explanation: lang === 'vi' ? '“Ben Do” là “Bến Đò” gõ không dấu.' : '“Ben Do” is “Bến Đò” without diacritics.',
      },
      {
        id: 'amount-off-rule',
        rows: ['10'],
        column: 'monthly_amount',
        dimensions: ['accuracy'],
        explanation: lang === 'vi' ? 'Hệ số 2 thì phải là 1.000.000 đồng.' : 'Coefficient 2 means 1,000,000 đồng.',
      },
    ],
  };
  change(exercise);
  return tableInspectionSchema.parse(exercise);
};
const names = { a: 'vi/data-quality.mdx', b: 'en/data-quality.mdx' };
const problems = (e: Record<string, unknown>) => e.problems as Array<Record<string, unknown>>;

describe('a table inspection and its translation', () => {
  it('agree when only the texts and labels differ', () => {
    expect(compareExerciseTranslations([declared('vi')], [declared('en')], names)).toEqual([]);
  });

  for (const [what, change] of [
    ['a problem on another row', (e: Record<string, unknown>) => (problems(e)[1]!.rows = ['11'])],
    ['a dimension fewer', (e: Record<string, unknown>) => (problems(e)[0]!.dimensions = ['consistency'])],
    ['a problem left out', (e: Record<string, unknown>) => (e.problems = problems(e).slice(0, 1))],
    ['another column highlighted', (e: Record<string, unknown>) => delete problems(e)[1]!.column],
    ['a column not shown', (e: Record<string, unknown>) => (e.columns = (e.columns as Array<{ id: string }>).filter((c) => c.id !== 'person_code'))],
  ] as const) {
    it(`differ, naming the exercise, when the English has ${what}`, () => {
      const found = compareExerciseTranslations([declared('vi')], [declared('en', change)], names);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^exercise "allowance-list-q1" has answer key .* in vi\/data-quality\.mdx but .* in en/);
    });
  }
});
