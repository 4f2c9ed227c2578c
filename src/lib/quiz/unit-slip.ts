import type { Question } from '../../schemas/quiz';

/**
 * The factors by which a number is off when it was worked out in another unit: per cent for a share (28,3 typed
 * as 0,283), thousands, millions and billions for money and counts (8.750.000 đồng for 8,75 triệu đồng). Ten is
 * left out: a number ten times too big is more often a slipped decimal point than a unit.
 */
const UNIT_FACTORS = [100, 1_000, 1_000_000, 1_000_000_000] as const;

export interface UnitSlip {
  /** How many times the typed number is the answer's size: 1 000 000 for 8 750 000 against 8,75. */
  factor: number;
  larger: boolean;
}

/**
 * Whether a wrong numeric answer is a right answer in another unit, so the learner is told to check the unit
 * rather than the arithmetic. Only for a question that names its unit, and only when the number is wrong as typed.
 */
export function unitSlip(question: Question, value: number): UnitSlip | undefined {
  if (question.type !== 'numeric' || question.unit === undefined || question.answer === 0) return undefined;
  const near = (target: number, slack: number) => Math.abs(value - target) <= slack + Math.abs(target) * 1e-12;
  if (near(question.answer, question.tolerance)) return undefined;
  for (const factor of UNIT_FACTORS) {
    if (near(question.answer * factor, question.tolerance * factor)) return { factor, larger: true };
    if (near(question.answer / factor, question.tolerance / factor)) return { factor, larger: false };
  }
  return undefined;
}
