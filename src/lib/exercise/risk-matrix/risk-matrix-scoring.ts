import { reachesMark } from '../../quiz/pass-mark';
import { wholePercent } from '../../whole-percent';
import type { RiskKey } from './answer-key';
import { AXES, type Axis, type Level, type Treatment } from './risk-levels';

/** What the learner has chosen for one risk so far: each part may still be unset. */
export interface RiskChoice {
  likelihood?: Level;
  impact?: Level;
  treatment?: Treatment;
}
export type RiskChoices = Readonly<Record<string, RiskChoice>>;
export type CompleteChoice = Required<RiskChoice>;

/** The parts a learner must still choose for a risk, in the order the form asks them. */
export type ChoicePart = Axis | 'treatment';
export const missingParts = (choice: RiskChoice | undefined): ChoicePart[] =>
  ([...AXES, 'treatment'] as const).filter((part) => choice?.[part] === undefined);

/** The risks (ids, in the exercise's order) that still lack a place or a treatment: checking waits for them. */
export const unfinishedRisks = (key: readonly RiskKey[], choices: RiskChoices): string[] =>
  key.filter((risk) => missingParts(choices[risk.id]).length > 0).map((risk) => risk.id);

/** How one risk compares with the reference. */
export interface RiskOutcome {
  id: string;
  chosen: CompleteChoice;
  /** Chosen minus reference on each axis: +2 is "two levels higher than the reference". */
  off: Record<Axis, number>;
  /** Both axes within the risk's tolerance. */
  placedRight: boolean;
  treatedRight: boolean;
  /** The risk's one point: placed within tolerance and treated as the reference accepts. */
  right: boolean;
}

export interface RiskMatrixResult {
  score: number;
  total: number;
  percent: number;
  passed: boolean;
  /** Ids of the risks that did not score, in the exercise's order. */
  missed: string[];
  outcomes: RiskOutcome[];
  /** One short token per risk ("offline:4x3:reduce") for the record and the report's statements. */
  response: string[];
}

/** One risk against its reference: each axis may be off by up to the tolerance; the treatment must be accepted. */
export function compareRisk(risk: RiskKey, chosen: CompleteChoice): RiskOutcome {
  const off = { likelihood: chosen.likelihood - risk.likelihood, impact: chosen.impact - risk.impact };
  const placedRight = AXES.every((axis) => Math.abs(off[axis]) <= risk.tolerance);
  const treatedRight = risk.treatments.includes(chosen.treatment);
  return { id: risk.id, chosen, off, placedRight, treatedRight, right: placedRight && treatedRight };
}

export const responseToken = (id: string, c: CompleteChoice): string =>
  `${id}:${c.likelihood}x${c.impact}:${c.treatment}`;

/**
 * Marks a finished matrix: one point per risk, scored only when it is both placed within its tolerance and
 * treated as the reference accepts (a right place with the wrong treatment, or the reverse, is still a decision
 * that would go wrong). Every risk must be chosen in full first (unfinishedRisks); a part left unset is a bug here.
 */
export function scoreRiskMatrix(key: readonly RiskKey[], choices: RiskChoices, passMark: number): RiskMatrixResult {
  const outcomes = key.map((risk) => {
    const choice = choices[risk.id];
    if (!choice || missingParts(choice).length > 0) throw new Error(`risk "${risk.id}" is not fully chosen`);
    return compareRisk(risk, choice as CompleteChoice);
  });
  const score = outcomes.filter((o) => o.right).length;
  const percent = wholePercent(score, key.length);
  return {
    score,
    total: key.length,
    percent,
    passed: reachesMark(percent, passMark),
    missed: outcomes.filter((o) => !o.right).map((o) => o.id),
    outcomes,
    response: outcomes.map((o) => responseToken(o.id, o.chosen)),
  };
}
