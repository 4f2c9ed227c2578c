import { assign, setup } from 'xstate';
import type { ChartCritiqueKey } from './answer-key';
import { scoreCritique, type CritiqueResult } from './chart-critique-scoring';

/**
 * One learner's critique of one chart: pick what misleads, check, see the result, try again. Knows nothing of the
 * DOM: the island sends events and draws snapshots. Bump CHART_CRITIQUE_MACHINE_VERSION whenever states or context
 * change shape, so a saved draft of an older machine is dropped instead of restored into states that do not exist.
 */
export const CHART_CRITIQUE_MACHINE_VERSION = 1;

export interface CritiqueInput {
  key: ChartCritiqueKey;
  passMark: number;
}

export interface CritiqueContext extends CritiqueInput {
  /** Option ids picked as misleading, in the order shown (so a draft and a response read the same every time). */
  picked: string[];
  /** 1 for the first try; each "try again" adds one, so the island records each checked try once. */
  attempt: number;
  result?: CritiqueResult;
}

export type CritiqueEvent =
  { type: 'option.toggle'; id: string } | { type: 'critique.check' } | { type: 'critique.retry' };

const optionIds = (c: CritiqueContext) => c.key.options.map((o) => o.id);

export const chartCritiqueMachine = setup({
  types: {} as { context: CritiqueContext; events: CritiqueEvent; input: CritiqueInput },
  guards: {
    isOption: ({ context, event }) => event.type === 'option.toggle' && optionIds(context).includes(event.id),
    // The task says the chart has at least one misleading choice: checking with nothing picked is a slip.
    somePicked: ({ context }) => context.picked.length > 0,
  },
  actions: {
    toggle: assign({
      picked: ({ context, event }) => {
        if (event.type !== 'option.toggle') return context.picked;
        const next = context.picked.includes(event.id)
          ? context.picked.filter((id) => id !== event.id)
          : [...context.picked, event.id];
        return optionIds(context).filter((id) => next.includes(id));
      },
    }),
    mark: assign({ result: ({ context }) => scoreCritique(context.key, context.picked, context.passMark) }),
    startOver: assign({ picked: [], result: undefined, attempt: ({ context }) => context.attempt + 1 }),
  },
}).createMachine({
  id: 'chart-critique',
  context: ({ input }) => ({ ...input, picked: [], attempt: 1 }),
  initial: 'working',
  states: {
    working: {
      on: {
        'option.toggle': { guard: 'isOption', actions: 'toggle' },
        'critique.check': { guard: 'somePicked', target: 'checked', actions: 'mark' },
      },
    },
    checked: {
      on: { 'critique.retry': { target: 'working', actions: 'startOver' } },
    },
  },
});
