import { assign, setup } from 'xstate';
import type { InspectionKey } from './answer-key';
import type { Category } from './dimensions';
import { scoreInspection, type InspectionResult, type Marks } from './table-inspection-scoring';

/**
 * One table inspection: the learner marks rows with a dimension, checks, sees the result, and may try again with a
 * clean table. Knows nothing of the DOM: the island sends events and draws snapshots. Bump the version whenever
 * states or context change shape, so a saved draft of an older machine is dropped instead of restored.
 */
export const TABLE_INSPECTION_MACHINE_VERSION = 1;

export interface InspectionInput {
  key: InspectionKey;
  /** Every row id of the table, in order: a mark on any other is refused. */
  rows: string[];
  passMark: number;
}

export interface InspectionContext extends InspectionInput {
  marks: Marks;
  attempt: number;
  result?: InspectionResult;
}

export type InspectionEvent =
  | { type: 'mark.set'; row: string; dimension: Category }
  | { type: 'mark.clear'; row: string }
  | { type: 'inspection.check' }
  | { type: 'inspection.retry' };

export const tableInspectionMachine = setup({
  types: {} as { context: InspectionContext; events: InspectionEvent; input: InspectionInput },
  guards: {
    // A snapshot or an event from outside the island's own controls is never trusted to name a real row.
    markIsValid: ({ context, event }) =>
      event.type === 'mark.set' && context.rows.includes(event.row) && context.key.categories.includes(event.dimension),
    hasMarks: ({ context }) => Object.keys(context.marks).length > 0,
  },
  actions: {
    setMark: assign({
      marks: ({ context, event }) =>
        event.type === 'mark.set' ? { ...context.marks, [event.row]: event.dimension } : context.marks,
    }),
    clearMark: assign({
      marks: ({ context, event }) => {
        if (event.type !== 'mark.clear') return context.marks;
        const { [event.row]: _cleared, ...rest } = context.marks;
        return rest;
      },
    }),
    score: assign({ result: ({ context }) => scoreInspection(context.key, context.marks, context.passMark) }),
    startOver: assign({ marks: {}, result: undefined, attempt: ({ context }) => context.attempt + 1 }),
  },
}).createMachine({
  id: 'table-inspection',
  context: ({ input }) => ({ ...input, marks: {}, attempt: 1 }),
  initial: 'working',
  states: {
    working: {
      on: {
        'mark.set': { guard: 'markIsValid', actions: 'setMark' },
        'mark.clear': { actions: 'clearMark' },
        'inspection.check': { guard: 'hasMarks', target: 'checked', actions: 'score' },
      },
    },
    checked: {
      on: { 'inspection.retry': { target: 'working', actions: 'startOver' } },
    },
  },
});
