import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension } from '../../../../src/lib/exercise/table-inspection/dimensions';
import {
  responseTokens,
  scoreInspection,
  type Marks,
} from '../../../../src/lib/exercise/table-inspection/table-inspection-scoring';
import { key, rows } from './inspection-fixture';

const marksArb: fc.Arbitrary<Marks> = fc
  .dictionary(fc.constantFrom(...rows), fc.constantFrom(...DIMENSIONS))
  .map((m) => m as Marks);

describe('scoring a table inspection', () => {
  it('finds a problem by any of its rows, with any dimension the author accepts', () => {
    const result = scoreInspection(key, { '05': 'uniqueness', '03': 'consistency', '04': 'consistency' }, 70);
    expect(result.problems.map((p) => p.outcome)).toEqual(['found', 'found', 'found']);
    expect(result).toMatchObject({ score: 6, total: 6, percent: 100, passed: true, missed: [], wrongFlags: [] });
  });

  it('gives half for the right row under another dimension, and lists it as missed for the trainer', () => {
    const result = scoreInspection(key, { '02': 'uniqueness', '03': 'validity' }, 70);
    expect(result.problems.map((p) => p.outcome)).toEqual(['found', 'half', 'missed']);
    expect(result.score).toBe(3); // 2 + 1 + 0
    expect(result.percent).toBe(50);
    expect(result.missed).toEqual(['amount', 'spelling']);
  });

  it('takes a point off for each row flagged that holds no problem, never going below zero', () => {
    expect(scoreInspection(key, { '02': 'uniqueness', '01': 'validity' }, 70)).toMatchObject({
      score: 1,
      wrongFlags: ['01'],
    });
    expect(scoreInspection(key, { '01': 'validity', '06': 'accuracy' }, 70)).toMatchObject({
      score: 0,
      percent: 0,
      wrongFlags: ['01', '06'],
    });
  });

  it('does not count both copies of a duplicate twice', () => {
    const one = scoreInspection(key, { '02': 'uniqueness' }, 70);
    const both = scoreInspection(key, { '02': 'uniqueness', '05': 'uniqueness' }, 70);
    expect(both.score).toBe(one.score);
    expect(both.problems[0]!.marked.map((m) => m.row)).toEqual(['02', '05']);
  });

  it('passes at the pass mark and not a point below it', () => {
    // 4 of 6 is 66%: passes a 66% mark, not a 67% one.
    const marks: Marks = { '02': 'uniqueness', '03': 'accuracy' };
    expect(scoreInspection(key, marks, 66).passed).toBe(true);
    expect(scoreInspection(key, marks, 67).passed).toBe(false);
  });

  it('never scores above the total or below zero, and percent follows the score', () => {
    fc.assert(
      fc.property(marksArb, (marks) => {
        const r = scoreInspection(key, marks, 70);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(r.total);
        expect(r.percent).toBe(Math.floor((r.score * 100) / r.total));
        expect(r.missed.length + r.problems.filter((p) => p.outcome === 'found').length).toBe(key.problems.length);
      }),
    );
  });

  it('never scores worse for marking one more problem row with a dimension that finds it', () => {
    fc.assert(
      fc.property(marksArb, fc.constantFrom(...key.problems), (marks, problem) => {
        const before = scoreInspection(key, marks, 70).score;
        const after = scoreInspection(key, { ...marks, [problem.rows[0]!]: problem.dimensions[0]! }, 70).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('writes the answer as short tokens in row order, which the record and the report carry', () => {
    const marks: Marks = { '05': 'uniqueness', '01': 'validity' as Dimension };
    expect(responseTokens(marks, rows)).toEqual(['r01:validity', 'r05:uniqueness']);
    fc.assert(
      fc.property(marksArb, (m) => {
        const tokens = responseTokens(m, rows);
        expect(tokens).toHaveLength(Object.keys(m).length);
        expect(tokens.every((t) => t.length <= 200)).toBe(true);
      }),
    );
  });
});
