/**
 * Whether a JSON text nests deeper than `limit` arrays and objects, found by one pass over the characters
 * without parsing. Checked before JSON.parse because its reviver recurses once per level: a report nested 10,000
 * deep overflowed the stack, and the RangeError read as "not a JSON file". The stack a browser gives is not
 * ours to know (a worker's is smaller), so the limit is a number we set, far above any real report.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: the next character is escaped, even a quote
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}
