import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { riskMatrixKey } from '../../../../src/lib/exercise/risk-matrix/answer-key';
import { LEVELS } from '../../../../src/lib/exercise/risk-matrix/risk-levels';
import { riskMatrixMachine } from '../../../../src/lib/exercise/risk-matrix/risk-matrix-machine';
import { sampleRiskMatrix } from './risk-fixture';

const key = riskMatrixKey(sampleRiskMatrix());
const start = () => createActor(riskMatrixMachine, { input: { key, passMark: 70 } }).start();
type Actor = ReturnType<typeof start>;

function chooseReference(actor: Actor) {
  for (const r of key) {
    actor.send({ type: 'risk.rate', risk: r.id, axis: 'likelihood', level: r.likelihood });
    actor.send({ type: 'risk.rate', risk: r.id, axis: 'impact', level: r.impact });
    actor.send({ type: 'risk.treat', risk: r.id, treatment: r.treatments[0] });
  }
}

describe('risk matrix machine', () => {
  it('starts working with nothing chosen, and keeps each part as it is chosen', () => {
    const actor = start();
    expect(actor.getSnapshot().value).toBe('working');
    actor.send({ type: 'risk.rate', risk: 'queue', axis: 'impact', level: 3 });
    actor.send({ type: 'risk.treat', risk: 'queue', treatment: 'reduce' });
    actor.send({ type: 'risk.rate', risk: 'queue', axis: 'impact', level: 4 });
    expect(actor.getSnapshot().context.choices).toEqual({ queue: { impact: 4, treatment: 'reduce' } });
  });

  it('ignores a risk the exercise does not have', () => {
    const actor = start();
    actor.send({ type: 'risk.rate', risk: 'nope', axis: 'impact', level: 3 });
    expect(actor.getSnapshot().context.choices).toEqual({});
  });

  it('checks only once every risk is placed and treated, then marks it', () => {
    const actor = start();
    actor.send({ type: 'exercise.check' });
    expect(actor.getSnapshot().value).toBe('working');
    chooseReference(actor);
    actor.send({ type: 'risk.treat', risk: 'wobble', treatment: undefined }); // unset again
    actor.send({ type: 'exercise.check' });
    expect(actor.getSnapshot().value).toBe('working');
    actor.send({ type: 'risk.treat', risk: 'wobble', treatment: 'accept' });
    actor.send({ type: 'exercise.check' });
    expect(actor.getSnapshot().value).toBe('checked');
    expect(actor.getSnapshot().context.result).toMatchObject({ score: 4, total: 4, passed: true });
  });

  it('holds the choices still once checked, and trying again starts an empty matrix as a new try', () => {
    const actor = start();
    chooseReference(actor);
    actor.send({ type: 'exercise.check' });
    actor.send({ type: 'risk.rate', risk: 'queue', axis: 'impact', level: 1 });
    expect(actor.getSnapshot().context.choices.queue?.impact).toBe(3);
    actor.send({ type: 'exercise.retry' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('working');
    expect(context).toMatchObject({ choices: {}, attempt: 2, result: undefined });
  });

  it('picks up a draft’s choices', () => {
    const actor = createActor(riskMatrixMachine, {
      input: { key, passMark: 70, resumed: { queue: { likelihood: 2 } } },
    }).start();
    expect(actor.getSnapshot().context.choices).toEqual({ queue: { likelihood: 2 } });
  });

  it('choosing a level and then unsetting it leaves the choices as they were', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...key.map((r) => r.id)),
        fc.constantFrom('likelihood' as const, 'impact' as const),
        fc.constantFrom(...LEVELS),
        (risk, axis, level) => {
          const actor = start();
          actor.send({ type: 'risk.treat', risk: 'login', treatment: 'avoid' });
          const before = actor.getSnapshot().context.choices;
          actor.send({ type: 'risk.rate', risk, axis, level });
          actor.send({ type: 'risk.rate', risk, axis, level: undefined });
          expect(actor.getSnapshot().context.choices).toEqual(before);
        },
      ),
    );
  });
});
