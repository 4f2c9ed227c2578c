import type { RiskDeclaration } from '../../../schemas/exercise/risk-matrix';
import type { Level, Treatment } from './risk-levels';

/** One risk's part of the answer key: where the reference places it, how far off still counts, what treats it. */
export interface RiskKey {
  id: string;
  likelihood: Level;
  impact: Level;
  tolerance: number;
  /** Sorted, so the same set written in another order is the same key. */
  treatments: Treatment[];
}

/**
 * The language-neutral part of a risk-matrix exercise: what its vi and en declarations must share exactly (ids, the
 * answer key), so a learner is marked the same in either language. Texts may differ. The risks stay in the
 * author's order: it is the order they are numbered and shown in, in both languages.
 */
export function riskMatrixKey(exercise: {
  risks: ReadonlyArray<Pick<RiskDeclaration, 'id' | 'likelihood' | 'impact' | 'tolerance' | 'treatments'>>;
}): RiskKey[] {
  return exercise.risks.map((risk) => ({
    id: risk.id,
    likelihood: risk.likelihood as Level,
    impact: risk.impact as Level,
    tolerance: risk.tolerance,
    treatments: [...risk.treatments].sort(),
  }));
}
