import * as v from 'valibot';
import fc from 'fast-check';
import { recordArb } from './arbitrary-record';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/lib/progress/progress-merge';
import { emptyProgress, progressSchema, type Attempt, type Progress } from '../../../src/lib/progress/progress-schema';
import { BACKUP_PREFIX, createProgressStore, STORAGE_KEY } from '../../../src/lib/progress/progress-store';
import { FakeStorage } from '../fake-storage';

let counter = 0;
const attempt = (overrides: Partial<Attempt> = {}): Attempt => ({
  id: `attempt-${++counter}-xxxxxxxx`,
  at: new Date(Date.UTC(2026, 0, 1) + counter * 60_000).toISOString(),
  lang: 'vi',
  correct: 4,
  total: 5,
  percent: 80,
  passed: true,
  answers: { q1: { type: 'single', choice: 'a' } },
  ...overrides,
});
const addAttempt =
  (key: string, a: Attempt) =>
  (record: Progress): Progress => ({
    ...record,
    modules: {
      ...record.modules,
      [key]: { visits: record.modules[key]?.visits ?? 0, attempts: [...(record.modules[key]?.attempts ?? []), a] },
    },
  });
const stored = (storage: FakeStorage) => v.parse(progressSchema, JSON.parse(storage.getItem(STORAGE_KEY)!));

describe('progress store', () => {
  it('round-trips a record through storage', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(() => storage);
    const a = attempt();
    expect(store.update(addAttempt('dt/m1', a))).toBe(true);
    expect(createProgressStore(() => storage).read().modules['dt/m1']?.attempts).toEqual([a]);
  });

  it('moves a corrupt record aside, says so, and starts working again', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, '{"version":1,"modules":{"dt/m1":{"visits":2,"attempts":[]}},"inProgress":');
    const store = createProgressStore(
      () => storage,
      () => new Date('2026-11-23T10:00:00Z'),
    );
    expect(store.notices()).toEqual(['corrupt-moved-aside']);
    const backups = [...storage.items].filter(([k]) => k.startsWith(BACKUP_PREFIX));
    expect(backups.map(([, value]) => value)).toEqual([expect.stringMatching(/^\{"version":1/)]);
    expect(store.update(addAttempt('dt/m1', attempt()))).toBe(true);
    expect([...storage.items.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1); // copied once, not per read
  });

  it('keeps one copy of a damaged record however many pages read it', () => {
    const storage = new FakeStorage();
    const damaged = '{"version":1,"modules":{"dt/m1":{"visits":"many"}}}';
    storage.items.set(STORAGE_KEY, damaged);
    // Twelve visits to pages that only read (My learning), each a fresh store as on a new page load.
    // The first copies it aside and writes back the good part, so the others read a clean record.
    for (let visit = 0; visit < 12; visit++) {
      const store = createProgressStore(
        () => storage,
        () => new Date(Date.UTC(2026, 10, 23, 10, visit)),
      );
      expect(store.notices().includes('corrupt-moved-aside')).toBe(visit === 0);
    }
    const backups = () => [...storage.items].filter(([k]) => k.startsWith(BACKUP_PREFIX)).map(([, value]) => value);
    expect(backups()).toEqual([damaged]);

    const otherDamage = '{"version":1,"modules":{"dt/m2":{"visits":-1}},"inProgress":';
    storage.items.set(STORAGE_KEY, otherDamage);
    createProgressStore(() => storage);
    createProgressStore(() => storage);
    expect(backups().sort()).toEqual([damaged, otherDamage].sort());
  });

  it('keeps one copy per distinct damaged value, for any damaged texts and any number of reads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        (texts, reads) => {
          const storage = new FakeStorage();
          const damaged = new Set<string>();
          for (const text of texts) {
            storage.items.set(STORAGE_KEY, text);
            for (let i = 0; i < reads; i++)
              if (
                createProgressStore(() => storage)
                  .notices()
                  .includes('corrupt-moved-aside')
              )
                damaged.add(text);
          }
          const backups = [...storage.items].filter(([k]) => k.startsWith(BACKUP_PREFIX)).map(([, value]) => value);
          expect(backups.sort()).toEqual([...damaged].sort());
        },
      ),
    );
  });

  it('keeps the valid modules of a partly damaged record', () => {
    const storage = new FakeStorage();
    const good = attempt();
    storage.items.set(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        modules: { good: { visits: 3, attempts: [good] }, bad: { visits: 'many' } },
        inProgress: {},
      }),
    );
    const store = createProgressStore(() => storage);
    expect(store.read().modules).toEqual({ good: { visits: 3, attempts: [good] } });
    expect(store.notices()).toContain('corrupt-moved-aside');
    expect([...storage.items.keys()].some((k) => k.startsWith(BACKUP_PREFIX))).toBe(true);
  });

  it('keeps the valid assigned paths of a partly damaged record, and never lets "__proto__" in', () => {
    const storage = new FakeStorage();
    const path = {
      path: { title: 'Lộ trình', modules: ['data-thinking/data-quality'] },
      addedAt: '2026-11-20T08:00:00.000Z',
    };
    storage.items.set(
      STORAGE_KEY,
      `{"version":2,"modules":{},"inProgress":{},"paths":{"good":${JSON.stringify(path)},"bad":{"path":{"title":""}},` +
        `"__proto__":${JSON.stringify(path)}},"learner":{"id":"x","name":"Lan"}}`,
    );
    const store = createProgressStore(() => storage);
    expect(store.read().paths).toEqual({ good: path });
    expect(Object.getPrototypeOf(store.read().paths)).toBe(Object.prototype);
    expect(store.read().learner).toBeUndefined(); // an id that is not ours
    expect(store.notices()).toContain('corrupt-moved-aside');
  });

  it('never overwrites a record written by a newer version of the site', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: 99, modules: {}, somethingNew: true });
    storage.items.set(STORAGE_KEY, newer);
    const store = createProgressStore(() => storage);
    expect(store.update(addAttempt('dt/m1', attempt()))).toBe(false);
    expect(store.notices()).toContain('newer-version');
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('keeps working in memory when storage is full, and says progress will not be kept', () => {
    const storage = new FakeStorage();
    const first = attempt();
    const store = createProgressStore(() => storage);
    store.update(addAttempt('dt/m1', first));
    storage.full = true;
    const second = attempt();
    expect(store.update(addAttempt('dt/m1', second))).toBe(false);
    expect(store.notices()).toContain('storage-full');
    expect(store.read().modules['dt/m1']?.attempts).toEqual([first, second]);
    expect(stored(storage).modules['dt/m1']?.attempts).toEqual([first]); // what was saved is untouched
    storage.full = false;
    store.update((r) => r);
    expect(stored(storage).modules['dt/m1']?.attempts).toEqual([first, second]); // and catches up once there is room
  });

  it('works in memory when storage is disabled', () => {
    const store = createProgressStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.notices()).toEqual(['storage-unavailable']);
    expect(store.update(addAttempt('dt/m1', attempt()))).toBe(false);
    expect(store.read().modules['dt/m1']?.attempts).toHaveLength(1);
  });

  it('two tabs writing in turn never lose each other’s attempts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.constantFrom('m1', 'm2')), { maxLength: 30 }), (writes) => {
        const storage = new FakeStorage();
        const tabs = [createProgressStore(() => storage), createProgressStore(() => storage)];
        const written: Attempt[] = [];
        for (const [second, module] of writes) {
          const a = attempt();
          written.push(a);
          tabs[second ? 1 : 0]!.update(addAttempt(module, a));
        }
        if (writes.length === 0) return;
        const all = Object.values(stored(storage).modules).flatMap((m) => m.attempts);
        expect(new Set(all.map((a) => a.id))).toEqual(new Set(written.map((a) => a.id)));
      }),
    );
  });

  it('any corrupt text in storage leaves the store usable and the backup holds the original', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('{"version":1,"modules":[]}')), (raw) => {
        const storage = new FakeStorage();
        storage.items.set(STORAGE_KEY, raw);
        const store = createProgressStore(() => storage);
        const a = attempt();
        store.update(addAttempt('dt/m1', a));
        expect(store.read().modules['dt/m1']?.attempts.map((x) => x.id)).toContain(a.id);
        const backups = [...storage.items].filter(([k]) => k.startsWith(BACKUP_PREFIX)).map(([, v]) => v);
        if (store.notices().includes('corrupt-moved-aside')) expect(backups).toContain(raw);
      }),
    );
  });
});

