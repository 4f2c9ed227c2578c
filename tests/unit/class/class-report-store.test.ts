import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASS_REPORTS_KEY, createClassReportStore } from '../../../src/lib/class/class-report-store';
import type { StorageLike } from '../../../src/lib/progress/progress-store';
import type { Report } from '../../../src/lib/reports/report-schema';
import { attempt, makeReport, mod, M1 } from '../report-fixture';

/** localStorage stand-in; can be made full, or broken on every call. */
class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  full = false;
  broken = false;
  getItem(key: string) {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** What the store keeps of a report: everything the class view reads (xAPI statements stay in the files). */
const kept = (r: Report): Report => ({ ...r, statements: [] });
const lan = makeReport({ id: 'learner-lan1', name: 'Nguyễn Thị Lan', modules: [mod(M1, [attempt(90, { missed: ['q1'] })])] });
const minh = makeReport({ id: 'learner-minh', name: 'Lê Minh' });

describe('class report store', () => {
  it('round-trips the loaded reports', () => {
    const storage = new FakeStorage();
    expect(createClassReportStore(() => storage).load()).toEqual({ reports: [], dropped: 0 });
    expect(createClassReportStore(() => storage).save([lan, minh])).toBe('saved');
    expect(JSON.parse(storage.getItem(CLASS_REPORTS_KEY)!)).toMatchObject({ version: 1 });
    expect(createClassReportStore(() => storage).load()).toEqual({ reports: [kept(lan), kept(minh)], dropped: 0 });
  });

  it('reads corrupt or foreign storage as empty, without throwing', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('{"version":1,"reports":'), fc.constant('{"version":2,"reports":[]}')), (raw) => {
      const storage = new FakeStorage();
      storage.items.set(CLASS_REPORTS_KEY, raw);
      expect(createClassReportStore(() => storage).load()).toEqual({ reports: [], dropped: 0 });
    }));
  });

  it('drops and counts a saved report that no longer validates, keeping the others', () => {
    const storage = new FakeStorage();
    const tampered = { ...lan, path: { ...lan.path, due: '2030-01-01' } }; // pathId no longer matches
    storage.items.set(CLASS_REPORTS_KEY, JSON.stringify({ version: 1, reports: [lan, { nonsense: true }, minh, tampered, null] }));
    expect(createClassReportStore(() => storage).load()).toEqual({ reports: [lan, minh], dropped: 3 });
  });

  it('a full storage leaves the previous save untouched and says so', () => {
    const storage = new FakeStorage();
    const store = createClassReportStore(() => storage);
    store.save([lan]);
    const before = storage.getItem(CLASS_REPORTS_KEY);
    storage.full = true;
    expect(store.save([lan, minh])).toBe('storage-full');
    expect(storage.getItem(CLASS_REPORTS_KEY)).toBe(before);
    expect(store.load()).toEqual({ reports: [kept(lan)], dropped: 0 });
  });

  it('disabled storage: nothing saved, nothing thrown', () => {
    const store = createClassReportStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.save([lan])).toBe('storage-unavailable');
    expect(store.load()).toEqual({ reports: [], dropped: 0 });
    expect(() => store.clear()).not.toThrow();
    const broken = new FakeStorage();
    broken.broken = true;
    expect(createClassReportStore(() => broken).save([lan])).toBe('storage-unavailable');
    expect(createClassReportStore(() => broken).load()).toEqual({ reports: [], dropped: 0 });
  });

  it('clears what it saved', () => {
    const storage = new FakeStorage();
    const store = createClassReportStore(() => storage);
    store.save([lan]);
    store.clear();
    expect(storage.items.has(CLASS_REPORTS_KEY)).toBe(false);
    expect(store.load()).toEqual({ reports: [], dropped: 0 });
  });
});
