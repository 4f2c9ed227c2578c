import { describe, expect, it } from 'vitest';
import { declarationProblems, datasetRowIds } from '../../../../src/lib/exercise/table-inspection/declaration-check';
import { tableInspectionSchema } from '../../../../src/schemas/exercise/table-inspection';

const csv = 'id,village,amount\n01,Đông Hòa,500000\n02,Bến Đò,750000\n03,Ben Do,750000\n';
const table = {
  dataset: 'x.csv',
  idColumn: 'id',
  columns: [{ id: 'id' }, { id: 'village' }, { id: 'amount' }],
  problems: [{ id: 'spelling', rows: ['03'], column: 'village' }],
};

describe('a table inspection declaration against its CSV', () => {
  it('accepts rows and columns the file has', () => {
    expect(declarationProblems(table, csv)).toEqual([]);
    expect(datasetRowIds(csv, 'id')).toEqual(['01', '02', '03']);
  });

  it('names the row, the column and the problem that do not exist', () => {
    const problems = declarationProblems(
      { ...table, problems: [{ id: 'spelling', rows: ['04'], column: 'hamlet' }] },
      csv,
    );
    expect(problems).toEqual([
      'problem "spelling": row "04" is not in seeds/datasets/x.csv (column id)',
      'problem "spelling": column "hamlet" is not one of the columns shown',
    ]);
  });

  it('names a missing file, a missing id column, a column the file lacks, and repeated or blank row ids', () => {
    expect(declarationProblems(table, undefined)).toEqual(['"dataset": seeds/datasets/x.csv does not exist']);
    expect(declarationProblems({ ...table, idColumn: 'row' }, csv)[0]).toContain('has no column "row"');
    expect(declarationProblems({ ...table, columns: [...table.columns, { id: 'born' }] }, csv)).toEqual([
      '"columns": seeds/datasets/x.csv has no column "born" (it has id, village, amount)',
    ]);
    expect(declarationProblems(table, csv + '02,Tân Lập,500000\n,Tân Lập,1\n')).toEqual([
      'seeds/datasets/x.csv: row 6 has no "id"',
      'seeds/datasets/x.csv: "id" must be unique, but 02 repeat',
    ]);
  });

  it('refuses a row in two problems, since the learner gives each row one mark', () => {
    const twice = { ...table, problems: [...table.problems, { id: 'other', rows: ['03'] }] };
    expect(declarationProblems(twice, csv)).toEqual([
      'problem "other": row "03" is already in problem "spelling" (one problem a row)',
    ]);
  });
});

describe('the table inspection schema', () => {
  const valid = {
    id: 'allowance-list',
    kind: 'table-inspection',
    title: 'Check the list',
    instructions: 'Mark every row you think is wrong.',
    dataset: 'data-quality-allowances-q1.csv',
    idColumn: 'record_id',
    caption: 'An extract of the list',
    note: 'Illustrative data.',
    columns: [
      { id: 'record_id', label: 'Row' },
      { id: 'village', label: 'Village' },
    ],
    problems: [
      {
        id: 'spelling',
        rows: ['05', '13'],
        column: 'village',
        dimensions: ['consistency'],
        explanation: 'Ben Do is Bến Đò typed without diacritics.',
      },
    ],
  };
  const messages = (value: unknown) => {
    const result = tableInspectionSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('reads the real dataset in seeds/ and accepts a declaration that fits it', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('fails, naming the exercise and the row, when a problem names a row the dataset lacks', () => {
    const bad = { ...valid, problems: [{ ...valid.problems[0], rows: ['17'] }] };
    expect(messages(bad)).toEqual([
      'exercise "allowance-list": problem "spelling": row "17" is not in seeds/datasets/data-quality-allowances-q1.csv (column record_id)',
    ]);
  });

  it('fails on a problem without an explanation, a dimension the module does not teach, or ids used twice', () => {
    expect(messages({ ...valid, problems: [{ ...valid.problems[0], explanation: '' }] })).toEqual([
      'every problem needs an explanation (at least 20 characters)',
    ]);
    expect(messages({ ...valid, problems: [{ ...valid.problems[0], dimensions: ['beauty'] }] })).toHaveLength(1);
    expect(messages({ ...valid, problems: [valid.problems[0], valid.problems[0]] })).toContain(
      'two problems have the same id',
    );
  });

  it('takes an exercise’s own categories instead of the dimensions, and holds its problems to them', () => {
    const categories = [
      { id: 'direct-identifier', label: 'Định danh trực tiếp' },
      { id: 'quasi-identifier', label: 'Định danh gián tiếp' },
    ];
    const own = {
      ...valid,
      categories,
      categoryName: 'Loại thông tin',
      problems: [{ ...valid.problems[0], dimensions: ['quasi-identifier'] }],
    };
    expect(messages(own)).toEqual([]);
    expect(messages({ ...own, problems: [{ ...valid.problems[0], dimensions: ['consistency'] }] })).toEqual([
      'exercise "allowance-list": problem "spelling" names "consistency", which is not one of its "categories" (direct-identifier, quasi-identifier)',
    ]);
    expect(messages({ ...valid, categoryName: 'Loại thông tin' })).toEqual([
      'exercise "allowance-list": "categoryName" goes with "categories"',
    ]);
    expect(messages({ ...own, categories: [categories[0], categories[0]] })).toContain(
      'two categories have the same id',
    );
  });
});
