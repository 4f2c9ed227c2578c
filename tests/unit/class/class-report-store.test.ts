import { describe, expect, it } from 'vitest';
import {
  CLASS_REPORTS_COPY_KEY,
  CLASS_REPORTS_KEY,
  createClassReportStore,
} from '../../../src/lib/class/class-report-store';
import { readSavedClass, writeSavedClass } from '../../../src/lib/class/saved-class';
import { makeReport } from '../report-fixture';
import { FakeStorage } from '../fake-storage';

const lan = makeReport({ id: 'learner-lan1', name: 'Nguyễn Thị Lan' });
const minh = makeReport({ id: 'learner-minh', name: 'Lê Minh' });
const text = (reports = [lan, minh]) => writeSavedClass(reports, Infinity).text;
const DAMAGED = '{"version":1,"reports":[{"format":'; // cut short

describe('class report store', () => {
  it('saves and gives back the text, and clears it', () => {
    const storage = new FakeStorage();
    const store = createClassReportStore(() => storage);
    expect(store.raw()).toBeNull();
    expect(store.save(text())).toBe('saved');
    expect(readSavedClass(createClassReportStore(() => storage).raw()!).reports).toHaveLength(2);
    store.clear();
    expect(storage.items.has(CLASS_REPORTS_KEY)).toBe(false);
  });

  it('a damaged saved class is copied aside once before anything can write over it', () => {
    const storage = new FakeStorage();
    storage.items.set(CLASS_REPORTS_KEY, DAMAGED);
    const store = createClassReportStore(() => storage);
    expect(store.setAside(store.raw()!)).toBe('copied');
    expect(store.setAside(DAMAGED)).toBe('copied'); // the same value again: still one copy
    expect(storage.items.get(CLASS_REPORTS_COPY_KEY)).toBe(DAMAGED);
    expect(store.save(text())).toBe('saved');
    expect(store.damaged()).toBe(DAMAGED); // the copy outlives the new save
    store.clearDamaged();
    expect(storage.items.has(CLASS_REPORTS_COPY_KEY)).toBe(false);
    expect(store.damaged()).toBeNull();
    expect(readSavedClass(storage.items.get(CLASS_REPORTS_KEY)!).reports).toHaveLength(2);
  });

  it('when no copy can be made the damaged original is left as it was, saving waits, and clearing it is the trainer’s call', () => {
    const storage = new FakeStorage();
    storage.items.set(CLASS_REPORTS_KEY, DAMAGED);
    storage.full = true;
    const store = createClassReportStore(() => storage);
    expect(store.setAside(DAMAGED)).toBe('not-copied');
    storage.full = false; // room again, yet the damaged original is still not overwritten unseen
    expect(store.save(text())).toBe('damaged-kept');
    store.clear();
    expect(storage.items.get(CLASS_REPORTS_KEY)).toBe(DAMAGED);
    expect(store.damaged()).toBe(DAMAGED);
    store.clearDamaged();
    expect(storage.items.has(CLASS_REPORTS_KEY)).toBe(false);
    expect(store.save(text())).toBe('saved');
  });

  it('an older damaged copy is not replaced by a newer damaged class', () => {
    const storage = new FakeStorage();
    storage.items.set(CLASS_REPORTS_COPY_KEY, 'older damage');
    storage.items.set(CLASS_REPORTS_KEY, DAMAGED);
    const store = createClassReportStore(() => storage);
    expect(store.setAside(DAMAGED)).toBe('not-copied');
    expect(storage.items.get(CLASS_REPORTS_COPY_KEY)).toBe('older damage');
    expect(store.save(text())).toBe('damaged-kept');
    expect(storage.items.get(CLASS_REPORTS_KEY)).toBe(DAMAGED);
  });

  it('a full storage leaves the previous save untouched and says so', () => {
    const storage = new FakeStorage();
    const store = createClassReportStore(() => storage);
    store.save(text([lan]));
    const before = storage.getItem(CLASS_REPORTS_KEY);
    storage.full = true;
    expect(store.save(text())).toBe('storage-full');
    expect(storage.getItem(CLASS_REPORTS_KEY)).toBe(before);
  });

  it('disabled storage: nothing saved, nothing thrown', () => {
    const store = createClassReportStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.save(text())).toBe('storage-unavailable');
    expect(store.raw()).toBeNull();
    expect(store.setAside(DAMAGED)).toBe('not-copied');
    expect(() => store.clear()).not.toThrow();
    expect(() => store.clearDamaged()).not.toThrow();
    const broken = new FakeStorage();
    broken.broken = true;
    expect(createClassReportStore(() => broken).save(text())).toBe('storage-unavailable');
    expect(createClassReportStore(() => broken).raw()).toBeNull();
  });
});
