import type { RiskKey } from './answer-key';
import { isLevel, isTreatment } from './risk-levels';
import type { RiskChoice, RiskChoices } from './risk-matrix-scoring';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The choices a saved draft holds (XState's persisted snapshot of the risk-matrix machine, from the learner's
 * record), read part by part instead of restored whole: storage is the learner's to edit, and XState trusts a
 * snapshot as it is. A draft that is not a working matrix at all gives undefined (the island says it could not be
 * read); a part that does not fit (a risk the exercise lacks, a level 7) is left out and the rest kept.
 */
export function draftChoices(snapshot: unknown, key: readonly RiskKey[]): RiskChoices | undefined {
  if (!isRecord(snapshot) || snapshot.status !== 'active' || snapshot.value !== 'working') return undefined;
  const { context } = snapshot;
  if (!isRecord(context) || !isRecord(context.choices)) return undefined;
  const saved = context.choices;
  const choices: Record<string, RiskChoice> = {};
  for (const { id } of key) {
    const part = saved[id];
    if (!isRecord(part)) continue;
    const choice: RiskChoice = {
      ...(isLevel(part.likelihood) ? { likelihood: part.likelihood } : {}),
      ...(isLevel(part.impact) ? { impact: part.impact } : {}),
      ...(isTreatment(part.treatment) ? { treatment: part.treatment } : {}),
    };
    if (Object.keys(choice).length > 0) choices[id] = choice;
  }
  return choices;
}
