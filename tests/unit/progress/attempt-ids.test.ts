import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptIds, newAttempts } from '../../../src/lib/progress/attempt-ids';
import { mergeProgress } from '../../../src/lib/progress/progress-merge';
import { emptyProgress } from '../../../src/lib/progress/progress-schema';
import { recordArb } from './arbitrary-record';
import { exerciseAttempt } from './exercise-fixtures';

describe('the attempts a record holds', () => {
  it('count exercise attempts as well as quiz attempts', () => {
    const tried = exerciseAttempt(80);
    const record = {
      ...emptyProgress(),
      modules: { 'c1/m1': { visits: 1, attempts: [], exercises: { ex1: { attempts: [tried] } } } },
    };
    expect([...attemptIds(record)]).toEqual([tried.id]);
    expect(newAttempts(emptyProgress(), record)).toBe(1);
    expect(newAttempts(record, record)).toBe(0);
  });

  it('are exactly what merging adds: nothing merged twice is added twice', () => {
    fc.assert(
      fc.property(recordArb(), recordArb(), (a, b) => {
        const merged = mergeProgress(a, b);
        expect(attemptIds(merged).size).toBe(attemptIds(a).size + newAttempts(a, b));
        expect(newAttempts(merged, b)).toBe(0);
        expect(newAttempts(merged, a)).toBe(0);
      }),
    );
  });
});
