import type { ListableStorage } from '../../src/lib/progress/set-aside';

/** localStorage stand-in shared by "tabs": can be made full (quota) or broken (storage denied). */
export class FakeStorage implements ListableStorage {
  items = new Map<string, string>();
  full = false;
  /** When set, a write that would take the total of keys and values past this many characters fails. */
  quota?: number;
  broken = false;
  getItem(key: string) {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    if (this.full || (this.quota !== undefined && this.sizeWith(key, value) > this.quota))
      throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  private sizeWith(key: string, value: string) {
    let size = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) size += k.length + v.length;
    return size;
  }
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
}
