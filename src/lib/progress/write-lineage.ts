/**
 * Which writes a stored record builds on, so a tab can tell whether another tab wrote over its latest write
 * without having read it first. Two tabs that read, merge and write within the same few milliseconds can each
 * write a record the other never saw; localStorage offers no lock, and Web Locks would make every write wait
 * for a callback that may never come on a page being closed. So the record carries the ids of its latest
 * writes, each tab remembers what it wrote last, and a tab whose write is missing from the lineage of what is
 * stored now writes its record back in (the merge loses nothing, so this is always safe).
 */
export const LINEAGE_LENGTH = 16;

/** The write ids a stored record carries (none for a record from before lineage, or a damaged list). */
export function lineageOf(parsed: unknown): string[] {
  const writes = typeof parsed === 'object' && parsed !== null ? (parsed as { writes?: unknown }).writes : undefined;
  return Array.isArray(writes)
    ? writes.filter((id): id is string => typeof id === 'string' && id.length <= 16).slice(-LINEAGE_LENGTH)
    : [];
}

export const newWriteId = (): string => Math.random().toString(36).slice(2, 12).padEnd(4, '0');

export const extendLineage = (lineage: string[], id: string): string[] => [...lineage, id].slice(-LINEAGE_LENGTH);

/**
 * What the stored record means for this tab's latest write `mine`: still the latest ('mine'), built on by a
 * tab that read it ('included'), or written over by one that did not ('lost').
 */
export function fateOf(lineage: string[], mine: string): 'mine' | 'included' | 'lost' {
  if (lineage.at(-1) === mine) return 'mine';
  return lineage.includes(mine) ? 'included' : 'lost';
}
