import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  addPlacement,
  latestPlacement,
  placementReasons,
  placementResult,
  type PlacementAnswers,
} from '../../../src/lib/placement/placement-result';
import { emptyProgress, placementSchema } from '../../../src/lib/progress/progress-schema';

const answers: PlacementAnswers = {
  ratings: { data: 3, reasoning: 2, risk: 1, 'government-data': 2 },
  work: 'data',
  questionAreas: {
    d1: 'data',
    d2: 'data',
    r1: 'reasoning',
    r2: 'reasoning',
    k1: 'risk',
    k2: 'risk',
    g1: 'government-data',
    g2: 'government-data',
  },
  right: ['d1', 'd2', 'r1', 'k1', 'k2'],
};
const meta = (id: string, at: string) => ({ id, at, lang: 'vi' as const });

describe('a placement result', () => {
  it('scores each area by its own questions and keeps what the record schema accepts', () => {
    const placement = placementResult(answers, meta('p-00000001', '2026-12-01T08:00:00.000Z'));
    expect(placement.scores).toEqual({
      data: { correct: 2, total: 2 },
      reasoning: { correct: 1, total: 2 },
      risk: { correct: 2, total: 2 },
      'government-data': { correct: 0, total: 2 },
    });
    expect(placement.levels).toEqual({
      data: 'practitioner',
      reasoning: 'working',
      risk: 'working', // all right, but "new to it"
      'government-data': 'awareness',
    });
    expect(placement.recommended).toBe('data-specialists');
    expect(v.safeParse(placementSchema, placement).success).toBe(true);
  });

  it('gives the reasons again from the kept entry alone', () => {
    const placement = placementResult(answers, meta('p-00000001', '2026-12-01T08:00:00.000Z'));
    expect(placementReasons(JSON.parse(JSON.stringify(placement)))).toEqual({
      areas: [
        { area: 'data', reason: 'all-right' },
        { area: 'reasoning', reason: 'half-or-more' },
        { area: 'risk', reason: 'all-right-but-new' },
        { area: 'government-data', reason: 'under-half' },
      ],
      path: 'work',
    });
    // A level kept by another rule stands, and its sentence does not claim this rule's reason.
    const kept = { ...placement, levels: { ...placement.levels, data: 'working' as const } };
    expect(placementReasons(kept).areas[0]).toEqual({ area: 'data', reason: 'as-kept' });
    const { work: _work, ...older } = placement;
    expect(placementReasons(older).path).toBeUndefined();
  });

  it('is added as a new entry on a retake, never over the last, and the latest is the newest', () => {
    const first = placementResult(answers, meta('p-00000001', '2026-12-01T08:00:00.000Z'));
    const retake = placementResult({ ...answers, right: [] }, meta('p-00000002', '2026-12-03T08:00:00.000Z'));
    const record = addPlacement(addPlacement(emptyProgress(), retake), first);
    expect(Object.keys(record.placements!)).toHaveLength(2);
    expect(latestPlacement(record)).toEqual(retake);
    expect(latestPlacement(emptyProgress())).toBeUndefined();
  });
});
