import type { StorageLike } from '../../src/lib/progress/progress-store';

/** localStorage stand-in shared by "tabs": can be made full (quota) or broken (storage denied). */
export class FakeStorage implements StorageLike {
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
