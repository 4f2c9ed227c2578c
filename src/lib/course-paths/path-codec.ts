// Default import: lz-string is CommonJS, and Node's ESM loader (Playwright tests) only sees its default export.
import LZString from 'lz-string';
import * as v from 'valibot';
import { PATH_VERSION, sharedPathSchema, type SharedPath } from './path-schema';
import { quizHash } from '../quiz/quiz-session';
import { undoPercentEncoding } from './percent-encoding';

/**
 * A path travels in a link's fragment (#p=…), so it never reaches a server log: "v<version>.<checksum>.<data>",
 * the data being the path's JSON compressed with lz-string into URL-safe characters. The checksum makes a link
 * damaged in copying fail instead of opening as some other path.
 */
export const MAX_LINK_LENGTH = 8000;

export type DecodeFailure = 'empty' | 'too-long' | 'not-a-path' | 'newer-version' | 'damaged' | 'invalid';
export type Decoded = { ok: true; path: SharedPath } | { ok: false; reason: DecodeFailure };

const checksum = (text: string) => quizHash(text);

export function encodePath(path: SharedPath): string {
  const json = JSON.stringify(v.parse(sharedPathSchema, path));
  return `v${PATH_VERSION}.${checksum(json)}.${LZString.compressToEncodedURIComponent(json)}`;
}

/** A short id for a path: the same path (same title, note, modules…) always gets the same one. */
export const pathId = (path: SharedPath): string => checksum(JSON.stringify(v.parse(sharedPathSchema, path)));

export function decodePath(fragment: string): Decoded {
  // An encoded character takes three: the length limit holds for the link as it arrived, before decoding.
  if (fragment.length > 3 * MAX_LINK_LENGTH) return { ok: false, reason: 'too-long' };
  const code = undoPercentEncoding(fragment)
    .replace(/^#?(p=)?/, '')
    .trim();
  if (code === '') return { ok: false, reason: 'empty' };
  if (code.length > MAX_LINK_LENGTH) return { ok: false, reason: 'too-long' };
  const match = /^v(\d+)\.([0-9a-z]+)\.([A-Za-z0-9+\-$]+)$/.exec(code);
  // Our link's beginning with something else after it was damaged on the way (a broken %, a character changed).
  if (!match) return { ok: false, reason: /^v\d+\.[0-9a-z]+\./.test(code) ? 'damaged' : 'not-a-path' };
  const [, version, sum, data] = match;
  if (Number(version) > PATH_VERSION) return { ok: false, reason: 'newer-version' };
  if (Number(version) < 1) return { ok: false, reason: 'not-a-path' };
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(data!);
  } catch {
    json = null;
  }
  if (!json || checksum(json) !== sum) return { ok: false, reason: 'damaged' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const parsed = v.safeParse(sharedPathSchema, value);
  return parsed.success ? { ok: true, path: parsed.output } : { ok: false, reason: 'invalid' };
}

/** Modules a path names that this site does not have (an old link, or one made for a newer curriculum). */
export function unknownModules(path: SharedPath, known: Iterable<string>): string[] {
  const have = new Set(known);
  return path.modules.filter((key) => !have.has(key));
}
