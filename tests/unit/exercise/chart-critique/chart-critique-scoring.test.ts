import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartCritiqueKey, type ChartCritiqueKey } from '../../../../src/lib/exercise/chart-critique/answer-key';
import { scoreCritique } from '../../../../src/lib/exercise/chart-critique/chart-critique-scoring';
import { critique } from './critique-fixture';

const key = chartCritiqueKey(critique());

describe('scoring a chart critique', () => {
  it('scores every option judged right: the two problems found and the three distractors left alone', () => {
    expect(scoreCritique(key, ['truncated-axis', 'short-range'], 80)).toMatchObject({
      score: 5,
      total: 5,
      percent: 100,
      passed: true,
      missed: [],
      wrongFlags: 0,
    });
  });

  it('names what was missed and what was flagged wrongly, and marks against the pass mark', () => {
    const result = scoreCritique(key, ['truncated-axis', 'dual-axis'], 80);
    expect(result.judgements).toEqual([
      { id: 'truncated-axis', judgement: 'found' },
      { id: 'short-range', judgement: 'missed' },
      { id: 'dual-axis', judgement: 'flagged-wrongly' },
      { id: 'totals', judgement: 'rightly-left' },
      { id: 'no-source', judgement: 'rightly-left' },
    ]);
    expect(result).toMatchObject({ score: 3, percent: 60, passed: false, missed: ['short-range', 'dual-axis'] });
    expect(result.wrongFlags).toBe(1);
    // 4 of 5 is 80%: it reaches an 80% mark, and not an 81% one.
    expect(scoreCritique(key, ['truncated-axis'], 80).passed).toBe(true);
    expect(scoreCritique(key, ['truncated-axis'], 81).passed).toBe(false);
  });

  it('does not reward ticking everything', () => {
    const all = key.options.map((o) => o.id);
    expect(scoreCritique(key, all, 80)).toMatchObject({ score: 2, percent: 40, passed: false, wrongFlags: 3 });
  });

  it('ignores picks that name no option', () => {
    expect(scoreCritique(key, ['truncated-axis', 'short-range', 'pie-chart'], 80).score).toBe(5);
  });
});

const keyArbitrary: fc.Arbitrary<ChartCritiqueKey> = fc
  .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.boolean()), {
    minLength: 1,
    maxLength: 8,
    selector: ([id]) => id,
  })
  .map((pairs) => ({ kind: 'chart-critique', options: pairs.map(([id, misleads]) => ({ id, misleads })) }));
const withPicks = keyArbitrary.chain((k) =>
  fc.tuple(fc.constant(k), fc.subarray(k.options.map((o) => o.id)), fc.integer({ min: 0, max: 100 })),
);

describe('scoring, for any key and any picks', () => {
  it('never scores above the total, and score plus missed is every option', () => {
    fc.assert(
      fc.property(withPicks, ([k, picks, mark]) => {
        const r = scoreCritique(k, picks, mark);
        expect(r.score).toBeLessThanOrEqual(r.total);
        expect(r.total).toBe(k.options.length);
        expect(r.score + r.missed.length).toBe(r.total);
        expect(r.wrongFlags).toBe(picks.filter((id) => !k.options.find((o) => o.id === id)!.misleads).length);
        expect(r.passed).toBe(r.percent >= mark);
      }),
    );
  });

  it('gives full marks exactly for picking the misleading options and nothing else', () => {
    fc.assert(
      fc.property(withPicks, ([k, picks]) => {
        const answer = k.options.filter((o) => o.misleads).map((o) => o.id);
        const exact = answer.length === picks.length && answer.every((id) => picks.includes(id));
        expect(scoreCritique(k, picks, 100).percent === 100).toBe(exact);
      }),
    );
  });

  it('depends on which options are picked, not on the order or repeats of the picks', () => {
    fc.assert(
      fc.property(withPicks, ([k, picks]) => {
        const shuffled = [...picks].reverse().concat(picks);
        expect(scoreCritique(k, shuffled, 50)).toEqual(scoreCritique(k, picks, 50));
      }),
    );
  });
});
