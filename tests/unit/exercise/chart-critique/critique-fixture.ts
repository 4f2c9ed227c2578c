import { chartCritiqueSchema, type ChartCritiqueExercise } from '../../../../src/schemas/exercise/chart-critique';

/** A small chart critique as an author would declare it: two real problems, three distractors. */
export const critiqueDeclaration = (overrides: Record<string, unknown> = {}) => ({
  id: 'vaccination-chart',
  kind: 'chart-critique',
  title: 'What misleads in this chart?',
  instructions: 'Pick every choice in the chart that misleads, then check.',
  scenario: 'A provincial health department report shows vaccination coverage since 2022.',
  passMark: 80,
  options: [
    {
      id: 'truncated-axis',
      label: 'The value axis starts at 90',
      misleads: true,
      explanation: 'Bars must start at 0.',
    },
    { id: 'short-range', label: 'Only four years shown', misleads: true, explanation: 'The dip before is left out.' },
    { id: 'dual-axis', label: 'Two value axes', misleads: false, explanation: 'There is only one value axis.' },
    { id: 'totals', label: 'Totals, not rates', misleads: false, explanation: 'It already shows a rate.' },
    { id: 'no-source', label: 'No source given', misleads: false, explanation: 'The note under it names one.' },
  ],
  ...overrides,
});

export const critique = (overrides: Record<string, unknown> = {}): ChartCritiqueExercise =>
  chartCritiqueSchema.parse(critiqueDeclaration(overrides));
