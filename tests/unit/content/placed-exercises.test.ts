import { describe, expect, it } from 'vitest';
import { placedExercises } from '../../../src/lib/content/placed-exercises';

describe('exercises placed in a module body', () => {
  it('finds every <Exercise id> whatever the attribute order or spacing, and nothing else', () => {
    const body = `Text about <Exercise> in prose.\n<Exercise id="inspect-list" />\n\n<Exercise\n  note="x"\n  id="weigh-risks"\n/>\n<Figure id="not-me" />`;
    expect(placedExercises(body)).toEqual(['inspect-list', 'weigh-risks']);
  });
});
