import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitSlip } from '../../../src/lib/quiz/unit-slip';
import type { Question } from '../../../src/schemas/quiz';

const numeric = (answer: number, tolerance: number, unit?: string): Question => ({
  id: 'q',
  type: 'numeric',
  prompt: 'How much?',
  answer,
  tolerance,
  ...(unit ? { unit } : {}),
  explanation: 'Because it is.',
});
const millions = numeric(8.75, 0.005, 'triệu đồng');

describe('unitSlip', () => {
  it('sees 8 750 000 đồng given for 8,75 triệu đồng, and 0,283 given for 28,3 %', () => {
    expect(unitSlip(millions, 8_750_000)).toEqual({ factor: 1_000_000, larger: true });
    expect(unitSlip(numeric(28.3, 0.05, '%'), 0.283)).toEqual({ factor: 100, larger: false });
  });

  it('says nothing of a right answer, a wrong sum, a slipped decimal point, or a question without a unit', () => {
    expect(unitSlip(millions, 8.75)).toBeUndefined();
    expect(unitSlip(millions, 13.25)).toBeUndefined();
    expect(unitSlip(millions, 87.5)).toBeUndefined();
    expect(unitSlip(numeric(8.75, 0.005), 8_750_000)).toBeUndefined();
  });

  it('finds any answer given a thousand, a million or a billion times too big, within the scaled tolerance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10_000, noNaN: true }),
        fc.constantFrom(1_000, 1_000_000, 1_000_000_000),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (answer, factor, within) => {
          const tolerance = answer / 1000;
          const slip = unitSlip(numeric(answer, tolerance, 'x'), (answer + within * tolerance * 0.99) * factor);
          expect(slip).toEqual({ factor, larger: true });
        },
      ),
    );
  });
});
