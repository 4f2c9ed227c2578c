import { canonicalContent, codeMatches, normalizeCode } from '../certificate/certificate-code';
import { decodeCertificate } from '../certificate/certificate-link';
import { stateForPath } from '../course-paths/path-progress';
import { bestScore } from '../quiz/best-score';
import type { Report, ReportCertificate } from '../reports/report-schema';

/**
 * The class report's "Check a certificate": a code as printed, or a verify link pasted whole, against the reports
 * the trainer imported. A certificate is self-issued, so the check is not whether it exists but whether a learner's
 * own report backs it: that report holds it, for that learner and path, and its attempts show each module done by
 * the path's rule with a best score at least what the certificate says. Pure and language-free.
 */
export type CertificateCheck =
  | { kind: 'not-a-code' }
  | { kind: 'match'; certificate: ReportCertificate; reportName: string; exportedAt: string }
  | {
      kind: 'mismatch';
      reason: 'link-unreadable' | 'link-altered' | 'link-differs' | 'report-altered' | 'other-learner' | 'not-backed';
      code?: string;
      certificate?: ReportCertificate;
      /** Modules whose claim the report does not back, in the certificate's order. */
      modules?: string[];
    }
  | { kind: 'unknown'; code: string; /** a pasted link whose content matches its own code */ linkConsistent: boolean };

const isLink = (text: string) => /#c=|^c=|^c\d+\./.test(text) || /%23c%3D/i.test(text);

export function checkCertificate(input: string, reports: readonly Report[]): CertificateCheck {
  const text = input.trim();
  let fromLink: ReportCertificate | undefined;
  let code: string | undefined;
  if (isLink(text)) {
    const decoded = decodeCertificate(text.slice(Math.max(0, text.indexOf('#'))));
    if (!decoded.ok)
      return decoded.reason === 'empty' ? { kind: 'not-a-code' } : { kind: 'mismatch', reason: 'link-unreadable' };
    fromLink = decoded.certificate;
    // Content that does not hash to the code written beside it was changed after issue: never shown as verified.
    if (!codeMatches(fromLink)) return { kind: 'mismatch', reason: 'link-altered', code: fromLink.code };
    code = fromLink.code;
  } else {
    code = normalizeCode(text);
    if (!code) return { kind: 'not-a-code' };
  }

  const holders = reports.flatMap((report) =>
    (report.certificates ?? []).filter((c) => c.code === code).map((certificate) => ({ report, certificate })),
  );
  if (holders.length === 0) return { kind: 'unknown', code, linkConsistent: fromLink !== undefined };
  // Should a certificate turn up in another learner's report too, its own learner's report is the one to judge.
  const { report, certificate } = holders.find((h) => h.report.learner.id === h.certificate.learner.id) ?? holders[0]!;
  if (fromLink && canonicalContent(fromLink) !== canonicalContent(certificate))
    return { kind: 'mismatch', reason: 'link-differs', code, certificate };
  if (!codeMatches(certificate)) return { kind: 'mismatch', reason: 'report-altered', code, certificate };
  if (certificate.learner.id !== report.learner.id || certificate.pathId !== report.pathId)
    return { kind: 'mismatch', reason: 'other-learner', code, certificate };
  const unbacked = unbackedModules(certificate, report);
  if (unbacked.length > 0) return { kind: 'mismatch', reason: 'not-backed', code, certificate, modules: unbacked };
  return { kind: 'match', certificate, reportName: report.learner.name, exportedAt: report.exportedAt };
}

/**
 * The certificate's modules the report does not back (done for the path, best score at least the one claimed),
 * then any module of the path the certificate leaves out: a certificate covers the whole path or nothing.
 */
function unbackedModules(certificate: ReportCertificate, report: Report): string[] {
  const entries = new Map(report.modules.map((m) => [m.module, m]));
  const claimed = certificate.modules.flatMap((claim) => {
    const entry = entries.get(claim.module);
    if (!entry) return [claim.module];
    const best = bestScore(entry.attempts);
    const done = stateForPath(entry.status, best, report.path.passMark) === 'completed';
    const scoreBacked = claim.best === undefined || (best !== undefined && best >= claim.best);
    return done && scoreBacked ? [] : [claim.module];
  });
  const covered = new Set(certificate.modules.map((m) => m.module));
  return [...claimed, ...report.path.modules.filter((key) => !covered.has(key))];
}
