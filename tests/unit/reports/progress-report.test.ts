import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moduleStatusWith } from '../../../src/lib/progress/learning-summary';
import { pathId } from '../../../src/lib/course-paths/path-codec';
import type { SharedPath } from '../../../src/lib/course-paths/path-schema';
import { buildReport, reportFileName, type ReportInput } from '../../../src/lib/reports/progress-report';
import {
  emptyProgress,
  progressSchema,
  type Attempt,
  type ExerciseAttempt,
  type Progress,
} from '../../../src/lib/progress/progress-schema';
import {
  MAX_ATTEMPTS_PER_EXERCISE,
  MAX_ATTEMPTS_PER_MODULE,
  MAX_EXERCISES_PER_MODULE,
  MAX_REPORT_BYTES,
  reportSchema,
} from '../../../src/lib/reports/report-schema';
import type { XapiStatement } from '../../../src/lib/reports/xapi';
import { xapiProblems } from './xapi-rules';

const now = new Date('2026-11-23T10:00:00.000Z');
const time = fc.date({ min: new Date('2025-01-01'), max: now, noInvalidDate: true }).map((d) => d.toISOString());

/** The site's modules in the learner's language; UNKNOWN is on paths but no longer on the site. */
const catalog: ReportInput['modules'] = ['data-in-public-work', 'data-quality', 'summarising-numbers', 'charts'].map(
  (m) => ({
    key: `data-thinking/${m}`,
    title: `Bài “${m}” <i>`,
    url: `/vi/courses/data-thinking/${m}/`,
    courseUrl: '/vi/courses/data-thinking/',
    // data-quality declares two exercises, one of which counts; the others none.
    ...(m === 'data-quality'
      ? {
          exercises: [
            { id: 'find-errors', title: 'Tìm lỗi trong danh sách hộ', counts: true },
            { id: 'spot-gaps', title: 'Tìm ô trống', counts: false },
          ],
        }
      : {}),
  }),
);
const exercisesOf = (key: string) => catalog.find((m) => m.key === key)?.exercises ?? [];
const UNKNOWN = 'old-course/removed-module';
const keys = [...catalog.map((m) => m.key), UNKNOWN];

