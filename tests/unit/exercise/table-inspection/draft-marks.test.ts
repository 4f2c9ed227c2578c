import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { draftMarks } from '../../../../src/lib/exercise/table-inspection/draft-marks';
import { tableInspectionMachine } from '../../../../src/lib/exercise/table-inspection/table-inspection-machine';
import { key, rows } from './inspection-fixture';

describe('reading the marks of a saved draft', () => {
  it('reads what the machine saved', () => {
    const actor = createActor(tableInspectionMachine, { input: { key, rows, passMark: 70 } }).start();
    actor.send({ type: 'mark.set', row: '02', dimension: 'uniqueness' });
    actor.send({ type: 'mark.set', row: '06', dimension: 'validity' });
    expect(draftMarks(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())), key.categories)).toEqual([
      { row: '02', dimension: 'uniqueness' },
      { row: '06', dimension: 'validity' },
    ]);
  });

  it('gives nothing, rather than failing, for a damaged snapshot, and skips a mark that names no dimension', () => {
    for (const damaged of [null, 7, 'x', {}, { context: null }, { context: { marks: [] } }, { context: { marks: 3 } }])
      expect(draftMarks(damaged, key.categories)).toEqual([]);
    expect(draftMarks({ context: { marks: { '01': 'beauty', '02': 'validity' } } }, key.categories)).toEqual([
      { row: '02', dimension: 'validity' },
    ]);
  });

  it('keeps only the categories the exercise offers now: its own, when it declares them', () => {
    const marks = { context: { marks: { '01': 'quasi-identifier', '02': 'validity', '03': 7 } } };
    expect(draftMarks(marks, ['direct-identifier', 'quasi-identifier'])).toEqual([
      { row: '01', dimension: 'quasi-identifier' },
    ]);
  });
});
