import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { riskMatrixKey } from '../../../../src/lib/exercise/risk-matrix/answer-key';
import { draftChoices } from '../../../../src/lib/exercise/risk-matrix/draft-choices';
import { riskMatrixMachine } from '../../../../src/lib/exercise/risk-matrix/risk-matrix-machine';
import { sampleRiskMatrix } from './risk-fixture';

const key = riskMatrixKey(sampleRiskMatrix());

function savedWith(choices: unknown) {
  const actor = createActor(riskMatrixMachine, { input: { key, passMark: 70 } }).start();
  actor.send({ type: 'risk.rate', risk: 'queue', axis: 'likelihood', level: 4 });
  const snapshot = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
  if (choices !== undefined) snapshot.context.choices = choices;
  return snapshot;
}

describe('a saved draft’s choices', () => {
  it('come back from the machine’s own persisted snapshot, through JSON as the record keeps it', () => {
    expect(draftChoices(savedWith(undefined), key)).toEqual({ queue: { likelihood: 4 } });
  });

  it('keep what fits and leave out a risk the exercise lacks, a level out of range or an unknown treatment', () => {
    const choices = {
      queue: { likelihood: 4, impact: 7, treatment: 'ignore' },
      login: { impact: 5, treatment: 'avoid' },
      gone: { likelihood: 1 },
      outage: 'high',
    };
    expect(draftChoices(savedWith(choices), key)).toEqual({
      queue: { likelihood: 4 },
      login: { impact: 5, treatment: 'avoid' },
    });
  });

  it('are unreadable when the draft is not a working matrix', () => {
    for (const snapshot of [
      null,
      'x',
      { status: 'done', value: 'working', context: { choices: {} } },
      { status: 'active', value: 'checked', context: { choices: {} } },
      { status: 'active', value: 'working', context: { choices: [] } },
    ])
      expect(draftChoices(snapshot, key)).toBeUndefined();
  });
});
