import { describe, expect, it } from 'vitest';
import { curriculumStatus } from '../../../src/lib/content/curriculum-status';

describe('curriculum status', () => {
  it('counts written modules against the plan, and is complete only when every planned one is written', () => {
    expect(curriculumStatus(['a/1', 'a/2'], ['a/1', 'a/2', 'b/1'])).toEqual({ written: 2, planned: 3, complete: false });
    expect(curriculumStatus(['a/1', 'a/2'], ['a/1', 'a/2'])).toEqual({ written: 2, planned: 2, complete: true });
    // A module written outside the plan still counts, and never makes the total smaller than what is there.
    expect(curriculumStatus(['a/1', 'x/9'], ['a/1', 'b/1'])).toEqual({ written: 2, planned: 3, complete: false });
  });
});
