/**
 * The storage key a damaged record is copied aside under: named by the damaged text itself (FNV-1a and its
 * length), so reading the same damaged record on every visit keeps one copy instead of one per visit, while two
 * different damaged values still get a copy each.
 */
export function backupKey(prefix: string, damaged: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < damaged.length; i++) {
    hash ^= damaged.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}${hash.toString(36)}-${damaged.length.toString(36)}`;
}
