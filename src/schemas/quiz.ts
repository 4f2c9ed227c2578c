import { z } from 'astro/zod';
import { DEFAULT_PASS_MARK, MAX_PASS_MARK, MIN_PASS_MARK } from '../lib/quiz/pass-mark';
import { slugSchema } from './slug';

/**
 * A module's quiz (content/quizzes/{lang}/{course}/{module}.yaml, the same path as the module's MDX).
 * Question types follow Moodle's: single choice, multiple choice, true/false, numeric, put in order.
 * The answer key lives beside the text, so the vi and en files can be compared key by key at build time.
 */
const text = z.string().min(2);
const explanation = z.string().min(10);

const optionSchema = z.object({ id: slugSchema, text, correct: z.boolean().default(false), explanation }).strict();

const base = { id: slugSchema, prompt: text };

const singleSchema = z
  .object({ ...base, type: z.literal('single'), options: z.array(optionSchema).min(2).max(6) })
  .strict()
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'a single-choice question needs exactly one option with correct: true',
    path: ['options'],
  });

const multipleSchema = z
  .object({ ...base, type: z.literal('multiple'), options: z.array(optionSchema).min(3).max(8) })
  .strict()
  .refine((q) => q.options.some((o) => o.correct), {
    message: 'a multiple-choice question needs at least one option with correct: true',
    path: ['options'],
  });

const trueFalseSchema = z.object({ ...base, type: z.literal('true-false'), answer: z.boolean(), explanation }).strict();

const numericSchema = z
  .object({
    ...base,
    type: z.literal('numeric'),
    answer: z.number(),
    /** Accepted distance from the answer, in the answer's unit: 0.1 accepts 7.5–7.7 for 7.6. */
    tolerance: z.number().nonnegative().default(0),
    unit: z.string().min(1).optional(),
    explanation,
  })
  .strict();

const orderSchema = z
  .object({
    ...base,
    type: z.literal('order'),
    /** Listed in the right order; the quiz shuffles them. */
    items: z
      .array(z.object({ id: slugSchema, text }).strict())
      .min(3)
      .max(7),
    explanation,
  })
  .strict();

export const questionSchema = z.discriminatedUnion('type', [
  singleSchema,
  multipleSchema,
  trueFalseSchema,
  numericSchema,
  orderSchema,
]);

const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

export const quizSchema = z
  .object({
    /** practice: check each answer as you go and retry a wrong one; test: answer all, submit, then review. */
    behaviour: z.enum(['practice', 'test']),
    /** Percentage of questions right needed to pass (see pass-mark.ts). */
    passMark: z.number().int().min(MIN_PASS_MARK).max(MAX_PASS_MARK).default(DEFAULT_PASS_MARK),
    questions: z.array(questionSchema).min(3).max(12),
  })
  .strict()
  .refine((quiz) => uniqueIds(quiz.questions.map((q) => q.id)), {
    message: 'question ids must be unique',
    path: ['questions'],
  })
  .refine(
    (quiz) =>
      quiz.questions.every((q) =>
        'options' in q
          ? uniqueIds(q.options.map((o) => o.id))
          : 'items' in q
            ? uniqueIds(q.items.map((i) => i.id))
            : true,
      ),
    { message: 'option and item ids must be unique within a question', path: ['questions'] },
  );

export type QuizData = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
