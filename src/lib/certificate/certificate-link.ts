// Default import: lz-string is CommonJS, and Node's ESM loader (Playwright tests) only sees its default export.
import LZString from 'lz-string';
import * as v from 'valibot';
import { undoPercentEncoding } from '../course-paths/percent-encoding';
import { certificateSchema, type Certificate } from '../progress/progress-schema';

/**
 * The verify link carries the whole certificate in its fragment (#c=…), which browsers never send to a server:
 * "c1.<data>", the data being a compact array of the certificate (dates as base-36 milliseconds, no field
 * names) compressed with lz-string into URL-safe characters. No checksum here: the certificate's own code is
 * what the verify page checks, so an edited link is told apart from a damaged one by that code, not by this.
 * The longest role path (9 modules) with a long name gives a link of about 1,080 characters, QR version 27.
 */
export const CERTIFICATE_LINK_VERSION = 1;
export const MAX_CERTIFICATE_LINK = 4000;

export type CertificateDecodeFailure = 'empty' | 'too-long' | 'newer-version' | 'damaged' | 'invalid';
export type DecodedCertificate =
  { ok: true; certificate: Certificate } | { ok: false; reason: CertificateDecodeFailure };

const time = (iso: string) => Date.parse(iso).toString(36);
const iso = (value: unknown) => {
  if (typeof value !== 'string' || !/^[0-9a-z]{1,12}$/.test(value)) return undefined;
  const date = new Date(parseInt(value, 36));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

export function encodeCertificate(c: Certificate): string {
  const compact = [
    c.code,
    time(c.issuedAt),
    c.lang,
    c.learner.id,
    c.learner.name,
    c.pathId,
    c.pathTitle,
    c.modules.map((m) => [m.module, m.title, m.best ?? null, time(m.completedAt), m.minutes]),
  ];
  return `c${CERTIFICATE_LINK_VERSION}.${LZString.compressToEncodedURIComponent(JSON.stringify(compact))}`;
}

export function decodeCertificate(fragment: string): DecodedCertificate {
  if (fragment.length > 3 * MAX_CERTIFICATE_LINK) return { ok: false, reason: 'too-long' };
  const text = undoPercentEncoding(fragment)
    .replace(/^#?(c=)?/, '')
    .trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_CERTIFICATE_LINK) return { ok: false, reason: 'too-long' };
  const match = /^c(\d+)\.([A-Za-z0-9+\-$]+)$/.exec(text);
  if (!match) return { ok: false, reason: 'damaged' };
  if (Number(match[1]) > CERTIFICATE_LINK_VERSION) return { ok: false, reason: 'newer-version' };
  let compact: unknown;
  try {
    compact = JSON.parse(LZString.decompressFromEncodedURIComponent(match[2]!) || 'null');
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (!Array.isArray(compact) || compact.length !== 8 || !Array.isArray(compact[7]))
    return { ok: false, reason: 'damaged' };
  const [code, issuedAt, lang, id, name, pathId, pathTitle, modules] = compact as unknown[];
  const parsed = v.safeParse(certificateSchema, {
    code,
    issuedAt: iso(issuedAt),
    lang,
    learner: { id, name },
    pathId,
    pathTitle,
    modules: (modules as unknown[]).map((m) => {
      const [module, title, best, completedAt, minutes] = Array.isArray(m) ? m : [];
      return { module, title, ...(best === null ? {} : { best }), completedAt: iso(completedAt), minutes };
    }),
  });
  return parsed.success ? { ok: true, certificate: parsed.output } : { ok: false, reason: 'invalid' };
}
