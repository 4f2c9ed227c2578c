import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readableId } from '../../../src/lib/exercise/readable-id';

describe('an id as a reader takes it in', () => {
  it('reads hyphens and underscores as spaces', () => {
    expect(readableId('r4-duplicate')).toBe('r4 duplicate');
    expect(readableId('truncated_axis')).toBe('truncated axis');
    expect(readableId('flood')).toBe('flood');
  });

  it('is never empty, whatever the id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(readableId(id)).not.toBe('');
      }),
    );
  });
});
