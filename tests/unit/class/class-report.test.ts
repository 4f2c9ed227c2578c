import { describe, expect, it } from 'vitest';
import { vietnamDate } from '../../../src/lib/course-paths/due-date';
import fc from 'fast-check';
import {
  classView,
  latestPerLearner,
  mainPathId,
  MISSED_PER_EXERCISE,
  type ClassModule,
} from '../../../src/lib/class/class-report';
import { pathId } from '../../../src/lib/course-paths/path-codec';
import type { SharedPath } from '../../../src/lib/course-paths/path-schema';
import type { Report } from '../../../src/lib/reports/report-schema';
import { attempt, classPath, exercise, exerciseAttempt, makeReport, mod, M1, M2, M3 } from '../report-fixture';

const modules: ClassModule[] = [M1, M2, M3].map((key, i) => ({ key, number: `1.${i + 1}`, title: `Module ${i + 1}` }));
const strict: SharedPath = { ...classPath, passMark: 80 }; // stricter than the quizzes' own 70
const beforeDue = new Date('2026-12-14T16:59:59.999Z'); // 23:59:59 on the due date in Hà Nội
const afterDue = new Date('2026-12-14T17:00:00.000Z'); // 00:00 the next day in Hà Nội, still the 14th in UTC

/**
 * Three learners. Vietnamese class lists go by given name (the last word), then the whole name: Ánh, Bình, Đạt;
 * a plain string sort would get it wrong twice (family names first, and Á after B, Đ after D).
 */
function classReports(path: SharedPath = classPath): Report[] {
  const bui = makeReport({
    path,
    id: 'learner-bui1',
    name: 'Bùi Văn Bình',
    modules: [
      mod(M1, [attempt(50, { missed: ['q1', 'q2'] }), attempt(90, { missed: ['q2'] })]),
      mod(M2, [attempt(40, { missed: ['q3', 'q5'] }), attempt(60, { missed: ['q3', 'q5'] })]),
    ],
  });
  const anh = makeReport({
    path,
    id: 'learner-anh1',
    name: 'Trần Thị Ánh',
    modules: [
      mod(M1, [attempt(100, { missed: [] })]),
      mod(M2, [attempt(72, { missed: ['q3'] }), attempt(75, { missed: ['q3'] })]),
      mod(M3, [], 'completed'), // no quiz: marked as done
    ],
  });
  const doo = makeReport({
    path,
    id: 'learner-do01',
    name: 'Lê Văn Đạt',
    modules: [
      mod(M1, [
        attempt(30, { missed: ['q1', 'q2', 'q4'] }),
        attempt(20, { missed: ['q4'] }),
        attempt(10, { missed: ['q4'] }),
      ]),
    ],
  });
  return [bui, anh, doo];
}

