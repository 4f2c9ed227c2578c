import { riskMatrixSchema, type RiskMatrixExercise } from '../../../../src/schemas/exercise/risk-matrix';

const scale = (words: string[]) => words.map((label) => ({ label }));

/** A small, valid risk matrix as an author writes it, parsed as the build parses it (defaults filled in). */
export function sampleRiskMatrix(overrides: Record<string, unknown> = {}): RiskMatrixExercise {
  return riskMatrixSchema.parse({
    id: 'ward-risks',
    kind: 'risk-matrix',
    title: 'Risks of moving a clerk',
    instructions: 'Place each risk on the grid and choose a treatment.',
    scenario: 'The ward plans to move one of its two paper-counter clerks to a help desk from July.',
    scales: {
      likelihood: scale(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']),
      impact: scale(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']),
    },
    risks: [
      {
        id: 'queue',
        label: 'Longer queues',
        text: 'Residents who cannot file online wait longer.',
        likelihood: 4,
        impact: 3,
        treatments: ['reduce'],
        explanation: 'Half the applications still come over the counter.',
      },
      {
        id: 'login',
        label: 'Staff log in for residents',
        text: 'Staff use residents’ accounts to file.',
        likelihood: 3,
        impact: 5,
        tolerance: 0,
        treatments: ['avoid'],
        explanation: 'Using another person’s identity account is never allowed.',
      },
      {
        id: 'outage',
        label: 'Outage at a deadline',
        text: 'The system is down on the last day of a filing period.',
        likelihood: 2,
        impact: 4,
        tolerance: 2,
        treatments: ['share', 'reduce'],
        explanation: 'The province runs the system; the ward keeps a paper fallback.',
      },
      {
        id: 'wobble',
        label: 'Monthly wobble',
        text: 'The rate moves a point or two from month to month.',
        likelihood: 5,
        impact: 1,
        treatments: ['accept'],
        explanation: 'Small samples wobble; a note on the dashboard is enough.',
      },
    ],
    ...overrides,
  });
}
