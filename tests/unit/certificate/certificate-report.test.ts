import { describe, expect, it } from 'vitest';
import { pathId } from '../../../src/lib/course-paths/path-codec';
import { parseReport } from '../../../src/lib/reports/report-parse';
import { certificateCodeExtension } from '../../../src/lib/reports/xapi';
import type { Certificate } from '../../../src/lib/progress/progress-schema';
import { xapiProblems } from '../reports/xapi-rules';
import { certify, finishedRecord, PATH_ID, reportOf, SITE } from './certified-learner';

describe('a report with certificates', () => {
  it('carries the path’s certificates as issued, oldest first, and reads back through the class report’s parser', () => {
    const first = certify(finishedRecord());
    const renamed = { ...first.record, learner: { ...first.record.learner!, name: 'Nguyễn Thị Lan Anh' } };
    const second = certify(renamed, '2026-12-03T08:00:00.000Z');
    const other: Certificate = { ...first.certificate, code: 'ZZZZ-ZZZZ', pathId: 'otherpath' };
    const record = { ...second.record, certificates: { ...second.record.certificates, [other.code]: other } };
    const report = reportOf(record);
    expect(report.certificates).toEqual([first.certificate, second.certificate]);
    const parsed = parseReport(JSON.stringify(report));
    expect(parsed.ok && parsed.report.certificates).toEqual([first.certificate, second.certificate]);
  });

  it('has no certificates part when none was issued for the path', () => {
    expect(reportOf(finishedRecord())).not.toHaveProperty('certificates');
  });

  it('has one valid xAPI statement per certificate: completed, the path as object, the code as a result extension', () => {
    const { record, certificate } = certify(finishedRecord());
    const report = reportOf(record);
    const ours = report.statements.filter((s) => JSON.stringify(s).includes(certificate.code)) as Array<
      Record<string, any>
    >;
    expect(ours).toHaveLength(1);
    const statement = ours[0]!;
    expect(xapiProblems(statement)).toEqual([]);
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    // The path activity the module statements are grouped under.
    const grouping = (report.statements[0] as Record<string, any>).context.contextActivities.grouping[0].id;
    expect(statement.object.id).toBe(grouping);
    expect(grouping).toContain(`paths/shared/?id=${PATH_ID}`);
    expect(statement.result).toEqual({
      completion: true,
      extensions: { [`${SITE}en/verify/`]: certificate.code },
    });
    expect(certificateCodeExtension(SITE)).toBe(`${SITE}en/verify/`);
    expect(statement.timestamp).toBe(certificate.issuedAt);
    for (const s of report.statements) expect(xapiProblems(s)).toEqual([]);
    // The same record exported again gives the same statement id.
    expect(reportOf(record).statements.map((s) => (s as { id: string }).id)).toEqual(
      report.statements.map((s) => (s as { id: string }).id),
    );
  });

  it('reports of versions 1 and 2, which had no certificates, still read', () => {
    const { record } = certify(finishedRecord());
    const { certificates: _c, ...v3 } = reportOf(record);
    for (const version of [1, 2]) {
      const parsed = parseReport(JSON.stringify({ ...v3, version }));
      expect(parsed.ok).toBe(true);
    }
    expect(pathId(v3.path)).toBe(PATH_ID);
  });
});
