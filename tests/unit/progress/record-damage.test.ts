import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attempt, Progress } from '../../../src/lib/progress/progress-schema';
import { BACKUP_PREFIX, createProgressStore, salvage, STORAGE_KEY } from '../../../src/lib/progress/progress-store';
import { setAsideCopies } from '../../../src/lib/progress/set-aside';
import { recordArb } from './arbitrary-record';
import { FakeStorage } from '../fake-storage';

// Damage of every kind at every depth of a valid record: after a read and a write, every attempt is still
// stored, in the live record when nothing around it was damaged, and otherwise in a copy My learning lists.

const records = recordArb({ minAttempts: 1 });

type Path = Array<string | number>;
/** Every place in a JSON value, root included. */
function places(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  return [at, ...Object.entries(value).flatMap(([k, v]) => places(v, [...at, Array.isArray(value) ? Number(k) : k]))];
}
function replaced(value: unknown, at: Path, by: unknown): unknown {
  if (at.length === 0) return by;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[at[0]!] = replaced(copy[at[0]!], at.slice(1), by);
  return copy;
}
const junk = fc.oneof(
  fc.constantFrom(null, [], {}, 'x', 101, -1, true, '', [1, 2], { nested: { deep: [null] } }),
  fc.string(),
  fc.integer(),
);
const damage = fc.tuple(records, fc.nat(), junk).map(([record, pick, by]) => {
  const all = places(record);
  const at = all[pick % all.length]!;
  return { record, at, text: JSON.stringify(replaced(record, at, by)) };
});

const attemptPlaces = (record: Progress) =>
  Object.entries(record.modules).flatMap(([key, m]) => [
    ...m.attempts.map((a, i) => ({ id: a.id, at: ['modules', key, 'attempts', i] as Path })),
    ...Object.entries(m.exercises ?? {}).flatMap(([exercise, e]) =>
      e.attempts.map((a, i) => ({ id: a.id, at: ['modules', key, 'exercises', exercise, 'attempts', i] as Path })),
    ),
  ]);
const isPrefix = (p: Path, q: Path) => p.length <= q.length && p.every((k, i) => k === q[i]);
const liveIds = (storage: FakeStorage) =>
  new Set(
    Object.values(salvage(storage.getItem(STORAGE_KEY) ?? 'null').record.modules).flatMap((m) => [
      ...m.attempts.map((a) => a.id),
      ...Object.values(m.exercises ?? {}).flatMap((e) => e.attempts.map((a) => a.id)),
    ]),
  );
const newAttempt: Attempt = {
  id: 'new-attempt-0000',
  at: '2026-12-01T10:00:00.000Z',
  lang: 'vi',
  correct: 1,
  total: 1,
  percent: 100,
  passed: true,
  answers: {},
};
const addNew = (r: Progress): Progress => ({
  ...r,
  modules: { ...r.modules, 'c9/m9': { visits: 1, attempts: [newAttempt] } },
});

