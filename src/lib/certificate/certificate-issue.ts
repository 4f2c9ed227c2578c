import type { Lang } from '../../i18n/languages';
import { isActive, pathStanding, type ExercisesOf } from '../course-paths/path-standing';
import { reachesMark } from '../quiz/pass-mark';
import { bestPercent } from '../quiz/quiz-session';
import type { Certificate, Progress } from '../progress/progress-schema';
import { canonicalContent, certificateCode, type CertificateContent } from './certificate-code';

/**
 * Issuing a certificate for an assigned path: what it may claim (only a path done by its own rule, with every
 * module known to the site and the learner's name given), and the record with the certificate frozen in it.
 * Pure, so store.update() can run it on whatever record another tab wrote in the meantime.
 */

/** What the page knows of a module in the learner's language (PathModule carries these). */
export interface CertificateModuleFacts {
  key: string;
  title: string;
  minutes: number;
  exercises?: ReadonlyArray<{ id: string; counts: boolean }>;
}

export type Claims = Omit<CertificateContent, 'issuedAt'>;
export type ClaimsRefusal = 'unknown-path' | 'unknown-module' | 'incomplete' | 'no-name';
export type ClaimsResult = { ok: true; claims: Claims } | { ok: false; reason: ClaimsRefusal; done?: number };

export function certificateClaims(
  record: Progress,
  pathId: string,
  catalog: ReadonlyMap<string, CertificateModuleFacts>,
  lang: Lang,
): ClaimsResult {
  const entry = Object.hasOwn(record.paths, pathId) ? record.paths[pathId] : undefined;
  if (!entry || !isActive(entry)) return { ok: false, reason: 'unknown-path' };
  const { path } = entry;
  if (path.modules.some((key) => !catalog.has(key))) return { ok: false, reason: 'unknown-module' };
  const exercisesOf: ExercisesOf = (key) => catalog.get(key)?.exercises;
  const standing = pathStanding(record, path, new Set(catalog.keys()), exercisesOf);
  if (standing.done < path.modules.length) return { ok: false, reason: 'incomplete', done: standing.done };
  const name = record.learner?.name.trim() ?? '';
  if (!record.learner || name === '') return { ok: false, reason: 'no-name' };
  return {
    ok: true,
    claims: {
      lang,
      learner: { id: record.learner.id, name },
      pathId,
      pathTitle: path.title,
      modules: path.modules.map((key) => {
        const facts = catalog.get(key)!;
        const best = bestPercent(record.modules[key]);
        return {
          module: key,
          title: facts.title,
          ...(best !== undefined ? { best } : {}),
          completedAt: doneSince(record, key, path.passMark),
          minutes: facts.minutes,
        };
      }),
    },
  };
}

/**
 * When a module became done for the path: its completion, or, when the path asks a higher mark, the first
 * attempt that reached it if that came later. As toISOString() writes it, so the link carries it exactly.
 */
function doneSince(record: Progress, key: string, passMark: number | undefined): string {
  const progress = record.modules[key]!;
  const times = [Date.parse(progress.completedAt!)];
  if (passMark !== undefined) {
    const reached = progress.attempts
      .filter((a) => reachesMark(a.percent, passMark))
      .map((a) => Date.parse(a.at))
      .filter((t) => !Number.isNaN(t));
    if (reached.length > 0) times.push(Math.min(...reached));
  }
  return new Date(Math.max(...times)).toISOString();
}

const claimsOf = ({ code: _code, issuedAt: _at, ...claims }: Certificate): Claims => claims;
const sameClaims = (a: Claims, b: Claims) =>
  canonicalContent({ ...a, issuedAt: '' }) === canonicalContent({ ...b, issuedAt: '' });

/** The certificate already issued for exactly these claims, if any (the newest, should there be two). */
export function issuedFor(record: Progress, claims: Claims): Certificate | undefined {
  return Object.values(record.certificates ?? {})
    .filter((c) => sameClaims(claimsOf(c), claims))
    .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))[0];
}

/**
 * The record holding a certificate for these claims: the same one when it was issued before (re-opening the page
 * issues nothing), else a new one dated now. Older certificates of the path stay: they still verify.
 */
export function issueCertificate(
  record: Progress,
  claims: Claims,
  now: Date,
): { record: Progress; certificate: Certificate } {
  const existing = issuedFor(record, claims);
  if (existing) return { record, certificate: existing };
  const content: CertificateContent = { ...claims, issuedAt: now.toISOString() };
  const certificate: Certificate = { code: certificateCode(content), ...content };
  return {
    record: { ...record, certificates: { ...record.certificates, [certificate.code]: certificate } },
    certificate,
  };
}

/** The path's certificates in the record, newest first. */
export const certificatesOfPath = (record: Progress, pathId: string): Certificate[] =>
  Object.values(record.certificates ?? {})
    .filter((c) => c.pathId === pathId)
    .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
