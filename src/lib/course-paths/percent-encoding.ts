/**
 * Mail and chat apps often percent-encode a link's fragment ("p%3Dv1.…%2B…%24"), wholly or in part, and some do it
 * twice. No character of a code is ever written as "%", so undoing every %XX (a few times over) can only give the
 * code back. A sequence that does not decode (cut short: "%2", or bytes that are no UTF-8) is left as it is, so the
 * code fails its shape below and the link is called damaged rather than throwing.
 */
const PERCENT_ROUNDS = 3;

export function undoPercentEncoding(text: string): string {
  let out = text;
  for (let round = 0; round < PERCENT_ROUNDS && out.includes('%'); round++) {
    let next: string;
    try {
      next = decodeURIComponent(out);
    } catch {
      // One malformed sequence makes decodeURIComponent refuse the lot: decode the ASCII ones (all a code uses) alone.
      next = out.replace(/%([0-7][0-9A-Fa-f])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
    if (next === out) break;
    out = next;
  }
  return out;
}