describe('class view', () => {
  it('sorts learners the Vietnamese way and fills each cell from the report', () => {
    const view = classView(classReports(), modules, beforeDue);
    expect(view.path).toEqual(classPath);
    expect(view.learners.map((l) => l.name)).toEqual(['Trần Thị Ánh', 'Bùi Văn Bình', 'Lê Văn Đạt']);
    const [anh, bui, doo] = view.learners;
    expect(anh!.cells).toEqual([
      { module: M1, status: 'completed', best: 100, attempts: 1, failedAttempts: 0, latestFailed: false },
      { module: M2, status: 'completed', best: 75, attempts: 2, failedAttempts: 0, latestFailed: false },
      { module: M3, status: 'completed', attempts: 0, failedAttempts: 0, latestFailed: false },
    ]);
    expect(bui!.cells).toEqual([
      { module: M1, status: 'completed', best: 90, attempts: 2, failedAttempts: 1, latestFailed: false },
      { module: M2, status: 'in-progress', best: 60, attempts: 2, failedAttempts: 2, latestFailed: true },
      { module: M3, status: 'not-started', attempts: 0, failedAttempts: 0, latestFailed: false },
    ]);
    expect(doo!.cells[0]).toEqual({
      module: M1,
      status: 'in-progress',
      best: 30,
      attempts: 3,
      failedAttempts: 3,
      latestFailed: true,
    });
    expect(view.learners.map((l) => l.completed)).toEqual([3, 1, 0]);
    expect(anh!.exportedAt).toBe('2026-12-01T03:00:00.000Z');
  });

  it('asks for help when the latest attempt at a module not done failed, after one failure or more', () => {
    const view = classView(classReports(), modules, beforeDue);
    expect(view.learners.map((l) => l.help)).toEqual([
      [],
      [{ kind: 'failing', module: M2, failures: 2 }],
      [{ kind: 'failing', module: M1, failures: 3 }],
    ]);
    expect(view.needHelp.map((l) => l.id)).toEqual(['learner-bui1', 'learner-do01']);
  });

  it('lists a learner at 0 of 3 whose one attempt failed, and not one whose latest attempt passed', () => {
    const once = makeReport({ id: 'learner-once', name: 'Phạm Thu Hà', modules: [mod(M1, [attempt(40)])] });
    const recovered = makeReport({
      id: 'learner-back',
      name: 'Võ Minh Khoa',
      modules: [mod(M1, [attempt(40), attempt(50), attempt(80)], 'completed'), mod(M2, [attempt(50), attempt(90)])],
    });
    const view = classView([once, recovered], modules, beforeDue);
    const ha = view.learners.find((l) => l.id === 'learner-once')!;
    expect(ha.completed).toBe(0);
    expect(ha.help).toEqual([{ kind: 'failing', module: M1, failures: 1 }]);
    expect(view.needHelp.map((l) => l.id)).toEqual(['learner-once']);
  });

  it('a pass mark stricter than the quiz undoes a completion and counts its attempts as failed', () => {
    const view = classView(classReports(strict), modules, beforeDue);
    const [anh, bui] = view.learners;
    expect(anh!.cells.map((c) => [c.status, c.failedAttempts])).toEqual([
      ['completed', 0],
      ['in-progress', 2],
      ['completed', 0],
    ]);
    expect(anh!.completed).toBe(2);
    expect(anh!.help).toEqual([{ kind: 'failing', module: M2, failures: 2 }]);
    expect(bui!.cells[0]).toMatchObject({ status: 'completed', best: 90, failedAttempts: 1 }); // 90 clears 80 too
    expect(view.modules[1]).toMatchObject({ key: M2, completed: 0, completionPercent: 0 });
  });

  it('is overdue from midnight after the due date in Vietnam, not in UTC or on the trainer’s clock', () => {
    expect(vietnamDate(beforeDue)).toBe('2026-12-14');
    expect(vietnamDate(afterDue)).toBe('2026-12-15');
    expect(classView(classReports(), modules, beforeDue).learners.map((l) => l.overdue)).toEqual([false, false, false]);
    const late = classView(classReports(), modules, afterDue);
    expect(late.learners.map((l) => l.overdue)).toEqual([false, true, true]); // Ánh finished everything
    expect(late.learners[1]!.help).toEqual([{ kind: 'failing', module: M2, failures: 2 }, { kind: 'overdue' }]);
    expect(classView(classReports(strict), modules, afterDue).learners[0]!.overdue).toBe(true); // not done for this path
    const noDue: SharedPath = { title: classPath.title, modules: classPath.modules };
    expect(classView(classReports(noDue), modules, new Date('2099-01-01')).learners.some((l) => l.overdue)).toBe(false);
    expect(classView(classReports(), modules, new Date(Number.NaN)).learners.some((l) => l.overdue)).toBe(false);
  });

  it('sums up each module over the class', () => {
    expect(classView(classReports(), modules, beforeDue).modules).toEqual([
      { key: M1, completed: 2, completionPercent: 66, meanBest: 73.3, attemptedBy: 3 },
      { key: M2, completed: 1, completionPercent: 33, meanBest: 67.5, attemptedBy: 2 },
      { key: M3, completed: 1, completionPercent: 33, attemptedBy: 0 },
    ]);
  });

  it('ranks the questions most learners miss, then most misses', () => {
    expect(classView(classReports(), modules, beforeDue).missed).toEqual([
      { module: M2, question: 'q3', learners: 2, times: 4 },
      { module: M1, question: 'q2', learners: 2, times: 3 },
      { module: M1, question: 'q1', learners: 2, times: 2 },
      { module: M1, question: 'q4', learners: 1, times: 3 },
      { module: M2, question: 'q5', learners: 1, times: 2 },
    ]);
  });

  it('lists at most ten missed questions, ties by key', () => {
    const questions = Array.from({ length: 12 }, (_, i) => `q${String(i).padStart(2, '0')}`);
    const report = makeReport({ modules: [mod(M1, [attempt(10, { missed: questions })])] });
    const missed = classView([report], modules, beforeDue).missed;
    expect(missed.map((q) => q.question)).toEqual(questions.slice(0, 10));
  });

  it('copes with no reports, modules a report lacks, and entries for modules outside the path', () => {
    const empty = classView([], modules, beforeDue);
    expect(empty).toEqual({
      path: undefined,
      learners: [],
      modules: modules.map((m) => ({ key: m.key, completed: 0, completionPercent: 0, attemptedBy: 0 })),
      missed: [],
      needHelp: [],
      exercises: [],
    });
    const report = makeReport({ modules: [mod(M1, [attempt(90, { missed: ['q1'] })])] });
    const odd = { ...report, modules: [...report.modules, mod('other/module', [attempt(0, { missed: ['zz'] })])] };
    const extra: ClassModule = { key: 'gone/module', number: '', title: 'gone/module' };
    const view = classView([odd], [modules[0]!, extra], beforeDue);
    expect(view.learners[0]!.cells).toEqual([
      { module: M1, status: 'completed', best: 90, attempts: 1, failedAttempts: 0, latestFailed: false },
      { module: 'gone/module', status: 'not-started', attempts: 0, failedAttempts: 0, latestFailed: false },
    ]);
    expect(view.missed).toEqual([{ module: M1, question: 'q1', learners: 1, times: 1 }]);
  });
});

