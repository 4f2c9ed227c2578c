import { describe, expect, it } from 'vitest';
import { placedExercises } from '../../../src/lib/content/placed-exercises';

describe('the exercises a module body places', () => {
  it('reads <Exercise id> and <ChartCritique id> with its slots, in order, and nothing else', () => {
    const body = [
      'Some text about <Exercise> elements in prose.',
      '<Exercise id="bad-rows" />',
      '<ChartCritique id="vaccination-chart">',
      '  <Fragment slot="misleading"><Figure src="/a.svg" alt="A" caption="A" /></Fragment>',
      '  <Fragment slot="corrected"><Figure src="/b.svg" alt="B" caption="B" /></Fragment>',
      '</ChartCritique>',
      '<Figure id="not-an-exercise" />',
      '<ChartCritiqueNote id="nor-this" />',
    ].join('\n');
    expect(placedExercises(body)).toEqual(['bad-rows', 'vaccination-chart']);
  });

  it('finds the id wherever it sits among the attributes', () => {
    expect(placedExercises('<ChartCritique\n  class="wide"\n  id="late-id"\n>x</ChartCritique>')).toEqual(['late-id']);
  });
});