const attemptArb: fc.Arbitrary<Attempt> = fc
  .record({
    id: fc.uuid(),
    at: time,
    total: fc.integer({ min: 1, max: 30 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    passed: fc.boolean(),
    missed: fc.option(fc.uniqueArray(fc.constantFrom('q1', 'q2', 'bias-check', 'median'), { maxLength: 3 }), {
      nil: undefined,
    }),
  })
  .map(({ id, at, total, share, passed, missed }) => {
    const correct = Math.round(share * total);
    return {
      id,
      at,
      lang: 'vi' as const,
      correct,
      total,
      percent: Math.round((correct * 100) / total),
      passed,
      answers: { q1: { type: 'single' as const, choice: 'a' } },
      ...(missed ? { missed } : {}),
    };
  });

const exerciseAttemptArb: fc.Arbitrary<ExerciseAttempt> = fc
  .record({
    id: fc.uuid(),
    at: time,
    total: fc.integer({ min: 1, max: 12 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    passed: fc.boolean(),
    kind: fc.constantFrom('table-inspection' as const, 'risk-matrix' as const, 'chart-critique' as const),
    missed: fc.uniqueArray(fc.constantFrom('r2', 'r7', 'flood-risk'), { maxLength: 3 }),
    response: fc.array(fc.constantFrom('r4:uniqueness', 'leak:3x4:reduce', 'truncated-axis'), { maxLength: 3 }),
  })
  .map(({ share, total, ...rest }) => {
    const score = Math.round(share * total);
    return { ...rest, lang: 'vi' as const, score, total, percent: Math.round((score * 100) / total) };
  });
const exercisesArb = fc.dictionary(
  fc.constantFrom('find-errors', 'spot-gaps', 'old-exercise'),
  fc.uniqueArray(exerciseAttemptArb, { minLength: 1, maxLength: 4, selector: (a) => a.id }).map((attempts) => ({
    attempts,
  })),
  { maxKeys: 3 },
);

/** Any record a learner could have: visits, passes and fails, done or not, a quiz left half-way, exercises tried. */
const recordArb: fc.Arbitrary<Progress> = fc
  .array(
    fc.record({
      key: fc.constantFrom(...keys),
      visits: fc.nat(20),
      lastVisit: fc.option(time, { nil: undefined }),
      completedAt: fc.option(time, { nil: undefined }),
      attempts: fc.uniqueArray(attemptArb, { maxLength: 5, selector: (a) => a.id }),
      exercises: exercisesArb,
      halfway: fc.boolean(),
    }),
    { maxLength: 6 },
  )
  .map((entries) => {
    const record = emptyProgress();
    for (const { key, visits, lastVisit, completedAt, attempts, exercises, halfway } of entries) {
      record.modules[key] = {
        visits,
        ...(lastVisit ? { lastVisit } : {}),
        ...(completedAt ? { completedAt } : {}),
        attempts,
        ...(Object.keys(exercises).length > 0 ? { exercises } : {}),
      };
      if (halfway)
        record.inProgress[key] = {
          machineVersion: 1,
          quizHash: 'abc',
          lang: 'vi',
          savedAt: now.toISOString(),
          snapshot: {},
        };
    }
    return record;
  });

const pathArb: fc.Arbitrary<SharedPath> = fc
  .record({
    modules: fc.shuffledSubarray(keys, { minLength: 1 }),
    passMark: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  })
  .map(({ modules, passMark }) => ({
    title: 'Kiến thức thiết yếu — "đợt 12" <script>',
    modules,
    ...(passMark ? { passMark } : {}),
  }));

const nameArb = fc
  .array(
    fc.constantFrom(
      'Nguyễn',
      'Thị',
      'Lan',
      'Đặng',
      'Văn',
      'Ánh',
      'Trương',
      '<script>alert(1)</script>',
      '"Q"',
      "O'Brien",
      '—',
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((words) => ` ${words.join(' ')} `);

const inputArb: fc.Arbitrary<ReportInput> = fc
  .record({ record: recordArb, path: pathArb, name: nameArb, lang: fc.constantFrom('vi' as const, 'en' as const) })
  .map(({ record, path, name, lang }) => ({
    record,
    path,
    lang,
    now,
    site: 'https://hoc.example.gov.vn/',
    learner: { id: 'b7Xk-20c9-learner', name },
    modules: catalog,
  }));

const verbOf = (s: XapiStatement) => s.verb.id.split('/').pop();

describe('building a progress report', () => {
  it('gives a valid report for any record, whose statements all follow the xAPI rules', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(v.is(progressSchema, input.record)).toBe(true);
        const report = buildReport(input);
        expect(v.parse(reportSchema, JSON.parse(JSON.stringify(report)))).toEqual(report);
        for (const statement of report.statements) expect(xapiProblems(statement, { now })).toEqual([]);
      }),
    );
  });

  it('has one entry per path module, in the path’s order, with the record’s facts', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const report = buildReport(input);
        expect(report.modules.map((m) => m.module)).toEqual(input.path.modules);
        for (const entry of report.modules) {
          if (entry.module === UNKNOWN) continue;
          const progress = input.record.modules[entry.module];
          expect(entry.status).toBe(
            moduleStatusWith(input.record, { key: entry.module, exercises: exercisesOf(entry.module) }),
          );
          expect(entry.lastVisit).toBe(progress?.lastVisit);
          expect(entry.completedAt).toBe(progress?.completedAt);
          expect(entry.attempts.map((a) => a.id).sort()).toEqual((progress?.attempts ?? []).map((a) => a.id).sort());
          // Every exercise the record holds, the catalog's first in its order, each with all its attempts.
          const held = Object.keys(progress?.exercises ?? {});
          const declared = exercisesOf(entry.module).map((e) => e.id);
          expect((entry.exercises ?? []).map((e) => e.exercise)).toEqual([
            ...declared.filter((id) => held.includes(id)),
            ...held.filter((id) => !declared.includes(id)).sort(),
          ]);
          for (const e of entry.exercises ?? [])
            expect(e.attempts.map((a) => a.id).sort()).toEqual(
              progress!.exercises![e.exercise]!.attempts.map((a) => a.id).sort(),
            );
        }
      }),
    );
  });

  it('reports a module the site no longer has as not started, with no statements', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const report = buildReport(input);
        const unknown = report.modules.find((m) => m.module === UNKNOWN);
        if (unknown) expect(unknown).toEqual({ module: UNKNOWN, status: 'not-started', attempts: [] });
        expect(report.statements.some((s) => (s as XapiStatement).object.id.includes('removed-module'))).toBe(false);
      }),
    );
  });

  it('has a passed or failed statement for each reported attempt, and names the path by its id', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const report = buildReport(input);
        const statements = report.statements as XapiStatement[];
        const known = report.modules.filter((m) => m.module !== UNKNOWN);
        const attempts = [
          ...known.flatMap((m) => m.attempts),
          ...known.flatMap((m) => (m.exercises ?? []).flatMap((e) => e.attempts)),
        ];
        expect(statements.filter((s) => verbOf(s) === 'passed').length).toBe(attempts.filter((a) => a.passed).length);
        expect(statements.filter((s) => verbOf(s) === 'failed').length).toBe(attempts.filter((a) => !a.passed).length);
        expect(report.pathId).toBe(pathId(input.path));
        for (const s of statements) {
          expect(s.context.contextActivities.grouping[0]!.id).toBe(
            `https://hoc.example.gov.vn/${input.lang}/paths/shared/?id=${report.pathId}`,
          );
        }
      }),
    );
  });

  it('is the same report, statement ids included, when exported again', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(buildReport(structuredClone(input))).toEqual(buildReport(input));
      }),
    );
  });

  it('keeps the newest attempts when a module has more than a report holds', () => {
    const key = catalog[0]!.key;
    const attempts = Array.from({ length: MAX_ATTEMPTS_PER_MODULE + 5 }, (_, i) => ({
      id: `attempt-${String(i).padStart(4, '0')}`,
      at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      lang: 'vi' as const,
      correct: 1,
      total: 2,
      percent: 50,
      passed: false,
      answers: {},
    }));
    const record: Progress = {
      ...emptyProgress(),
      modules: { [key]: { visits: 3, attempts: [...attempts].reverse() } },
    };
    const report = buildReport({
      record,
      path: { title: 'P', modules: [key] },
      learner: { id: 'learner-0001', name: 'Lan' },
      lang: 'vi',
      site: 'https://hoc.example.gov.vn/',
      now,
      modules: catalog,
    });
    expect(report.modules[0]!.attempts.map((a) => a.id)).toEqual(attempts.slice(5).map((a) => a.id));
  });

  it('carries exercise attempts, newest kept, and leaves out one a report cannot carry', () => {
    const key = 'data-thinking/data-quality';
    const tries = Array.from({ length: MAX_ATTEMPTS_PER_EXERCISE + 3 }, (_, i) => ({
      id: `exercise-${String(i).padStart(4, '0')}`,
      at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
      lang: 'vi' as const,
      kind: 'table-inspection' as const,
      score: 3,
      total: 5,
      percent: 60,
      passed: false,
      missed: ['r7', 'r2', 'r7'],
      wrongFlags: 1,
      response: ['r4:uniqueness', 'r9:validity'],
    }));
    const record: Progress = {
      ...emptyProgress(),
      modules: {
        [key]: {
          visits: 1,
          attempts: [],
          exercises: {
            'find-errors': { attempts: [...tries].reverse() },
            // A hand-edited record: a score above its total. Left out, and with it the exercise, as it has no other.
            'spot-gaps': { attempts: [{ ...tries[0]!, id: 'exercise-bad-0001', score: 9 }] },
          },
        },
      },
    };
    const report = buildReport({
      record,
      path: { title: 'P', modules: [key] },
      learner: { id: 'learner-0001', name: 'Lan' },
      lang: 'vi',
      site: 'https://hoc.example.gov.vn/',
      now,
      modules: catalog,
    });
    const [entry] = report.modules[0]!.exercises!;
    expect(report.modules[0]!.exercises).toHaveLength(1);
    expect(entry!.exercise).toBe('find-errors');
    expect(entry!.attempts.map((a) => a.id)).toEqual(tries.slice(3).map((a) => a.id));
    // The same item missed twice in one attempt is one miss; the language stays in the record.
    expect(entry!.attempts[0]).toEqual({
      id: 'exercise-0003',
      at: tries[3]!.at,
      score: 3,
      total: 5,
      percent: 60,
      passed: false,
      missed: ['r7', 'r2'],
      wrongFlags: 1,
      response: ['r4:uniqueness', 'r9:validity'],
    });
    const named = (report.statements as XapiStatement[]).filter((s) => s.object.id.endsWith('#exercise-find-errors'));
    expect(named).toHaveLength(MAX_ATTEMPTS_PER_EXERCISE);
    expect(named[0]!.object.definition?.name).toEqual({ vi: 'Tìm lỗi trong danh sách hộ' });
  });

  it('reports a module completed by its quiz alone as in progress while a counting exercise is not passed', () => {
    const key = 'data-thinking/data-quality';
    const base: Progress = {
      ...emptyProgress(),
      modules: { [key]: { visits: 1, completedAt: '2026-11-02T08:00:00.000Z', attempts: [] } },
    };
    const statusWith = (record: Progress) =>
      buildReport({
        record,
        path: { title: 'P', modules: [key] },
        learner: { id: 'learner-0001', name: 'Lan' },
        lang: 'vi',
        site: 'https://hoc.example.gov.vn/',
        now,
        modules: catalog,
      }).modules[0]!.status;
    expect(statusWith(base)).toBe('in-progress');
    const passed: ExerciseAttempt = {
      id: 'exercise-pass-0001',
      at: '2026-11-03T08:00:00.000Z',
      lang: 'vi',
      kind: 'table-inspection',
      score: 5,
      total: 5,
      percent: 100,
      passed: true,
      missed: [],
      response: [],
    };
    expect(
      statusWith({
        ...base,
        modules: { [key]: { ...base.modules[key]!, exercises: { 'find-errors': { attempts: [passed] } } } },
      }),
    ).toBe('completed');
  });

  it('stays within the size a class report reads, at the most it carries', () => {
    const EXERCISE_IDS = ['find-errors', 'rank-risks', 'misleading-chart'];
    expect(EXERCISE_IDS).toHaveLength(MAX_EXERCISES_PER_MODULE);
    // 40 modules, each with its 30 newest quiz attempts and three exercises of 10 attempts with long answers:
    // 3.35 MB (the quizzes alone, 1.43 MB).
    const keys40 = Array.from({ length: 40 }, (_, i) => `data-thinking/module-${i}`);
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const record: Progress = { ...emptyProgress(), modules: {} };
    keys40.forEach((key, m) => {
      record.modules[key] = {
        visits: 9,
        lastVisit: at(0),
        attempts: Array.from({ length: MAX_ATTEMPTS_PER_MODULE }, (_, i) => ({
          id: crypto.randomUUID(),
          at: at(m * 100 + i),
          lang: 'vi',
          correct: 6,
          total: 10,
          percent: 60,
          passed: false,
          answers: {},
          missed: ['q1', 'q2', 'q3', 'q4'],
        })),
        exercises: Object.fromEntries(
          EXERCISE_IDS.map((id, e) => [
            id,
            {
              attempts: Array.from({ length: MAX_ATTEMPTS_PER_EXERCISE }, (_, i) => ({
                id: crypto.randomUUID(),
                at: at(m * 100 + 40 + e * 10 + i),
                lang: 'vi' as const,
                kind: 'table-inspection' as const,
                score: 4,
                total: 8,
                percent: 50,
                passed: false,
                missed: ['r2', 'r5', 'r7', 'r11'],
                wrongFlags: 2,
                response: Array.from({ length: 8 }, (_, t) => `r${t + 1}:consistency`),
              })),
            },
          ]),
        ),
      };
    });
    const report = buildReport({
      record,
      path: { title: 'Kiến thức thiết yếu — đợt tháng 12', modules: keys40 },
      learner: { id: 'learner-0001', name: 'Nguyễn Thị Lan' },
      lang: 'vi',
      site: 'https://portal.example.gov.vn/hoc-du-lieu/',
      now,
      modules: keys40.map((key) => ({
        key,
        title: 'Chất lượng dữ liệu trong công việc của ủy ban nhân dân xã',
        url: `/hoc-du-lieu/vi/courses/${key}/`,
        courseUrl: '/hoc-du-lieu/vi/courses/data-thinking/',
        exercises: [
          { id: 'find-errors', title: 'Tìm lỗi trong danh sách hộ nghèo của phường', counts: true },
          { id: 'rank-risks', title: 'Đặt các rủi ro lên ma trận', counts: false },
          { id: 'misleading-chart', title: 'Biểu đồ này gây hiểu lầm ở đâu?', counts: false },
        ],
      })),
    });
    expect(JSON.stringify(report).length).toBeLessThan(MAX_REPORT_BYTES);
  });

  it('writes every date in full and leaves out attempts from a hand-edited record that a report cannot carry', () => {
    const key = catalog[0]!.key;
    const base = { lang: 'vi' as const, correct: 4, total: 5, percent: 80, passed: true, answers: {} };
    const record: Progress = {
      ...emptyProgress(),
      modules: {
        [key]: {
          visits: 1,
          lastVisit: '2026-11-20',
          completedAt: '2026-11-20T09:00:00+07:00',
          attempts: [
            { ...base, id: 'attempt-000001', at: '2026-11-20T09:00:00+07:00' },
            { ...base, id: 'x'.repeat(65), at: '2026-11-20T09:00:00Z' },
            { ...base, id: 'attempt-000003', at: '2026-11-20T09:00:00Z', total: 501 },
            { ...base, id: 'attempt-000004', at: '2026-11-20T09:00:00Z', missed: ['Not A Question Id'] },
          ],
        },
      },
    };
    expect(v.is(progressSchema, record)).toBe(true);
    const report = buildReport({
      record,
      path: { title: 'P', modules: [key] },
      learner: { id: 'learner-0001', name: 'Lan' },
      lang: 'vi',
      site: 'https://hoc.example.gov.vn/',
      now,
      modules: catalog,
    });
    expect(report.modules[0]).toMatchObject({
      status: 'completed',
      lastVisit: '2026-11-20T00:00:00.000Z',
      completedAt: '2026-11-20T02:00:00.000Z',
    });
    expect(report.modules[0]!.attempts).toEqual([
      { id: 'attempt-000001', at: '2026-11-20T02:00:00.000Z', correct: 4, total: 5, percent: 80, passed: true },
    ]);
    expect((report.statements as XapiStatement[]).map(verbOf).sort()).toEqual(['completed', 'passed']); // same time
  });

  it('trims the learner’s name and dates the report', () => {
    const report = buildReport({
      record: emptyProgress(),
      path: { title: 'P', modules: [catalog[1]!.key] },
      learner: { id: 'learner-0001', name: '  Nguyễn Thị Lan \n' },
      lang: 'vi',
      site: 'https://hoc.example.gov.vn/',
      now,
      modules: catalog,
    });
    expect(report.learner).toEqual({ id: 'learner-0001', name: 'Nguyễn Thị Lan' });
    expect(report.exportedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(report.modules).toEqual([{ module: catalog[1]!.key, status: 'not-started', attempts: [] }]);
    expect(report.statements).toEqual([]);
  });

  it('refuses to build a report its own schema would reject', () => {
    expect(() =>
      buildReport({
        record: emptyProgress(),
        path: { title: 'P', modules: [catalog[1]!.key] },
        learner: { id: 'has spaces!', name: 'Lan' },
        lang: 'vi',
        site: 'https://hoc.example.gov.vn/',
        now,
        modules: catalog,
      }),
    ).toThrow(/schema/);
  });
});

