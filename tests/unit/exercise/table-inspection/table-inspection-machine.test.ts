import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { DIMENSIONS } from '../../../../src/lib/exercise/table-inspection/dimensions';
import { tableInspectionMachine } from '../../../../src/lib/exercise/table-inspection/table-inspection-machine';
import { key, rows } from './inspection-fixture';

const start = () => createActor(tableInspectionMachine, { input: { key, rows, passMark: 70 } }).start();

describe('the table inspection machine', () => {
  it('keeps one mark per row, the latest, and clears it', () => {
    const actor = start();
    actor.send({ type: 'mark.set', row: '02', dimension: 'validity' });
    actor.send({ type: 'mark.set', row: '02', dimension: 'uniqueness' });
    expect(actor.getSnapshot().context.marks).toEqual({ '02': 'uniqueness' });
    actor.send({ type: 'mark.clear', row: '02' });
    expect(actor.getSnapshot().context.marks).toEqual({});
  });

  it('refuses a mark on a row the table does not have, or with a dimension that is not one of the six', () => {
    const actor = start();
    actor.send({ type: 'mark.set', row: '99', dimension: 'validity' });
    actor.send({ type: 'mark.set', row: '01', dimension: 'beauty' as never });
    expect(actor.getSnapshot().context.marks).toEqual({});
  });

  it('does not check an empty table: nothing marked is not an attempt', () => {
    const actor = start();
    actor.send({ type: 'inspection.check' });
    expect(actor.getSnapshot().value).toBe('working');
  });

  it('checks, scores, freezes the marks, and starts a clean attempt on retry', () => {
    const actor = start();
    actor.send({ type: 'mark.set', row: '03', dimension: 'accuracy' });
    actor.send({ type: 'inspection.check' });
    const checked = actor.getSnapshot();
    expect(checked.value).toBe('checked');
    expect(checked.context.result).toMatchObject({ score: 2, total: 6 });
    actor.send({ type: 'mark.set', row: '02', dimension: 'uniqueness' });
    expect(actor.getSnapshot().context.marks).toEqual({ '03': 'accuracy' });
    actor.send({ type: 'inspection.retry' });
    expect(actor.getSnapshot().value).toBe('working');
    expect(actor.getSnapshot().context).toMatchObject({ marks: {}, attempt: 2, result: undefined });
  });

  it('restores a saved draft with its marks', () => {
    const actor = start();
    actor.send({ type: 'mark.set', row: '04', dimension: 'consistency' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(tableInspectionMachine, {
      input: { key, rows, passMark: 70 },
      snapshot: saved,
    }).start();
    expect(restored.getSnapshot().context.marks).toEqual({ '04': 'consistency' });
  });

  it('marking a row then unmarking it leaves the marks as they were', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...rows), fc.constantFrom(...DIMENSIONS)), { maxLength: 8 }),
        fc.constantFrom(...rows),
        fc.constantFrom(...DIMENSIONS),
        (earlier, row, dimension) => {
          const actor = start();
          for (const [r, d] of earlier.filter(([r]) => r !== row))
            actor.send({ type: 'mark.set', row: r, dimension: d });
          const before = actor.getSnapshot().context.marks;
          actor.send({ type: 'mark.set', row, dimension });
          actor.send({ type: 'mark.clear', row });
          expect(actor.getSnapshot().context.marks).toEqual(before);
        },
      ),
    );
  });
});
