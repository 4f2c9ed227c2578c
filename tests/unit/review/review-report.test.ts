import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../../src/lib/reports/progress-report';
import { parseReport } from '../../../src/lib/reports/report-parse';
import { emptyProgress, type Progress, type ReviewAttempt } from '../../../src/lib/progress/progress-schema';
import { MAX_REVIEWS_PER_MODULE, reportSchema } from '../../../src/lib/reports/report-schema';
import type { XapiStatement } from '../../../src/lib/reports/xapi';
import { xapiProblems } from '../reports/xapi-rules';

const now = new Date('2026-12-20T10:00:00.000Z');
const KEY = 'data-thinking/data-quality';
const catalog: ReportInput['modules'] = [
  { key: KEY, title: 'Chất lượng dữ liệu', url: `/vi/courses/${KEY}/`, courseUrl: '/vi/courses/data-thinking/' },
];
const review = (id: string, at: string, passed: boolean): ReviewAttempt => ({
  id,
  at,
  lang: 'vi',
  correct: passed ? 2 : 1,
  total: 2,
  passed,
  questions: ['q-accuracy', 'q-timeliness'],
  missed: passed ? [] : ['q-timeliness'],
});
const recordWith = (reviews: ReviewAttempt[]): Progress => ({
  ...emptyProgress(),
  modules: {
    [KEY]: {
      visits: 1,
      completedAt: '2026-12-01T08:00:00.000Z',
      attempts: [
        {
          id: 'attempt-0001',
          at: '2026-12-01T08:00:00.000Z',
          lang: 'vi',
          correct: 7,
          total: 7,
          percent: 100,
          passed: true,
          answers: {},
        },
      ],
      reviews,
    },
  },
});
const input = (record: Progress): ReportInput => ({
  record,
  path: { title: 'Ôn tập', modules: [KEY] },
  learner: { id: 'learner-0001', name: 'Lê Văn Minh' },
  lang: 'vi',
  site: 'https://hoc.example.gov.vn/',
  now,
  modules: catalog,
});
const isReview = (s: XapiStatement) => s.context.contextActivities.category?.some((c) => c.id.endsWith('#review'));

describe('spaced reviews in a report', () => {
  it('carries each review, oldest first, and reads back', () => {
    const report = buildReport(
      input(
        recordWith([
          review('review-0002', '2026-12-14T08:00:00.000Z', false),
          review('review-0001', '2026-12-05T08:00:00.000Z', true),
        ]),
      ),
    );
    expect(report.modules[0]!.reviews).toEqual([
      {
        id: 'review-0001',
        at: '2026-12-05T08:00:00.000Z',
        correct: 2,
        total: 2,
        passed: true,
        questions: ['q-accuracy', 'q-timeliness'],
        missed: [],
      },
      {
        id: 'review-0002',
        at: '2026-12-14T08:00:00.000Z',
        correct: 1,
        total: 2,
        passed: false,
        questions: ['q-accuracy', 'q-timeliness'],
        missed: ['q-timeliness'],
      },
    ]);
    const read = parseReport(JSON.stringify(report));
    expect(read.ok && read.report.modules[0]!.reviews).toEqual(report.modules[0]!.reviews);
  });

  it('makes one passed or failed statement per review, about the module, tagged as a spaced review', () => {
    const report = buildReport(
      input(
        recordWith([
          review('review-0001', '2026-12-05T08:00:00.000Z', true),
          review('review-0002', '2026-12-14T08:00:00.000Z', false),
        ]),
      ),
    );
    const statements = report.statements as XapiStatement[];
    const reviews = statements.filter(isReview);
    expect(
      reviews.map((s) => [s.verb.id.split('/').at(-1), s.timestamp, s.result?.score?.raw, s.result?.success]),
    ).toEqual([
      ['passed', '2026-12-05T08:00:00.000Z', 2, true],
      ['failed', '2026-12-14T08:00:00.000Z', 1, false],
    ]);
    for (const s of reviews) {
      expect(s.object.id).toBe(`https://hoc.example.gov.vn/vi/courses/${KEY}/`);
      expect(s.context.contextActivities.category).toEqual([
        {
          objectType: 'Activity',
          id: 'https://hoc.example.gov.vn/vi/my-learning/#review',
          definition: { name: { vi: 'Ôn tập định kỳ' } },
        },
      ]);
    }
    // The quiz attempt is not a review, and the review statements have ids of their own.
    expect(statements.filter((s) => !isReview(s)).map((s) => s.verb.id.split('/').at(-1))).toEqual([
      'passed',
      'completed',
    ]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  it('is a valid report, its statements valid xAPI, for any reviews, the newest kept', () => {
    const reviewArb = fc.record({
      id: fc.uuid(),
      at: fc.date({ min: new Date('2026-12-01'), max: now, noInvalidDate: true }).map((d) => d.toISOString()),
      passed: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(reviewArb, { selector: (r) => r.id, maxLength: MAX_REVIEWS_PER_MODULE + 5 }),
        (list) => {
          const report = buildReport(input(recordWith(list.map((r) => review(r.id, r.at, r.passed)))));
          expect(v.parse(reportSchema, JSON.parse(JSON.stringify(report)))).toEqual(report);
          expect(report.modules[0]!.reviews?.length ?? 0).toBe(Math.min(list.length, MAX_REVIEWS_PER_MODULE));
          for (const s of report.statements) expect(xapiProblems(s, { now })).toEqual([]);
        },
      ),
    );
  });
});
