import type { Category } from './dimensions';

/**
 * The marks of a saved unfinished inspection, read from its stored snapshot without trusting it: the island replays
 * them into a fresh machine, whose guard refuses a row the table no longer has, rather than restoring a snapshot
 * whose context (the answer key, the rows) would replace the page's own. A mark naming a category the exercise no
 * longer offers is left out. Anything unreadable gives no marks.
 */
export function draftMarks(
  snapshot: unknown,
  categories: readonly Category[],
): Array<{ row: string; dimension: Category }> {
  const context = (snapshot as { context?: unknown } | null)?.context;
  const marks = (context as { marks?: unknown } | null | undefined)?.marks;
  if (typeof marks !== 'object' || marks === null || Array.isArray(marks)) return [];
  return Object.entries(marks).flatMap(([row, dimension]) =>
    typeof dimension === 'string' && categories.includes(dimension) ? [{ row, dimension }] : [],
  );
}
