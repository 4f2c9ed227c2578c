/**
 * The six data quality dimensions course 1 module 2 teaches (the UK Government Data Quality Framework's), by the
 * glossary's ids. A table-inspection exercise names a problem's dimension by one of these, and the learner picks
 * one of them for each row they mark; the order is the module's.
 */
export const DIMENSIONS = ['accuracy', 'completeness', 'consistency', 'timeliness', 'validity', 'uniqueness'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/**
 * What a learner names a marked row by: one of the six dimensions, or one of the categories an exercise declares
 * for itself (an anonymisation exercise asks which kind of identifier a row leaks, not a quality dimension).
 */
export type Category = string;

export const isDimension = (value: unknown): value is Dimension =>
  typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value);