describe('the report’s file name', () => {
  const named = (name: string, lang: 'vi' | 'en' = 'vi') =>
    reportFileName(
      buildReport({
        record: emptyProgress(),
        path: { title: 'P', modules: [catalog[0]!.key] },
        learner: { id: 'learner-0001', name },
        lang,
        site: 'https://hoc.example.gov.vn/',
        now,
        modules: catalog,
      }),
    );

  it('folds a Vietnamese name to ASCII', () => {
    expect(named('Nguyễn Thị Lan')).toBe('bao-cao-nguyen-thi-lan-2026-11-23.json');
    expect(named('Nguyễn Thị Lan', 'en')).toBe('report-nguyen-thi-lan-2026-11-23.json');
    expect(named('ĐẶNG Văn Đức')).toBe('bao-cao-dang-van-duc-2026-11-23.json');
    expect(named('<script>"Lan"</script>')).toBe('bao-cao-script-lan-script-2026-11-23.json');
  });

  it('is dated on the learner’s calendar, not UTC’s', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      const report = buildReport({
        record: emptyProgress(),
        path: { title: 'P', modules: [catalog[0]!.key] },
        learner: { id: 'learner-0001', name: 'Lan' },
        lang: 'vi',
        site: 'https://hoc.example.gov.vn/',
        now: new Date('2026-11-22T23:30:00Z'),
        modules: catalog,
      });
      expect(reportFileName(report)).toBe('bao-cao-lan-2026-11-23.json'); // 06:30 on the 23rd in Hà Nội
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('falls back to a word when nothing of the name is left, and stays short', () => {
    expect(named('???')).toBe('bao-cao-hoc-vien-2026-11-23.json');
    expect(named('李小龍', 'en')).toBe('report-learner-2026-11-23.json');
    expect(named('Tôn Nữ Thị Hoàng Oanh Công Tằng Tôn Nữ Bảo Ngọc')).toBe(
      'bao-cao-ton-nu-thi-hoang-oanh-cong-tang-ton-nu-2026-11-23.json',
    );
  });

  it('is always a plain, safe file name', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== ''),
        fc.constantFrom('vi' as const, 'en' as const),
        (name, lang) => {
          const file = named(name, lang);
          expect(file).toMatch(/^(bao-cao|report)-[a-z0-9]+(-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}\.json$/);
          expect(file.length).toBeLessThanOrEqual('bao-cao-'.length + 40 + '-2026-11-23.json'.length);
        },
      ),
    );
  });
});
