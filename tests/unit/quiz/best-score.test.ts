import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestScore } from '../../../src/lib/quiz/best-score';

describe('the best score', () => {
  it('is none before a first attempt', () => {
    expect(bestScore([])).toBeUndefined();
  });

  it('is the highest attempt, whatever order the attempts come in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 }), (percents) => {
        const attempts = percents.map((percent) => ({ percent }));
        const best = bestScore(attempts)!;
        expect(percents).toContain(best);
        expect(percents.every((p) => p <= best)).toBe(true);
        expect(bestScore([...attempts].reverse())).toBe(best);
      }),
    );
  });
});
