import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { chartCritiqueKey } from '../../../../src/lib/exercise/chart-critique/answer-key';
import { chartCritiqueMachine } from '../../../../src/lib/exercise/chart-critique/chart-critique-machine';
import { draftFits } from '../../../../src/lib/exercise/chart-critique/draft-fits';
import { critique } from './critique-fixture';

const key = chartCritiqueKey(critique());
const start = () => createActor(chartCritiqueMachine, { input: { key, passMark: 80 } }).start();
const ids = key.options.map((o) => o.id);

describe('the chart critique machine', () => {
  it('toggles picks in the order shown, refuses to check with nothing picked, then marks', () => {
    const actor = start();
    expect(actor.getSnapshot().value).toBe('working');
    actor.send({ type: 'critique.check' });
    expect(actor.getSnapshot().value).toBe('working');
    actor.send({ type: 'option.toggle', id: 'short-range' });
    actor.send({ type: 'option.toggle', id: 'dual-axis' });
    actor.send({ type: 'option.toggle', id: 'truncated-axis' });
    actor.send({ type: 'option.toggle', id: 'dual-axis' }); // changed their mind
    actor.send({ type: 'option.toggle', id: 'pie-chart' }); // no such option
    expect(actor.getSnapshot().context.picked).toEqual(['truncated-axis', 'short-range']);
    actor.send({ type: 'critique.check' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('checked');
    expect(context.result).toMatchObject({ score: 5, percent: 100, passed: true });
  });

  it('keeps the picks while checked and starts a new, empty try on retry', () => {
    const actor = start();
    actor.send({ type: 'option.toggle', id: 'totals' });
    actor.send({ type: 'critique.check' });
    actor.send({ type: 'option.toggle', id: 'truncated-axis' }); // too late: the try is checked
    expect(actor.getSnapshot().context.picked).toEqual(['totals']);
    expect(actor.getSnapshot().context.result?.passed).toBe(false);
    actor.send({ type: 'critique.retry' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'working', context: { picked: [], attempt: 2 } });
    expect(actor.getSnapshot().context.result).toBeUndefined();
  });

  it('restores a saved draft with its picks, and the draft check accepts it', () => {
    const actor = start();
    actor.send({ type: 'option.toggle', id: 'no-source' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    expect(draftFits(saved, key)).toBe(true);
    const restored = createActor(chartCritiqueMachine, { input: { key, passMark: 80 }, snapshot: saved }).start();
    expect(restored.getSnapshot().context.picked).toEqual(['no-source']);
    restored.send({ type: 'option.toggle', id: 'truncated-axis' });
    expect(restored.getSnapshot().context.picked).toEqual(['truncated-axis', 'no-source']);
  });

  it('toggling an option twice leaves the picks as they were, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids), { maxLength: 12 }), fc.constantFrom(...ids), (before, id) => {
        const actor = start();
        for (const b of before) actor.send({ type: 'option.toggle', id: b });
        const picked = actor.getSnapshot().context.picked;
        actor.send({ type: 'option.toggle', id });
        actor.send({ type: 'option.toggle', id });
        expect(actor.getSnapshot().context.picked).toEqual(picked);
      }),
    );
  });
});

describe('a saved draft that does not fit', () => {
  const saved = () => {
    const actor = start();
    actor.send({ type: 'option.toggle', id: 'totals' });
    return JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
  };

  it('is refused when damaged or from another exercise, so the exercise starts fresh', () => {
    const spoil = (change: (s: ReturnType<typeof saved>) => void) => {
      const s = saved();
      change(s);
      return draftFits(s, key);
    };
    expect(draftFits(null, key)).toBe(false);
    expect(draftFits('working', key)).toBe(false);
    expect(spoil((s) => (s.value = 'checked'))).toBe(false);
    expect(spoil((s) => (s.value = 'reviewing'))).toBe(false);
    expect(spoil((s) => (s.context.picked = ['pie-chart']))).toBe(false);
    expect(spoil((s) => (s.context.picked = ['totals', 'totals']))).toBe(false);
    expect(spoil((s) => (s.context.picked = 'totals'))).toBe(false);
    expect(spoil((s) => (s.context.attempt = 0))).toBe(false);
    expect(spoil((s) => (s.context.key = { ...key, options: key.options.slice(1) }))).toBe(false);
    expect(spoil((s) => delete s.context)).toBe(false);
  });
});
