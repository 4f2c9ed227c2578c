import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../../src/lib/reports/json-depth';

/** The nesting depth by walking the parsed value: what the scanner must agree with without parsing. */
const depthOf = (value: unknown): number =>
  typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

describe('JSON nesting depth without parsing', () => {
  it('agrees with the parsed depth for any JSON, brackets and escaped quotes inside strings included', () => {
    const tricky = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a') });
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        tricky,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(tricky, tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, fc.integer({ min: 0, max: 12 }), (value, limit) => {
        expect(nestsDeeperThan(JSON.stringify(value), limit)).toBe(depthOf(value) > limit);
      }),
    );
  });

  it('finds 10,000 levels without recursing', () => {
    expect(nestsDeeperThan(`${'['.repeat(10_000)}${']'.repeat(10_000)}`, 32)).toBe(true);
    expect(nestsDeeperThan(`{"a":${'['.repeat(10_000)}`, 32)).toBe(true); // unclosed: too deep all the same
  });
});
