import { describe, expect, it } from 'vitest';
import { addPlacement, latestPlacement, placementResult } from '../../../src/lib/placement/placement-result';
import {
  createProgressStore,
  salvage,
  STORAGE_KEY,
  type ProgressStore,
} from '../../../src/lib/progress/progress-store';
import { FakeStorage } from '../fake-storage';

/** Two tabs on one localStorage; a write is told to the other tab as a `storage` event, delivered by settle(). */
function twoTabs() {
  const storage = new FakeStorage();
  const pending: ProgressStore[] = [];
  const tabs: ProgressStore[] = [];
  const open = () => {
    const tab: ProgressStore = createProgressStore(() => ({
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => {
        storage.setItem(key, value);
        if (key === STORAGE_KEY) pending.push(...tabs.filter((t) => t !== tab));
      },
    }));
    tabs.push(tab);
    return tab;
  };
  const settle = () => {
    while (pending.length > 0) pending.shift()!.refresh();
  };
  const stored = () => salvage(storage.getItem(STORAGE_KEY) ?? 'null').record;
  return { a: open(), b: open(), settle, stored };
}

const taken = (id: string, at: string) =>
  placementResult(
    {
      ratings: { data: 2, reasoning: 2, risk: 2, 'government-data': 2 },
      work: 'general',
      questionAreas: { d: 'data', r: 'reasoning', k: 'risk', g: 'government-data' },
      right: ['d'],
    },
    { id, at, lang: 'vi' },
  );

describe('the placement check in two tabs', () => {
  it('keeps both results when the tabs submit at the same instant, and both show the newer', () => {
    const { a, b, settle, stored } = twoTabs();
    const [first, second] = [
      taken('first-000', '2026-12-01T08:00:00.000Z'),
      taken('second-00', '2026-12-01T08:00:01.000Z'),
    ];
    // b submits while a is between reading the record and writing it: a's write goes over b's, until a is told.
    a.update((record) => {
      b.update((r) => addPlacement(r, second));
      return addPlacement(record, first);
    });
    expect(Object.keys(stored().placements ?? {})).toEqual(['first-000']); // the race, as it happens
    settle();
    expect(Object.keys(stored().placements ?? {}).sort()).toEqual(['first-000', 'second-00']);
    expect(latestPlacement(a.read())?.id).toBe('second-00');
    expect(latestPlacement(b.read())?.id).toBe('second-00');
  });
});
