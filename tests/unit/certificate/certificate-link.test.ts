import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { codeMatches } from '../../../src/lib/certificate/certificate-code';
import { decodeCertificate, encodeCertificate } from '../../../src/lib/certificate/certificate-link';
import { qrModules } from '../../../src/islands/shared/qr-svg';
import { contentArb, issued, longestRoleCertificate } from './certificate-fixture';

describe('verify links', () => {
  it('carry the whole certificate and bring it back exactly, its code still matching', () => {
    fc.assert(
      fc.property(contentArb, (content) => {
        const certificate = issued(content);
        const decoded = decodeCertificate(`#c=${encodeCertificate(certificate)}`);
        expect(decoded).toEqual({ ok: true, certificate });
        if (decoded.ok) expect(codeMatches(decoded.certificate)).toBe(true);
      }),
    );
  });

  it('open as sent after a chat app percent-encoded the fragment', () => {
    const certificate = longestRoleCertificate();
    const code = encodeCertificate(certificate);
    expect(decodeCertificate(encodeURIComponent(`c=${code}`))).toEqual({ ok: true, certificate });
  });

  it('an edited link decodes, but its code no longer matches what it says', () => {
    const certificate = longestRoleCertificate();
    const edited = { ...certificate, modules: certificate.modules.map((m) => ({ ...m, best: 100 })) };
    const decoded = decodeCertificate(encodeCertificate(edited));
    expect(decoded.ok && codeMatches(decoded.certificate)).toBe(false);
  });

  it('says why a link cannot be read: empty, cut, newer, or not a certificate', () => {
    const code = encodeCertificate(longestRoleCertificate());
    expect(decodeCertificate('')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeCertificate('#c=')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeCertificate(code.slice(0, code.length / 2))).toMatchObject({ ok: false });
    expect(decodeCertificate(code.replace(/^c1/, 'c9'))).toEqual({ ok: false, reason: 'newer-version' });
    expect(decodeCertificate('c1.%%%')).toEqual({ ok: false, reason: 'damaged' });
    const notOurs = `c1.${LZString.compressToEncodedURIComponent(JSON.stringify({ hello: 1 }))}`;
    expect(decodeCertificate(notOurs)).toEqual({ ok: false, reason: 'damaged' });
    const badDate = `c1.${LZString.compressToEncodedURIComponent(JSON.stringify(['AAAA-AAAA', 'zz!', 'vi', 'learner-1', 'Lan', 'p', 'T', []]))}`;
    expect(decodeCertificate(badDate)).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeCertificate('x'.repeat(20_000))).toEqual({ ok: false, reason: 'too-long' });
  });

  // Measured: about 1,080 characters and QR version 27 (125 modules a side) for the longest role path with a long
  // name and path title; printed 50 mm wide that is 0.4 mm a module, which phone cameras read. Compression hardly
  // helps (Vietnamese titles and module keys repeat little), and the link must carry the whole certificate.
  it('keep the longest role path within a QR code a phone reads off paper (version 27 or lower)', () => {
    const link = `https://portal.example.gov.vn/hoc-du-lieu/vi/verify/#c=${encodeCertificate(longestRoleCertificate())}`;
    const qr = qrModules(link)!;
    const version = (qr.count - 17) / 4;
    console.log(`verify link for the longest role path: ${link.length} characters, QR version ${version}`);
    expect(link.length).toBeLessThan(1150);
    expect(version).toBeLessThanOrEqual(27);
  });
});
