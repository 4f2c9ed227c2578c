import { reachesMark } from '../../quiz/pass-mark';
import { wholePercent } from '../../whole-percent';
import type { ChartCritiqueKey } from './answer-key';

/**
 * How one option was judged. Every option is a judgement, so each one scores: a misleading choice picked is
 * found, one left unpicked is missed; a distractor picked is flagged wrongly, one left alone is rightly left.
 */
export type OptionJudgement = 'found' | 'missed' | 'flagged-wrongly' | 'rightly-left';

export interface CritiqueResult {
  /** Per option, in the order shown. */
  judgements: Array<{ id: string; judgement: OptionJudgement }>;
  /** Options judged right (found or rightly left), out of `total` (every option). */
  score: number;
  total: number;
  percent: number;
  passed: boolean;
  /** Ids of the options judged wrong: misleading choices missed and distractors picked, for "missed most". */
  missed: string[];
  /** How many distractors were picked. */
  wrongFlags: number;
}

export function judge(misleads: boolean, picked: boolean): OptionJudgement {
  if (misleads) return picked ? 'found' : 'missed';
  return picked ? 'flagged-wrongly' : 'rightly-left';
}

export const judgedRight = (j: OptionJudgement): boolean => j === 'found' || j === 'rightly-left';

/** Marks what the learner picked against the key; picks that name no option are ignored, not counted. */
export function scoreCritique(key: ChartCritiqueKey, picked: readonly string[], passMark: number): CritiqueResult {
  const chosen = new Set(picked);
  const judgements = key.options.map(({ id, misleads }) => ({ id, judgement: judge(misleads, chosen.has(id)) }));
  const score = judgements.filter((j) => judgedRight(j.judgement)).length;
  const total = judgements.length;
  const percent = wholePercent(score, total);
  return {
    judgements,
    score,
    total,
    percent,
    passed: reachesMark(percent, passMark),
    missed: judgements.filter((j) => !judgedRight(j.judgement)).map((j) => j.id),
    wrongFlags: judgements.filter((j) => j.judgement === 'flagged-wrongly').length,
  };
}