describe('merging records', () => {
  const record = fc
    .array(fc.tuple(fc.constantFrom('m1', 'm2', 'm3'), fc.integer({ min: 0, max: 20 }), fc.boolean()), { maxLength: 8 })
    .map((entries) =>
      entries.reduce<Progress>((r, [key, visits, done]) => {
        const a = attempt({ passed: done });
        return {
          ...r,
          modules: {
            ...r.modules,
            [key]: {
              visits,
              ...(done ? { completedAt: a.at } : {}),
              attempts: [...(r.modules[key]?.attempts ?? []), a],
            },
          },
        };
      }, emptyProgress()),
    );

  it('is commutative and idempotent, and keeps every attempt', () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        const ab = mergeProgress(a, b);
        expect(ab).toEqual(mergeProgress(b, a));
        expect(mergeProgress(ab, ab)).toEqual(ab);
        expect(mergeProgress(ab, a)).toEqual(ab);
        const ids = (r: Progress) => new Set(Object.values(r.modules).flatMap((m) => m.attempts.map((x) => x.id)));
        expect(ids(ab)).toEqual(new Set([...ids(a), ...ids(b)]));
        expect(v.is(progressSchema, ab)).toBe(true);
      }),
    );
  });

  it('keeps every exercise attempt of both, each once, whichever way round', () => {
    const exerciseIds = (r: Progress) =>
      Object.values(r.modules).flatMap((m) =>
        Object.values(m.exercises ?? {}).flatMap((e) => e.attempts.map((a) => a.id)),
      );
    fc.assert(
      fc.property(recordArb(), recordArb(), (a, b) => {
        const ab = mergeProgress(a, b);
        expect(ab).toEqual(mergeProgress(b, a));
        expect(mergeProgress(ab, ab)).toEqual(ab);
        expect(new Set(exerciseIds(ab))).toEqual(new Set([...exerciseIds(a), ...exerciseIds(b)]));
        expect(exerciseIds(ab)).toHaveLength(new Set(exerciseIds(ab)).size);
        expect(v.is(progressSchema, ab)).toBe(true);
      }),
    );
  });
});
