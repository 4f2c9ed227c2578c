import type { Certificate } from '../progress/progress-schema';

/**
 * A certificate's code: "XXXX-XXXX", a hash of everything the certificate says, so that a verify link whose
 * content was edited no longer matches the code printed on the paper. It is self-issued, not secret: anyone can
 * compute it, so it proves consistency (the content is what was issued with this code), not authority. 40 bits
 * of cyrb53 make an accidental match between two different certificates about one in a trillion.
 */
export type CertificateContent = Omit<Certificate, 'code'>;

/** Crockford's base32: digits and capitals without I, L, O and U, which are read or typed as other characters. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * The content in one fixed order, as an array (key order of an object is not a thing to trust across writers);
 * a module without a quiz has null for its best score, so "no score" and "0%" hash differently.
 */
export function canonicalContent(c: CertificateContent): string {
  return JSON.stringify([
    1,
    c.issuedAt,
    c.lang,
    c.learner.id,
    c.learner.name,
    c.pathId,
    c.pathTitle,
    c.modules.map((m) => [m.module, m.title, m.best ?? null, m.completedAt, m.minutes]),
  ]);
}

export function certificateCode(content: CertificateContent): string {
  const hash = cyrb53(canonicalContent(content));
  let text = '';
  let rest = hash % 2 ** 40; // 40 bits: eight characters of five
  for (let i = 0; i < 8; i++) {
    text = CODE_ALPHABET[rest % 32]! + text;
    rest = Math.floor(rest / 32);
  }
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}

/** Whether a certificate's code is the hash of what it says. */
export const codeMatches = (certificate: Certificate): boolean => {
  const { code, ...content } = certificate;
  return certificateCode(content) === code;
};

/**
 * A code as a person types it: lower case, spaces, no dash or a different one, O for 0 and I or L for 1, as
 * Crockford's decoding allows. Undefined for anything that cannot be a code.
 */
export function normalizeCode(input: string): string | undefined {
  const plain = input
    .toUpperCase()
    .replace(/[\s\-‐-―]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (plain.length !== 8) return undefined;
  const code = `${plain.slice(0, 4)}-${plain.slice(4)}`;
  return CODE_PATTERN.test(code) ? code : undefined;
}

/** cyrb53 (bryc, public domain): a fast, well-mixed 53-bit string hash. */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
