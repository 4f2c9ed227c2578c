import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/lib/progress/progress-merge';
import { emptyProgress, type Progress } from '../../../src/lib/progress/progress-schema';
import { BACKUP_PREFIX, createProgressStore, STORAGE_KEY } from '../../../src/lib/progress/progress-store';
import { BEFORE_RESET_KEY, setAsideCopies } from '../../../src/lib/progress/set-aside';
import { FakeStorage } from '../fake-storage';
import { exerciseAttempt } from './exercise-fixtures';

const attempt = (id: string) => ({
  id,
  at: '2026-11-20T08:00:00.000Z',
  lang: 'vi' as const,
  correct: 3,
  total: 4,
  percent: 75,
  passed: true,
  answers: {},
});
const withAttempts = (...ids: string[]): Progress => ({
  ...emptyProgress(),
  modules: { 'c1/m1': { visits: 1, completedAt: '2026-11-20T08:00:00.000Z', attempts: ids.map(attempt) } },
});

describe('copies set aside', () => {
  it('say what each holds and what restoring it would add, in a stable order', () => {
    const storage = new FakeStorage();
    storage.items.set(BEFORE_RESET_KEY, JSON.stringify(withAttempts('attempt-a-xxxx', 'attempt-b-xxxx')));
    storage.items.set(`${BACKUP_PREFIX}zz`, '{"version":2,"modules":{"c1/m1":{"visits":1,"attempts":[{"id":1}]');
    storage.items.set('cdl.class-reports', '{}'); // not the learner's record: not listed
    const record = withAttempts('attempt-a-xxxx');
    expect(
      setAsideCopies(storage, record).map(({ kind, attempts, unreadable, adds }) => ({
        kind,
        attempts,
        unreadable,
        adds,
      })),
    ).toEqual([
      { kind: 'before-reset', attempts: 2, unreadable: 0, adds: 1 },
      { kind: 'unparsed', attempts: 0, unreadable: 0, adds: 0 },
    ]);
  });

  it('restore what an erase took, merged into the record so nothing newer goes', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(() => storage);
    store.update(() => withAttempts('attempt-a-xxxx', 'attempt-b-xxxx'));
    storage.setItem(BEFORE_RESET_KEY, storage.getItem(STORAGE_KEY)!);
    store.update(() => withAttempts('attempt-c-xxxx')); // erased, then a new attempt
    const [copy] = setAsideCopies(storage, store.read());
    expect(copy?.adds).toBe(2);
    store.update((r) => mergeProgress(r, copy!.readable));
    const ids = store.read().modules['c1/m1']?.attempts.map((a) => a.id);
    expect(ids?.sort()).toEqual(['attempt-a-xxxx', 'attempt-b-xxxx', 'attempt-c-xxxx']);
    expect(setAsideCopies(storage, store.read())[0]?.adds).toBe(0);
  });

  it('count exercise attempts in what a copy holds and in what restoring it would add', () => {
    const storage = new FakeStorage();
    const tried = [exerciseAttempt(60), exerciseAttempt(90)];
    const copy: Progress = {
      ...withAttempts('attempt-a-xxxx'),
      modules: {
        'c1/m1': { ...withAttempts('attempt-a-xxxx').modules['c1/m1']!, exercises: { ex1: { attempts: tried } } },
      },
    };
    storage.items.set(BEFORE_RESET_KEY, JSON.stringify(copy));
    // A damaged copy: one exercise attempt cannot be read, and is counted as found but unreadable.
    const damaged = structuredClone(copy) as unknown as { modules: Record<string, { exercises: object }> };
    damaged.modules['c1/m1']!.exercises = { ex1: { attempts: [tried[0], { id: 7 }] } };
    storage.items.set(`${BACKUP_PREFIX}aa`, JSON.stringify(damaged));
    const copies = setAsideCopies(storage, withAttempts('attempt-a-xxxx'));
    expect(copies.map(({ kind, attempts, unreadable, adds }) => ({ kind, attempts, unreadable, adds }))).toEqual([
      { kind: 'damaged', attempts: 3, unreadable: 1, adds: 1 },
      { kind: 'before-reset', attempts: 3, unreadable: 0, adds: 2 },
    ]);
  });
});