describe('a damaged record', () => {
  it('keeps every quiz and exercise attempt after a read and a write, whatever part is damaged and at whatever depth', () => {
    fc.assert(
      fc.property(damage, ({ record, at, text }) => {
        const storage = new FakeStorage();
        storage.items.set(STORAGE_KEY, text);
        createProgressStore(() => storage).update(addNew);
        const live = liveIds(storage);
        const copies = setAsideCopies(storage, salvage(storage.getItem(STORAGE_KEY)!).record);
        const newer = storage.getItem(STORAGE_KEY) === text && !live.has(newAttempt.id);
        for (const attempt of attemptPlaces(record)) {
          if (!text.includes(attempt.id)) continue; // the damage replaced the id itself
          const untouched = !isPrefix(at, attempt.at) && !isPrefix(attempt.at, at) && at[0] !== 'version';
          // Damage elsewhere costs this attempt nothing: it stays in the live record.
          if (untouched) expect(live, `attempt ${attempt.id}, damage at ${at.join('.')}`).toContain(attempt.id);
          else expect(live.has(attempt.id) || copies.some((c) => c.raw.includes(attempt.id)) || newer).toBe(true);
        }
        if (!newer) expect(live).toContain(newAttempt.id);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['"modules": null', { modules: null }],
    ['"modules": []', { modules: [] }],
    ['"inProgress": []', { inProgress: [] }],
    ['"paths": "x"', { paths: 'x' }],
  ])('with %s is kept as a visible copy and said so, never silently emptied', (_, part) => {
    const original = {
      version: 2,
      modules: { 'c1/m1': { visits: 2, completedAt: '2026-11-01T00:00:00.000Z', attempts: [{ ...newAttempt }] } },
      inProgress: {},
      paths: {},
      ...part,
    };
    const storage = new FakeStorage();
    const text = JSON.stringify(original);
    storage.items.set(STORAGE_KEY, text);
    const store = createProgressStore(() => storage);
    store.update((r) => r);
    expect(store.notices()).toContain('corrupt-moved-aside');
    const copies = setAsideCopies(storage, store.read());
    expect(copies.map((c) => c.raw)).toEqual([text]);
  });

  it('drops only the bad attempt of a module, keeping the good ones and the completion', () => {
    const good = [1, 2, 3, 4].map((n) => ({ ...newAttempt, id: `good-attempt-${n}` }));
    const text = JSON.stringify({
      version: 2,
      modules: {
        'c1/m1': {
          visits: 5,
          completedAt: '2026-11-01T00:00:00.000Z',
          attempts: [...good.slice(0, 2), { ...newAttempt, id: 'bad-attempt-1', percent: 101 }, ...good.slice(2)],
        },
      },
      inProgress: {},
      paths: {},
    });
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, text);
    const store = createProgressStore(() => storage);
    store.update((r) => r);
    const module = salvage(storage.getItem(STORAGE_KEY)!).record.modules['c1/m1'];
    expect(module?.attempts.map((a) => a.id)).toEqual(good.map((a) => a.id));
    expect(module?.completedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(module?.visits).toBe(5);
    const [copy] = setAsideCopies(storage, store.read());
    expect(copy).toMatchObject({ kind: 'damaged', attempts: 5, unreadable: 1, adds: 0 });
    expect(copy?.raw).toContain('bad-attempt-1');
  });
});

describe('a damaged record with no room for its copy', () => {
  const bigDamaged = () => {
    const attempts = Array.from({ length: 40 }, (_, n) => ({ ...newAttempt, id: `attempt-${n}-xxxxxxxx` }));
    return JSON.stringify({
      version: 2,
      modules: { 'c1/m1': { visits: 'many', attempts } },
      inProgress: {},
      paths: {},
    });
  };

  it('is never written over, and the learner is told the truth', () => {
    const storage = new FakeStorage();
    const text = bigDamaged();
    storage.items.set(STORAGE_KEY, text);
    // Room for the smaller salvaged record, not for a copy of the whole damaged one.
    storage.quota = text.length * 1.5;
    const store = createProgressStore(() => storage);
    expect(store.notices()).toContain('damaged-not-copied');
    expect(store.notices()).not.toContain('corrupt-moved-aside');
    expect(store.update(addNew)).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(text);
    expect(store.read().modules['c9/m9']?.attempts).toEqual([newAttempt]); // kept in memory meanwhile
    expect(setAsideCopies(storage, store.read()).map((c) => c.kind)).toEqual(['held']);
  });

  it('is copied aside and written again once room is made', () => {
    const storage = new FakeStorage();
    const text = bigDamaged();
    storage.items.set(`${BACKUP_PREFIX}old`, 'x'.repeat(text.length));
    storage.items.set(STORAGE_KEY, text);
    storage.quota = text.length * 2.5;
    const store = createProgressStore(() => storage);
    store.update(addNew);
    expect(storage.getItem(STORAGE_KEY)).toBe(text);
    storage.removeItem(`${BACKUP_PREFIX}old`); // the learner deletes an old copy on My learning
    store.refresh();
    expect(store.update((r) => r)).toBe(true);
    expect(liveIds(storage).size).toBe(41); // the 40 attempts, whose module had only its visits damaged, and the new one
    expect(setAsideCopies(storage, store.read()).map((c) => [c.kind, c.raw === text])).toEqual([['damaged', true]]);
  });
});
