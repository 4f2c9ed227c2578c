import { describe, expect, it } from 'vitest';
import { certificateCode } from '../../../src/lib/certificate/certificate-code';
import { encodeCertificate } from '../../../src/lib/certificate/certificate-link';
import { checkCertificate } from '../../../src/lib/class/certificate-check';
import type { Report } from '../../../src/lib/reports/report-schema';
import { certify, finishedRecord, M1, reportOf } from '../certificate/certified-learner';

const lan = certify(finishedRecord());
const lanReport = reportOf(lan.record);
const binh = certify(finishedRecord({ id: 'learner-0002-binh', name: 'Trần Văn Bình' }));
const binhReport = reportOf(binh.record);
const link = (c = lan.certificate) => `https://hoc.example.gov.vn/vi/verify/#c=${encodeCertificate(c)}`;

describe('checking a certificate against the imported reports', () => {
  it('match: the code, typed any way, or the verify link, held by its learner’s report and backed by its attempts', () => {
    for (const input of [lan.certificate.code, lan.certificate.code.toLowerCase().replace('-', ' '), link()]) {
      expect(checkCertificate(input, [binhReport, lanReport])).toMatchObject({
        kind: 'match',
        certificate: lan.certificate,
        reportName: 'Nguyễn Thị Lan',
      });
    }
  });

  it('unknown: no imported report holds it (another learner’s code with only this report, or none at all)', () => {
    expect(checkCertificate(binh.certificate.code, [lanReport])).toEqual({
      kind: 'unknown',
      code: binh.certificate.code,
      linkConsistent: false,
    });
    expect(checkCertificate(link(), [])).toMatchObject({ kind: 'unknown', linkConsistent: true });
  });

  it('mismatch: a link whose content was changed after issue, even to what the report would back', () => {
    const raised = { ...lan.certificate, modules: lan.certificate.modules.map((m) => ({ ...m, best: 100 })) };
    expect(checkCertificate(link(raised), [lanReport])).toEqual({
      kind: 'mismatch',
      reason: 'link-altered',
      code: lan.certificate.code,
    });
    const renamed = { ...lan.certificate, learner: { ...lan.certificate.learner, name: 'Trần Văn Bình' } };
    expect(checkCertificate(link(renamed), [lanReport, binhReport])).toMatchObject({ reason: 'link-altered' });
    expect(checkCertificate(link().slice(0, -12), [lanReport])).toMatchObject({ kind: 'mismatch' });
  });

  it('mismatch: a report whose attempts do not back what the certificate claims', () => {
    const weaker: Report = {
      ...lanReport,
      modules: lanReport.modules.map((m) =>
        m.module === M1 ? { ...m, attempts: m.attempts.map((a) => ({ ...a, percent: 70 })) } : m,
      ),
    };
    expect(checkCertificate(lan.certificate.code, [weaker])).toMatchObject({
      kind: 'mismatch',
      reason: 'not-backed',
      modules: [M1],
    });
    const unfinished: Report = {
      ...lanReport,
      modules: lanReport.modules.map((m) => (m.module === M1 ? { ...m, status: 'in-progress' } : m)),
    };
    expect(checkCertificate(lan.certificate.code, [unfinished])).toMatchObject({ reason: 'not-backed' });
  });

  it('mismatch: a certificate copied into another learner’s report, or edited inside the report', () => {
    const copied: Report = { ...binhReport, certificates: [lan.certificate] };
    expect(checkCertificate(lan.certificate.code, [copied])).toMatchObject({
      kind: 'mismatch',
      reason: 'other-learner',
    });
    const edited = { ...lan.certificate, modules: lan.certificate.modules.map((m) => ({ ...m, best: 100 })) };
    expect(checkCertificate(lan.certificate.code, [{ ...lanReport, certificates: [edited] }])).toMatchObject({
      kind: 'mismatch',
      reason: 'report-altered',
    });
    // Re-coded to hide the edit: then the code printed on the paper no longer finds it at all.
    const recoded = { ...edited, code: certificateCode(edited) };
    expect(checkCertificate(lan.certificate.code, [{ ...lanReport, certificates: [recoded] }]).kind).toBe('unknown');
  });

  it('says when what was typed is no code and no link', () => {
    for (const input of ['', 'hello', '1234', 'https://hoc.example.gov.vn/vi/verify/', '#c=']) {
      expect(checkCertificate(input, [lanReport])).toEqual({ kind: 'not-a-code' });
    }
  });
});
