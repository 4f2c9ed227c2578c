import { certificateClaims, issueCertificate } from '../../../src/lib/certificate/certificate-issue';
import { pathId } from '../../../src/lib/course-paths/path-codec';
import type { SharedPath } from '../../../src/lib/course-paths/path-schema';
import type { Attempt, Certificate, Progress } from '../../../src/lib/progress/progress-schema';
import { buildReport, type ReportInput } from '../../../src/lib/reports/progress-report';
import type { Report } from '../../../src/lib/reports/report-schema';

/** A learner who finished a two-module path and took its certificate, and the report they then export. */
export const M1 = 'data-thinking/data-in-public-work';
export const M2 = 'data-thinking/data-quality';
export const path: SharedPath = { title: 'Kiến thức thiết yếu — đợt tháng 12', modules: [M1, M2] };
export const PATH_ID = pathId(path);
export const SITE = 'https://hoc.example.gov.vn/hoc-du-lieu/';
const catalog: ReportInput['modules'] = [M1, M2].map((key) => ({
  key,
  title: key === M1 ? 'Dữ liệu trong công việc công vụ' : 'Chất lượng dữ liệu',
  url: `/hoc-du-lieu/vi/courses/${key}/`,
  courseUrl: '/hoc-du-lieu/vi/courses/data-thinking/',
}));

const attempt = (id: string, at: string, percent: number): Attempt => ({
  id,
  at,
  lang: 'vi',
  correct: percent / 10,
  total: 10,
  percent,
  passed: percent >= 80,
  answers: {},
});

export function finishedRecord(learner = { id: 'learner-0001-lan', name: 'Nguyễn Thị Lan' }): Progress {
  return {
    version: 4,
    modules: {
      [M1]: {
        visits: 1,
        completedAt: '2026-11-20T08:00:00.000Z',
        attempts: [attempt(`${learner.id}-a1`, '2026-11-20T08:00:00.000Z', 90)],
      },
      [M2]: {
        visits: 1,
        completedAt: '2026-11-21T08:00:00.000Z',
        attempts: [attempt(`${learner.id}-a2`, '2026-11-21T08:00:00.000Z', 100)],
      },
    },
    inProgress: {},
    paths: { [PATH_ID]: { path, addedAt: '2026-11-19T00:00:00.000Z' } },
    learner: { ...learner, at: '2026-11-19T00:00:00.000Z' },
  };
}

export function certify(
  record: Progress,
  at = '2026-12-01T08:00:00.000Z',
): { record: Progress; certificate: Certificate } {
  const claims = certificateClaims(
    record,
    PATH_ID,
    new Map(catalog.map((m) => [m.key, { key: m.key, title: m.title, minutes: 12 }])),
    'vi',
  );
  if (!claims.ok) throw new Error(claims.reason);
  return issueCertificate(record, claims.claims, new Date(at));
}

export const reportOf = (record: Progress): Report =>
  buildReport({
    record,
    path,
    learner: { id: record.learner!.id, name: record.learner!.name },
    lang: 'vi',
    site: SITE,
    now: new Date('2026-12-02T08:00:00.000Z'),
    modules: catalog,
  });
