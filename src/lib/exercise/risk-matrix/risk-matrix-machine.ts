import { assign, setup } from 'xstate';
import type { RiskKey } from './answer-key';
import type { Axis, Level, Treatment } from './risk-levels';
import { scoreRiskMatrix, unfinishedRisks, type RiskChoices, type RiskMatrixResult } from './risk-matrix-scoring';

/**
 * One try at a risk matrix, and the tries after it. Knows nothing of the DOM or of texts: the island sends what
 * the learner chose and renders snapshots. Bump RISK_MATRIX_MACHINE_VERSION whenever states or context change
 * shape, so a draft saved by an older machine is dropped instead of restored into states that no longer exist.
 */
export const RISK_MATRIX_MACHINE_VERSION = 1;

export interface RiskMatrixInput {
  key: RiskKey[];
  passMark: number;
  /** A saved draft's choices, already read part by part (draft-choices.ts), to pick up where the learner was. */
  resumed?: RiskChoices;
}

export interface RiskMatrixContext {
  key: RiskKey[];
  passMark: number;
  choices: RiskChoices;
  /** Counts the tries on this page, so the island records each checked one exactly once. */
  attempt: number;
  result?: RiskMatrixResult;
}

export type RiskMatrixEvent =
  /** A level chosen on one axis, or unset again (the select's empty option). */
  | { type: 'risk.rate'; risk: string; axis: Axis; level: Level | undefined }
  | { type: 'risk.treat'; risk: string; treatment: Treatment | undefined }
  | { type: 'exercise.check' }
  | { type: 'exercise.retry' };

const knownRisk = (context: RiskMatrixContext, id: string) => context.key.some((r) => r.id === id);

/** The choices with one part of one risk set (or unset), leaving every other part as it was. */
function withPart(choices: RiskChoices, risk: string, part: Axis | 'treatment', value: unknown): RiskChoices {
  const { [part]: _old, ...rest } = choices[risk] ?? {};
  const choice = value === undefined ? rest : { ...rest, [part]: value };
  // A risk with nothing chosen is no entry at all, so choosing and unsetting leaves the draft as it was.
  const { [risk]: _risk, ...others } = choices;
  return Object.keys(choice).length > 0 ? { ...others, [risk]: choice } : others;
}

export const riskMatrixMachine = setup({
  types: {} as { context: RiskMatrixContext; events: RiskMatrixEvent; input: RiskMatrixInput },
  guards: {
    isKnownRisk: ({ context, event }) => 'risk' in event && knownRisk(context, event.risk),
    allChosen: ({ context }) => unfinishedRisks(context.key, context.choices).length === 0,
  },
  actions: {
    rate: assign({
      choices: ({ context, event }) =>
        event.type === 'risk.rate' ? withPart(context.choices, event.risk, event.axis, event.level) : context.choices,
    }),
    treat: assign({
      choices: ({ context, event }) =>
        event.type === 'risk.treat'
          ? withPart(context.choices, event.risk, 'treatment', event.treatment)
          : context.choices,
    }),
    mark: assign({ result: ({ context }) => scoreRiskMatrix(context.key, context.choices, context.passMark) }),
    startOver: assign({ choices: {}, result: undefined, attempt: ({ context }) => context.attempt + 1 }),
  },
}).createMachine({
  id: 'risk-matrix',
  context: ({ input }) => ({ key: input.key, passMark: input.passMark, choices: input.resumed ?? {}, attempt: 1 }),
  initial: 'working',
  states: {
    working: {
      on: {
        'risk.rate': { guard: 'isKnownRisk', actions: 'rate' },
        'risk.treat': { guard: 'isKnownRisk', actions: 'treat' },
        'exercise.check': { guard: 'allChosen', target: 'checked', actions: 'mark' },
      },
    },
    // What was chosen stays on screen beside the reference; trying again starts from an empty matrix, so the
    // second try is a judgement made again, not the wrong ones flipped until they pass.
    checked: { on: { 'exercise.retry': { target: 'working', actions: 'startOver' } } },
  },
});
