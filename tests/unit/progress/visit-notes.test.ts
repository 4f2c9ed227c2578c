import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moduleStatus } from '../../../src/lib/progress/learning-summary';
import {
  createProgressStore,
  STORAGE_KEY,
  VISIT_NOTES_KEY,
  type StorageLike,
} from '../../../src/lib/progress/progress-store';
import { MAX_VISIT_NOTES, noteVisit, type VisitNote } from '../../../src/lib/progress/visit-notes';
import { FakeStorage } from '../fake-storage';

const visit = (module: string, at: string, lang: 'vi' | 'en' = 'vi'): VisitNote => ({ module, lang, at });
const note = (storage: StorageLike, v: VisitNote) => noteVisit(() => storage, VISIT_NOTES_KEY, v);

describe('visits a quiz page notes before the store’s code comes', () => {
  it('count at once on every page that reads the record: "in progress" and "continue" point at the module', () => {
    const storage = new FakeStorage();
    note(storage, visit('dt/m1', '2026-03-01T08:00:00.000Z'));
    const record = createProgressStore(() => storage).read();
    expect(moduleStatus(record, 'dt/m1')).toBe('in-progress');
    expect(record.modules['dt/m1']).toMatchObject({ visits: 1, lastVisit: '2026-03-01T08:00:00.000Z' });
    expect(record.last).toEqual({ module: 'dt/m1', lang: 'vi', at: '2026-03-01T08:00:00.000Z' });
  });

  it('each visit counts exactly once, however many tabs read and write in between', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('note' as const), fc.constant('read' as const), fc.constant('write' as const)), {
          maxLength: 30,
        }),
        (steps) => {
          const storage = new FakeStorage();
          let noted = 0;
          for (const [i, step] of steps.entries()) {
            const store = createProgressStore(() => storage); // a new page (or tab) each step
            if (step === 'note')
              (note(storage, visit('dt/m1', new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString())), noted++);
            if (step === 'write') store.update((r) => r);
          }
          expect(createProgressStore(() => storage).read().modules['dt/m1']?.visits ?? 0).toBe(noted);
        },
      ),
    );
  });

  it('a write clears the notes it counted, and keeps one another tab added meanwhile', () => {
    const storage = new FakeStorage();
    note(storage, visit('dt/m1', '2026-03-01T08:00:00.000Z'));
    const store = createProgressStore(() => storage);
    store.update((r) => {
      note(storage, visit('dt/m2', '2026-03-01T08:01:00.000Z')); // the other tab, between this tab's read and write
      return r;
    });
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).modules['dt/m1'].visits).toBe(1);
    expect(JSON.parse(storage.getItem(VISIT_NOTES_KEY)!)).toEqual([visit('dt/m2', '2026-03-01T08:01:00.000Z')]);
    expect(createProgressStore(() => storage).read().modules['dt/m2']?.visits).toBe(1);
  });

  it('an older note does not move "continue" back from a later visit, and bad notes cost nothing else', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(() => storage);
    store.update((r) => ({ ...r, last: { module: 'dt/m9', lang: 'en', at: '2026-03-02T00:00:00.000Z' } }));
    storage.setItem(
      VISIT_NOTES_KEY,
      JSON.stringify([
        { module: 'dt/m1' },
        'junk',
        visit('dt/m1', 'not a date'),
        visit('dt/m1', '2026-03-01T00:00:00.000Z'),
      ]),
    );
    const record = createProgressStore(() => storage).read();
    expect(record.last?.module).toBe('dt/m9');
    expect(record.modules['dt/m1']?.visits).toBe(1);
    storage.setItem(VISIT_NOTES_KEY, '{broken');
    expect(createProgressStore(() => storage).read().modules['dt/m1']).toBeUndefined();
  });

  it('noting never throws (storage off or full), starts again over damaged notes, and keeps only the newest', () => {
    expect(() =>
      noteVisit(
        () => {
          throw new Error('SecurityError');
        },
        VISIT_NOTES_KEY,
        visit('dt/m1', '2026-03-01T00:00:00.000Z'),
      ),
    ).not.toThrow();
    const storage = new FakeStorage();
    storage.full = true;
    expect(() => note(storage, visit('dt/m1', '2026-03-01T00:00:00.000Z'))).not.toThrow();
    storage.full = false;
    storage.setItem(VISIT_NOTES_KEY, '{broken');
    note(storage, visit('dt/m1', '2026-03-01T00:00:00.000Z'));
    expect(JSON.parse(storage.getItem(VISIT_NOTES_KEY)!)).toHaveLength(1);
    for (let i = 0; i < MAX_VISIT_NOTES + 5; i++) note(storage, visit(`dt/m${i}`, '2026-03-01T00:00:00.000Z'));
    const kept = JSON.parse(storage.getItem(VISIT_NOTES_KEY)!) as VisitNote[];
    expect(kept).toHaveLength(MAX_VISIT_NOTES);
    expect(kept.at(-1)!.module).toBe(`dt/m${MAX_VISIT_NOTES + 4}`);
  });
});
