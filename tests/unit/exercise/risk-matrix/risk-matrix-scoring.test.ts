import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { riskMatrixKey } from '../../../../src/lib/exercise/risk-matrix/answer-key';
import { LEVELS, TREATMENTS } from '../../../../src/lib/exercise/risk-matrix/risk-levels';
import {
  compareRisk,
  missingParts,
  scoreRiskMatrix,
  unfinishedRisks,
  type CompleteChoice,
} from '../../../../src/lib/exercise/risk-matrix/risk-matrix-scoring';
import { sampleRiskMatrix } from './risk-fixture';

const key = riskMatrixKey(sampleRiskMatrix());
const reference = Object.fromEntries(
  key.map((r) => [r.id, { likelihood: r.likelihood, impact: r.impact, treatment: r.treatments[0]! }]),
) as Record<string, CompleteChoice>;

describe('risk matrix scoring', () => {
  it('gives a point to a risk placed within its tolerance on both axes and treated as the reference accepts', () => {
    const result = scoreRiskMatrix(key, reference, 70);
    expect(result).toMatchObject({ score: 4, total: 4, percent: 100, passed: true, missed: [] });
    expect(result.response).toEqual(['queue:4x3:reduce', 'login:3x5:avoid', 'outage:2x4:reduce', 'wobble:5x1:accept']);
  });

  it('counts a risk one level off within a tolerance of 1, but not two levels off', () => {
    const queue = key.find((r) => r.id === 'queue')!;
    expect(compareRisk(queue, { likelihood: 5, impact: 2, treatment: 'reduce' })).toMatchObject({
      off: { likelihood: 1, impact: -1 },
      placedRight: true,
      right: true,
    });
    expect(compareRisk(queue, { likelihood: 4, impact: 1, treatment: 'reduce' })).toMatchObject({
      off: { likelihood: 0, impact: -2 },
      placedRight: false,
      treatedRight: true,
      right: false,
    });
  });

  it('holds each risk to its own tolerance: 0 asks for the exact cell, 2 accepts two levels off', () => {
    const login = key.find((r) => r.id === 'login')!;
    const outage = key.find((r) => r.id === 'outage')!;
    expect(compareRisk(login, { likelihood: 4, impact: 5, treatment: 'avoid' }).placedRight).toBe(false);
    expect(compareRisk(outage, { likelihood: 4, impact: 2, treatment: 'share' }).placedRight).toBe(true);
    expect(compareRisk(outage, { likelihood: 5, impact: 4, treatment: 'share' }).placedRight).toBe(false);
  });

  it('takes any of the treatments the reference accepts, and no point for a right place treated wrongly', () => {
    const result = scoreRiskMatrix(
      key,
      {
        ...reference,
        outage: { ...reference.outage!, treatment: 'share' },
        wobble: { ...reference.wobble!, treatment: 'reduce' },
      },
      70,
    );
    expect(result).toMatchObject({ score: 3, percent: 75, passed: true, missed: ['wobble'] });
    expect(result.outcomes.find((o) => o.id === 'wobble')).toMatchObject({ placedRight: true, treatedRight: false });
  });

  it('passes by the pass mark: 3 of 4 (75%) passes at 75, not at 80', () => {
    const three = { ...reference, login: { ...reference.login!, treatment: 'accept' as const } };
    expect(scoreRiskMatrix(key, three, 75).passed).toBe(true);
    expect(scoreRiskMatrix(key, three, 80).passed).toBe(false);
  });

  it('says which risks still lack a part, and refuses to mark an unfinished matrix', () => {
    const partial = { queue: { likelihood: 4 as const }, login: reference.login!, outage: {} };
    expect(missingParts(partial.queue)).toEqual(['impact', 'treatment']);
    expect(missingParts(undefined)).toEqual(['likelihood', 'impact', 'treatment']);
    expect(unfinishedRisks(key, partial)).toEqual(['queue', 'outage', 'wobble']);
    expect(() => scoreRiskMatrix(key, partial, 70)).toThrow(/queue/);
  });

  const anyChoice = fc.record({
    likelihood: fc.constantFrom(...LEVELS),
    impact: fc.constantFrom(...LEVELS),
    treatment: fc.constantFrom(...TREATMENTS),
  });
  const anyChoices = fc
    .tuple(...key.map(() => anyChoice))
    .map((list) => Object.fromEntries(key.map((r, i) => [r.id, list[i]!])));

  it('never scores more than the total, and score plus missed is every risk once', () => {
    fc.assert(
      fc.property(anyChoices, fc.integer({ min: 0, max: 100 }), (choices, passMark) => {
        const result = scoreRiskMatrix(key, choices, passMark);
        expect(result.score).toBeLessThanOrEqual(result.total);
        expect(result.score + result.missed.length).toBe(key.length);
        expect(result.percent).toBeGreaterThanOrEqual(0);
        expect(result.percent).toBeLessThanOrEqual(100);
        expect(result.passed).toBe(result.percent >= passMark);
        expect(result.response).toHaveLength(key.length);
        for (const token of result.response) expect(token.length).toBeLessThanOrEqual(200);
      }),
    );
  });

  it('never lowers the score when a risk is moved to its reference cell', () => {
    fc.assert(
      fc.property(anyChoices, fc.constantFrom(...key.map((r) => r.id)), (choices, id) => {
        const before = scoreRiskMatrix(key, choices, 70).score;
        const moved = {
          ...choices,
          [id]: { ...choices[id]!, likelihood: reference[id]!.likelihood, impact: reference[id]!.impact },
        };
        expect(scoreRiskMatrix(key, moved, 70).score).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});