describe('choosing reports', () => {
  const other: SharedPath = { title: 'Another path', modules: [M3] };

  it('keeps the newest report per learner and path, and counts the older ones', () => {
    const old = makeReport({ id: 'learner-lan1', exportedAt: '2026-11-20T01:00:00Z' });
    const newer = makeReport({ id: 'learner-lan1', exportedAt: '2026-11-28T01:00:00+07:00', name: 'Lan (mới)' });
    const elsewhere = makeReport({ id: 'learner-lan1', path: other });
    const someoneElse = makeReport({ id: 'learner-minh' });
    expect(latestPerLearner([old, someoneElse, newer, elsewhere])).toEqual({
      reports: [newer, someoneElse, elsewhere],
      replaced: 1,
    });
    expect(latestPerLearner([newer, old, old])).toEqual({ reports: [newer], replaced: 2 });
    expect(latestPerLearner([])).toEqual({ reports: [], replaced: 0 });
  });

  it('picks the path most reports are for; the first loaded wins a tie', () => {
    const a = makeReport();
    const b = makeReport({ path: other });
    expect(mainPathId([a, b, b, a, b])).toBe(pathId(other));
    expect(mainPathId([a, b, b, a])).toBe(pathId(classPath));
    expect(mainPathId([b, a])).toBe(pathId(other));
    expect(mainPathId([])).toBeUndefined();
  });
});

