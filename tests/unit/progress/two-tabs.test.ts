import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, type Attempt, type Progress } from '../../../src/lib/progress/progress-schema';
import {
  createProgressStore,
  salvage,
  STORAGE_KEY,
  type ProgressStore,
} from '../../../src/lib/progress/progress-store';
import { FakeStorage } from '../fake-storage';

// Tabs share one localStorage; a write in one tab is told to the others as a `storage` event, later. A race is
// a tab that read before another tab's write and writes after it: here, one tab's update run inside another's.

class Browser {
  storage = new FakeStorage();
  events: ProgressStore[] = [];
  tabs: ProgressStore[] = [];
  open(): ProgressStore {
    const others = () => this.tabs.filter((t) => t !== tab);
    const shared = this.storage;
    const tab: ProgressStore = createProgressStore(() => ({
      getItem: (key) => shared.getItem(key),
      setItem: (key, value) => {
        shared.setItem(key, value);
        if (key === STORAGE_KEY) this.events.push(...others());
      },
    }));
    this.tabs.push(tab);
    return tab;
  }
  /** Delivers `storage` events (each tab re-reads, and may write again) until there are none. */
  settle() {
    for (let n = 0; this.events.length > 0; n++) {
      if (n > 1000) throw new Error('tabs keep writing');
      this.events.shift()!.refresh();
    }
  }
  ids() {
    const record = salvage(this.storage.getItem(STORAGE_KEY) ?? 'null').record;
    return new Set(Object.values(record.modules).flatMap((m) => m.attempts.map((a) => a.id)));
  }
}

let counter = 0;
const attempt = (): Attempt => ({
  id: `attempt-${++counter}-xxxxxxxx`,
  at: new Date(Date.UTC(2026, 0, 1) + counter * 1000).toISOString(),
  lang: 'vi',
  correct: 1,
  total: 1,
  percent: 100,
  passed: true,
  answers: {},
});
const add =
  (a: Attempt, key = 'c1/m1') =>
  (r: Progress): Progress => ({
    ...r,
    modules: { ...r.modules, [key]: { visits: 1, attempts: [...(r.modules[key]?.attempts ?? []), a] } },
  });

describe('two tabs writing at the same instant', () => {
  it('lose nothing: the tab whose write was written over puts it back when told', () => {
    const browser = new Browser();
    const [a, b] = [browser.open(), browser.open()];
    const [first, second] = [attempt(), attempt()];
    // b finishes its quiz while a is between reading and writing: a's write goes over b's.
    a.update((record) => {
      b.update(add(second));
      return add(first)(record);
    });
    expect(browser.ids()).toEqual(new Set([first.id])); // the race, as it happens
    browser.settle();
    expect(browser.ids()).toEqual(new Set([first.id, second.id]));
  });

  it('lose nothing for any interleaving of any number of tabs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.tuple(fc.nat(3), fc.option(fc.nat(3), { nil: undefined }), fc.constantFrom('c1/m1', 'c1/m2')), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.array(fc.nat(3), { maxLength: 10 }),
        (count, steps, deliveredEarly) => {
          const browser = new Browser();
          const tabs = Array.from({ length: count }, () => browser.open());
          const written: string[] = [];
          steps.forEach(([who, inside, key], n) => {
            const a = attempt();
            const racer = inside === undefined ? undefined : tabs[inside % count];
            const tab = tabs[who % count]!;
            written.push(a.id);
            if (racer && racer !== tab) {
              const b = attempt();
              written.push(b.id);
              tab.update((record) => {
                racer.update(add(b, key));
                return add(a, key)(record);
              });
            } else tab.update(add(a, key));
            // Some events arrive between steps, as in a browser.
            if (deliveredEarly.includes(n % 4) && browser.events.length > 0) browser.events.shift()!.refresh();
          });
          browser.settle();
          expect(browser.ids()).toEqual(new Set(written));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('do not bring back what another tab erased after reading it', () => {
    const browser = new Browser();
    const [a, b] = [browser.open(), browser.open()];
    a.update(add(attempt()));
    browser.settle();
    b.update(() => emptyProgress()); // "Erase all progress" on My learning in the other tab
    browser.settle();
    expect(browser.ids()).toEqual(new Set());
    a.update((r) => r);
    expect(browser.ids()).toEqual(new Set());
  });

  it('settle down: being told of a write that includes its own, a tab does not write again', () => {
    const browser = new Browser();
    const [a, b] = [browser.open(), browser.open()];
    a.update(add(attempt()));
    b.update(add(attempt()));
    const before = browser.storage.getItem(STORAGE_KEY);
    browser.settle();
    expect(browser.storage.getItem(STORAGE_KEY)).toBe(before);
  });
});
