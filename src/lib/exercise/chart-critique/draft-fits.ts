import type { ChartCritiqueKey } from './answer-key';

/**
 * Whether a saved draft (the machine's persisted snapshot) can be restored into this exercise. XState restores
 * whatever it is given, so a snapshot damaged in storage (an unknown pick, another exercise's key, a state that
 * does not exist) is refused here and the exercise starts fresh; attempts already checked live in the record.
 */
export function draftFits(snapshot: unknown, key: ChartCritiqueKey): boolean {
  if (typeof snapshot !== 'object' || snapshot === null) return false;
  const { value, status, context } = snapshot as { value?: unknown; status?: unknown; context?: unknown };
  if (value !== 'working' || status !== 'active') return false;
  if (typeof context !== 'object' || context === null) return false;
  const c = context as Record<string, unknown>;
  const ids = key.options.map((o) => o.id);
  return (
    JSON.stringify(c.key) === JSON.stringify(key) &&
    typeof c.passMark === 'number' &&
    Number.isInteger(c.attempt) &&
    (c.attempt as number) >= 1 &&
    Array.isArray(c.picked) &&
    c.picked.every((id) => typeof id === 'string' && ids.includes(id)) &&
    new Set(c.picked).size === c.picked.length
  );
}
