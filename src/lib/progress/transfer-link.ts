// Default import: lz-string is CommonJS, and Node's ESM loader (Playwright tests) only sees its default export.
import LZString from 'lz-string';
import { undoPercentEncoding } from '../course-paths/percent-encoding';
import { quizHash } from '../quiz/quiz-session';
import { PROGRESS_VERSION, type Progress } from './progress-schema';
import { salvage } from './salvage';

/**
 * The learner's record in a link, to move it to another browser or device (out of Zalo's browser into Chrome):
 * "#progress=v<version>.<checksum>.<data>", the record's JSON compressed with lz-string into URL-safe characters,
 * in the fragment, so it never reaches a server log, as path links do (path-codec.ts). The checksum makes a link
 * cut short in copying fail instead of bringing part of a record. Unfinished quizzes stay behind: they resume
 * only where they were started. On arrival the record is read by salvage(), as stored text is, and merged.
 */
export const TRANSFER_KEY = 'progress';
/** As for path links: longer links get cut by chat apps; the backup file has no such limit. */
export const MAX_TRANSFER_LENGTH = 8000;

export type Encoded = { ok: true; fragment: string } | { ok: false; reason: 'too-large'; length: number };

export function encodeTransfer(record: Progress): Encoded {
  const json = JSON.stringify({ ...record, inProgress: {} });
  const fragment = `${TRANSFER_KEY}=v${PROGRESS_VERSION}.${quizHash(json)}.${LZString.compressToEncodedURIComponent(json)}`;
  return fragment.length > MAX_TRANSFER_LENGTH
    ? { ok: false, reason: 'too-large', length: fragment.length }
    : { ok: true, fragment };
}

/** Whether a fragment is meant as a record to move (then decodeTransfer says whether it is a good one). */
export const isTransfer = (hash: string) => undoPercentEncoding(hash).replace(/^#/, '').startsWith(`${TRANSFER_KEY}=`);

export type DecodedTransfer =
  | { ok: true; record: Progress; partial: boolean }
  | { ok: false; reason: 'damaged' | 'newer-version' | 'nothing-usable' };

export function decodeTransfer(hash: string): DecodedTransfer {
  if (hash.length > 3 * MAX_TRANSFER_LENGTH) return { ok: false, reason: 'damaged' };
  const code = undoPercentEncoding(hash)
    .replace(new RegExp(`^#?${TRANSFER_KEY}=`), '')
    .trim();
  const match = /^v(\d+)\.([0-9a-z]+)\.([A-Za-z0-9+\-$]+)$/.exec(code);
  if (!match) return { ok: false, reason: 'damaged' };
  const [, version, sum, data] = match;
  if (Number(version) > PROGRESS_VERSION) return { ok: false, reason: 'newer-version' };
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(data!);
  } catch {
    json = null;
  }
  if (!json || quizHash(json) !== sum) return { ok: false, reason: 'damaged' };
  const { record, rejected, newer } = salvage(json);
  if (newer) return { ok: false, reason: 'newer-version' };
  const holds = Object.keys(record.modules).length + Object.keys(record.paths).length > 0 || record.learner;
  if (!holds) return { ok: false, reason: 'nothing-usable' };
  return { ok: true, record: { ...record, inProgress: {} }, partial: rejected !== undefined };
}
