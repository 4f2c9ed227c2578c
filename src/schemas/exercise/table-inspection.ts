import { z } from 'astro/zod';
import { declarationProblems } from '../../lib/exercise/table-inspection/declaration-check';
import { DIMENSIONS } from '../../lib/exercise/table-inspection/dimensions';
import { slugSchema } from '../slug';
import { exerciseBase } from './base';

// The datasets, read at build as <CsvTable> reads them, so a declaration is checked against the file it shows.
const datasets = import.meta.glob<string>('/seeds/datasets/*.csv', { query: '?raw', import: 'default', eager: true });

const unique = (list: readonly string[]) => new Set(list).size === list.length;

const problemSchema = z
  .object({
    /** Stable across languages and versions: the record's "missed" lists it, and the trainer sees it. */
    id: slugSchema,
    /** The id-column values of the rows where the problem shows (either copy of a duplicate, each misspelt row…). */
    rows: z.array(z.string().min(1)).min(1).refine(unique, { message: 'a row is listed twice in this problem' }),
    /** The column where it shows, highlighted once the learner checks; absent when it is the whole row. */
    column: z.string().min(1).optional(),
    /**
     * The dimensions (or the exercise's own `categories`) a mark may name to find it, the main one first. The module teaches that dimensions overlap (an
     * amount that breaks its rule is inaccurate and contradicts its own row), so an author may accept more than one.
     */
    dimensions: z.array(slugSchema).min(1).refine(unique, { message: 'a dimension is listed twice in this problem' }),
    /** Shown after checking, whether the learner found it or not. */
    explanation: z.string().min(20, 'every problem needs an explanation (at least 20 characters)'),
  })
  .strict();

/** A table-inspection exercise as its author declares it: a dataset, the columns shown, and its planted problems. */
export const tableInspectionSchema = z
  .object({
    ...exerciseBase,
    kind: z.literal('table-inspection'),
    /** A file in seeds/datasets; vi and en may use different files if they hold the same row ids. */
    dataset: z.string().regex(/^[a-z0-9-]+\.csv$/, 'name a file in seeds/datasets, e.g. "data-quality-allowances.csv"'),
    /** The column whose values name the rows (and are the same in both languages): "01", "02"… */
    idColumn: z.string().min(1),
    caption: z.string().min(10),
    /** Where the data comes from and the rules it follows, e.g. "Illustrative data; amount = 500,000 × coefficient". */
    note: z.string().min(10),
    /** The columns shown, in order, with their labels in the page's language. */
    columns: z
      .array(z.object({ id: z.string().min(1), label: z.string().min(1) }).strict())
      .min(2)
      .refine((columns) => unique(columns.map((c) => c.id)), { message: 'a column is listed twice in "columns"' }),
    /**
     * What a learner names a marked row by, when not the six data quality dimensions: e.g. the kinds of identifier a
     * table meant for publication still leaks. Ids are the same in vi and en; labels are the page's language.
     */
    categories: z
      .array(z.object({ id: slugSchema, label: z.string().min(2).max(60) }).strict())
      .min(2)
      .max(8)
      .refine((list) => unique(list.map((c) => c.id)), { message: 'two categories have the same id' })
      .optional(),
    /** With `categories`: what one is called in the feedback ("Loại thông tin: …"), instead of "Khía cạnh". */
    categoryName: z.string().min(2).max(40).optional(),
    problems: z
      .array(problemSchema)
      .min(1)
      .refine((problems) => unique(problems.map((p) => p.id)), { message: 'two problems have the same id' }),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    const offered: readonly string[] = exercise.categories?.map((c) => c.id) ?? DIMENSIONS;
    for (const problem of exercise.problems)
      for (const name of problem.dimensions.filter((d) => !offered.includes(d)))
        ctx.addIssue({
          code: 'custom',
          message: `exercise "${exercise.id}": problem "${problem.id}" names "${name}", which is not one of ${
            exercise.categories ? 'its "categories"' : 'the six dimensions'
          } (${offered.join(', ')})`,
        });
    if (exercise.categoryName !== undefined && !exercise.categories)
      ctx.addIssue({ code: 'custom', message: `exercise "${exercise.id}": "categoryName" goes with "categories"` });
    for (const message of declarationProblems(exercise, datasets[`/seeds/datasets/${exercise.dataset}`]))
      ctx.addIssue({ code: 'custom', message: `exercise "${exercise.id}": ${message}` });
  });
export type TableInspectionExercise = z.infer<typeof tableInspectionSchema>;
