import type { SharedPath } from './path-schema';

/**
 * A path that names a Learning Record Store this copy of the site does not list (LRS_ENDPOINTS) is refused as a
 * bad link is: it was made for another copy, or changed to send a learner's results somewhere else.
 */
export const lrsAllowed = (path: SharedPath, allowed: readonly string[]): boolean =>
  !path.lrs || allowed.includes(path.lrs.endpoint);

/**
 * What a trainer pastes from the LRS's client page, as the path keeps it: the Basic-auth token itself, or
 * "key:secret", encoded here (UTF-8, then base64). Undefined for text that is neither.
 */
export function basicTokenFrom(text: string): string | undefined {
  const typed = text.trim();
  if (typed === '') return undefined;
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(typed) && !typed.includes(':')) return typed;
  if (!/^[^:\s]+:\S+$/.test(typed)) return undefined;
  const bytes = new TextEncoder().encode(typed);
  return btoa(String.fromCharCode(...bytes));
}
