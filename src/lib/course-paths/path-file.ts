import * as v from 'valibot';
import { asciiSlug } from '../fold';
import { PATH_VERSION, sharedPathSchema, type SharedPath } from './path-schema';

/**
 * The path as a file, for learners who cannot follow a link (a QR code on paper, a link mangled by a chat app).
 * It carries the path itself plus the link, so a person opening it in a text editor can still find the link.
 */
export const PATH_FILE_FORMAT = 'civic-data-literacy/path';
export const MAX_PATH_FILE_BYTES = 100_000;

export function pathFile(path: SharedPath, link: string): string {
  return JSON.stringify({ format: PATH_FILE_FORMAT, version: PATH_VERSION, link, path }, null, 2);
}

export type PathFileResult =
  | { ok: true; path: SharedPath }
  | { ok: false; reason: 'not-json' | 'not-a-path-file' | 'newer-version' | 'invalid' | 'too-long' };

export function readPathFile(text: string): PathFileResult {
  if (text.length > MAX_PATH_FILE_BYTES) return { ok: false, reason: 'too-long' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== PATH_FILE_FORMAT) {
    return { ok: false, reason: 'not-a-path-file' };
  }
  const { version, path } = value as { version?: unknown; path?: unknown };
  if (typeof version === 'number' && version > PATH_VERSION) return { ok: false, reason: 'newer-version' };
  const parsed = v.safeParse(sharedPathSchema, path);
  return parsed.success ? { ok: true, path: parsed.output } : { ok: false, reason: 'invalid' };
}

/** "lo-trinh-du-lieu-cho-moi-cong-chuc.json": readable, and safe on every file system. */
export function pathFileName(path: SharedPath): string {
  return `${asciiSlug(path.title, 50) || 'path'}.cdl-path.json`;
}
