import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateProgress } from '../../../src/lib/progress/progress-migrations';
import { PROGRESS_VERSION } from '../../../src/lib/progress/progress-schema';
import { createProgressStore, STORAGE_KEY } from '../../../src/lib/progress/progress-store';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const samples = readdirSync(FIXTURES).filter((f) => /^progress-v\d+\.json$/.test(f));

describe('records written by every released version still load', () => {
  it('has a sample of the current version', () => {
    expect(samples).toContain(`progress-v${PROGRESS_VERSION}.json`);
  });

  for (const file of samples) {
    it(`${file} loads with nothing set aside and every attempt kept`, () => {
      const raw = readFileSync(join(FIXTURES, file), 'utf8');
      const items = new Map([[STORAGE_KEY, raw]]);
      const store = createProgressStore(() => ({
        getItem: (k) => items.get(k) ?? null,
        setItem: (k, v) => void items.set(k, v),
      }));
      expect(store.notices()).toEqual([]);
      const record = store.read();
      expect(record.version).toBe(PROGRESS_VERSION);
      const attemptsBefore = Object.values(JSON.parse(raw).modules as Record<string, { attempts: unknown[] }>).flatMap(
        (m) => m.attempts,
      ).length;
      expect(Object.values(record.modules).flatMap((m) => m.attempts)).toHaveLength(attemptsBefore);
      const exercisesBefore = Object.values(
        JSON.parse(raw).modules as Record<string, { exercises?: Record<string, { attempts: unknown[] }> }>,
      ).flatMap((m) => Object.values(m.exercises ?? {}).flatMap((e) => e.attempts)).length;
      const exercisesAfter = Object.values(record.modules).flatMap((m) =>
        Object.values(m.exercises ?? {}).flatMap((e) => e.attempts),
      );
      expect(exercisesAfter).toHaveLength(exercisesBefore);
    });
  }

  it('the current sample holds exercise attempts, so the test above proves they load', () => {
    const current = readFileSync(join(FIXTURES, `progress-v${PROGRESS_VERSION}.json`), 'utf8');
    expect(current).toContain('"exercises"');
  });

  it('the v4 sample keeps its reviews and placement checks whole', () => {
    const raw = readFileSync(join(FIXTURES, 'progress-v4.json'), 'utf8');
    const items = new Map([[STORAGE_KEY, raw]]);
    const record = createProgressStore(() => ({
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
    })).read();
    const stored = JSON.parse(raw);
    expect(record.placements).toEqual(stored.placements);
    const reviews = (r: { modules: Record<string, { reviews?: unknown[] }> }) =>
      Object.values(r.modules).flatMap((m) => m.reviews ?? []);
    expect(reviews(record)).toEqual(reviews(stored));
    expect(reviews(record).length).toBeGreaterThan(0);
  });

  it('a v3 record gains nothing but its new version number', () => {
    const v3 = JSON.parse(readFileSync(join(FIXTURES, 'progress-v3.json'), 'utf8'));
    expect(migrateProgress(v3)).toEqual({ ...v3, version: 4 });
  });

  it('leaves an unknown old version for validation to set aside rather than guessing', () => {
    expect(migrateProgress({ version: 0, stuff: 1 })).toEqual({ version: 0, stuff: 1 });
    expect(migrateProgress('text')).toBe('text');
  });
});