describe('exercises in the class view', () => {
  /** M2 declares two exercises; M3 none, but one learner's report holds one there (since removed from the page). */
  const withExercises: ClassModule[] = modules.map((m) =>
    m.key === M2
      ? {
          ...m,
          exercises: [
            { id: 'find-errors', kind: 'table-inspection', title: 'Tìm lỗi trong danh sách hộ' },
            { id: 'spot-gaps', kind: 'table-inspection', title: 'Tìm ô trống' },
          ],
        }
      : m,
  );
  const reports = () => [
    makeReport({
      id: 'learner-lan1',
      name: 'Nguyễn Thị Lan',
      modules: [
        mod(M2, [attempt(80)], undefined, [
          exercise('find-errors', [
            exerciseAttempt(40, { missed: ['r7', 'r2', 'r7'] }),
            exerciseAttempt(80, { missed: ['r7'] }),
          ]),
        ]),
        mod(M3, [], 'completed', [exercise('old-one', [exerciseAttempt(20, { missed: ['x1'] })], 'risk-matrix')]),
      ],
    }),
    makeReport({
      id: 'learner-minh',
      name: 'Trần Văn Minh',
      modules: [mod(M2, [], undefined, [exercise('find-errors', [exerciseAttempt(60, { missed: ['r7', 'r9'] })])])],
    }),
    makeReport({ id: 'learner-hoa1', name: 'Lê Thị Hòa' }), // nothing yet
  ];

  it('gives each learner their best percent, whether they passed and how many tries, per exercise', () => {
    const view = classView(reports(), withExercises, beforeDue);
    expect(view.exercises.map((e) => [e.module, e.exercise, e.number, e.title])).toEqual([
      [M2, 'find-errors', 1, 'Tìm lỗi trong danh sách hộ'],
      [M2, 'spot-gaps', 2, 'Tìm ô trống'],
      [M3, 'old-one', 1, undefined],
    ]);
    const byName = Object.fromEntries(view.learners.map((l) => [l.name, l.exercises]));
    const none = { latestFailed: false, failedAttempts: 0 };
    expect(byName['Nguyễn Thị Lan']).toEqual([
      {
        module: M2,
        exercise: 'find-errors',
        best: 80,
        passed: true,
        attempts: 2,
        latestFailed: false,
        failedAttempts: 1,
      },
      { module: M2, exercise: 'spot-gaps', passed: false, attempts: 0, ...none },
      { module: M3, exercise: 'old-one', best: 20, passed: false, attempts: 1, latestFailed: true, failedAttempts: 1 },
    ]);
    expect(byName['Trần Văn Minh']![0]).toEqual({
      module: M2,
      exercise: 'find-errors',
      best: 60,
      passed: false,
      attempts: 1,
      latestFailed: true,
      failedAttempts: 1,
    });
    expect(byName['Lê Thị Hòa']!.map((c) => c.attempts)).toEqual([0, 0, 0]);
  });

  it('lists a learner whose latest try at an exercise of an unfinished module failed as needing support', () => {
    const view = classView(reports(), withExercises, beforeDue);
    const minh = view.learners.find((l) => l.name === 'Trần Văn Minh')!;
    expect(minh.help).toEqual([{ kind: 'exercise', module: M2, exercise: 'find-errors', failures: 1 }]);
    expect(view.needHelp.map((l) => l.name)).toContain('Trần Văn Minh');
    // Lan failed "old-one" once, but in a module she has completed: no sign of trouble, so not listed for it.
    const lan = view.learners.find((l) => l.name === 'Nguyễn Thị Lan')!;
    expect(lan.help.filter((h) => h.kind === 'exercise')).toEqual([]);
  });

  it('counts who tried and who passed each exercise, and ranks what the class misses most', () => {
    const [findErrors, spotGaps, oldOne] = classView(reports(), withExercises, beforeDue).exercises;
    expect(findErrors).toMatchObject({ triedBy: 2, passedBy: 1, meanBest: 70 });
    // r7: both learners (three misses, counted once in the attempt that listed it twice); then r2 and r9, by id.
    expect(findErrors!.missed).toEqual([
      { item: 'r7', learners: 2, times: 3 },
      { item: 'r2', learners: 1, times: 1 },
      { item: 'r9', learners: 1, times: 1 },
    ]);
    expect(spotGaps).toMatchObject({ triedBy: 0, passedBy: 0, missed: [] });
    expect(spotGaps!.meanBest).toBeUndefined();
    expect(oldOne).toMatchObject({ kind: 'risk-matrix', triedBy: 1, missed: [{ item: 'x1', learners: 1, times: 1 }] });
  });

  it('reads version 1 reports, which carry no exercises, as not tried', () => {
    const old = { ...makeReport({ modules: [mod(M2, [attempt(90)])] }), version: 1 as const };
    const view = classView([old], withExercises, beforeDue);
    expect(view.learners[0]!.exercises.map((c) => c.attempts)).toEqual([0, 0]);
    expect(view.exercises.map((e) => e.triedBy)).toEqual([0, 0]);
  });

  it('never counts more tried than learners, more passed than tried, or a miss without a learner', () => {
    const attemptArb = fc
      .record({
        percent: fc.integer({ min: 0, max: 100 }),
        missed: fc.array(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'), { maxLength: 6 }),
      })
      .map(({ percent, missed }) => exerciseAttempt(percent, { missed }));
    const reportArb = fc
      .tuple(
        fc.stringMatching(/^[a-z0-9]{8,12}$/),
        fc.array(attemptArb, { maxLength: 3 }),
        fc.array(attemptArb, { maxLength: 3 }),
      )
      .map(([id, a, b]) =>
        makeReport({
          id: `learner-${id}`,
          name: `Học viên ${id}`,
          modules: [
            mod(M2, [], undefined, [
              ...(a.length ? [exercise('find-errors', a)] : []),
              ...(b.length ? [exercise('spot-gaps', b)] : []),
            ]),
          ],
        }),
      );
    fc.assert(
      fc.property(fc.uniqueArray(reportArb, { maxLength: 8, selector: (r) => r.learner.id }), (list) => {
        const view = classView(list, withExercises, beforeDue);
        for (const [i, e] of view.exercises.entries()) {
          expect(e.triedBy).toBeLessThanOrEqual(view.learners.length);
          expect(e.passedBy).toBeLessThanOrEqual(e.triedBy);
          expect(e.triedBy).toBe(view.learners.filter((l) => l.exercises[i]!.attempts > 0).length);
          expect(e.missed.length).toBeLessThanOrEqual(MISSED_PER_EXERCISE);
          for (const m of e.missed) {
            expect(m.learners).toBeGreaterThan(0);
            expect(m.learners).toBeLessThanOrEqual(Math.min(e.triedBy, m.times));
          }
          const ranks = e.missed.map((m) => m.learners);
          expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
        }
      }),
    );
  });
});
