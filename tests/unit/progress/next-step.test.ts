import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPath, pathStanding, removePath } from '../../../src/lib/course-paths/assigned-paths';
import { moduleStatus } from '../../../src/lib/progress/learning-summary';
import { nextStep } from '../../../src/lib/progress/next-step';
import { emptyProgress, type Attempt, type Progress } from '../../../src/lib/progress/progress-schema';
import { markDone, recordAttempt, recordVisit } from '../../../src/lib/quiz/quiz-session';

const modules = ['m1', 'm2', 'm3', 'm4'].map((m, i) => ({ key: `dt/${m}`, number: `1.${i + 1}` }));
const at = (day: number) => new Date(Date.UTC(2026, 0, day));
let n = 0;
const attempt = (percent: number): Attempt => ({
  id: `attempt-${++n}-xxxxxxxx`,
  at: at(1 + n).toISOString(),
  lang: 'vi',
  correct: percent / 10,
  total: 10,
  percent,
  passed: percent >= 80,
  answers: {},
});
const pass = (record: Progress, key: string, day: number) =>
  recordAttempt(recordVisit(record, key, 'vi', at(day)), key, attempt(100));
const keyOf = (step: ReturnType<typeof nextStep>) => ('module' in step ? step.module.key : step.kind);

describe('what to do next', () => {
  it('starts with the first module when nothing is started, and says so when all are done', () => {
    expect(nextStep(emptyProgress(), modules)).toEqual({ kind: 'start', module: modules[0] });
    const all = modules.reduce((r, m, i) => pass(r, m.key, i + 1), emptyProgress());
    expect(nextStep(all, modules)).toEqual({ kind: 'all-done' });
    expect(nextStep(emptyProgress(), [])).toEqual({ kind: 'nothing' });
  });

  it('after passing 1.2 alone (the walk-through), continues with 1.3, not "start"', () => {
    expect(keyOf(nextStep(pass(emptyProgress(), 'dt/m2', 1), modules))).toBe('dt/m3');
  });

  it('keeps the learner in a module they opened and did not finish', () => {
    const record = recordVisit(pass(emptyProgress(), 'dt/m1', 1), 'dt/m3', 'vi', at(2));
    expect(keyOf(nextStep(record, modules))).toBe('dt/m3');
  });

  it('wraps round to an earlier module left undone when everything after the last one is done', () => {
    let record = pass(emptyProgress(), 'dt/m3', 1);
    record = pass(record, 'dt/m4', 2);
    expect(keyOf(nextStep(record, modules))).toBe('dt/m1');
  });

  it("follows the learner's active path first, whatever was opened last", () => {
    let record = assignPath(emptyProgress(), { title: 'Cán bộ xã', modules: ['dt/m4', 'dt/m1'] }, at(1));
    record = pass(record, 'dt/m2', 2);
    expect(nextStep(record, modules)).toEqual({ kind: 'continue', module: modules[3], pathTitle: 'Cán bộ xã' });
    // The path's modules done: back to the course order.
    record = pass(pass(record, 'dt/m4', 3), 'dt/m1', 4);
    expect(keyOf(nextStep(record, modules))).toBe('dt/m3');
  });

  it("ignores a removed path, and a path's modules outside the candidates (another course)", () => {
    let record = assignPath(emptyProgress(), { title: 'P', modules: ['other/x1', 'dt/m3'] }, at(1));
    record = pass(record, 'dt/m1', 2);
    expect(keyOf(nextStep(record, modules))).toBe('dt/m3');
    record = removePath(record, Object.keys(record.paths)[0]!, at(3));
    expect(keyOf(nextStep(record, modules))).toBe('dt/m2');
  });

  it('names the same module as the first path card, and never one already completed', () => {
    const keys = modules.map((m) => m.key);
    const action = fc.oneof(
      fc.record({ kind: fc.constant('visit' as const), key: fc.constantFrom(...keys) }),
      fc.record({ kind: fc.constant('pass' as const), key: fc.constantFrom(...keys) }),
      fc.record({ kind: fc.constant('done' as const), key: fc.constantFrom(...keys) }),
    );
    fc.assert(
      fc.property(
        fc.array(action, { maxLength: 12 }),
        fc.option(fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1 }), { nil: undefined }),
        (actions, pathModules) => {
          let record = pathModules
            ? assignPath(emptyProgress(), { title: 'P', modules: pathModules }, at(1))
            : emptyProgress();
          actions.forEach((a, i) => {
            record =
              a.kind === 'visit'
                ? recordVisit(record, a.key, 'vi', at(i + 2))
                : a.kind === 'pass'
                  ? pass(record, a.key, i + 2)
                  : markDone(record, a.key, at(i + 2));
          });
          const step = nextStep(record, modules);
          if ('module' in step && step.kind === 'continue') {
            expect(moduleStatus(record, step.module.key)).not.toBe('completed');
          }
          if (step.kind === 'all-done') expect(keys.every((k) => moduleStatus(record, k) === 'completed')).toBe(true);
          const card = pathModules
            ? pathStanding(record, record.paths[Object.keys(record.paths)[0]!]!.path, new Set(keys)).next
            : undefined;
          if (card) expect(keyOf(step)).toBe(card);
        },
      ),
    );
  });

  it('keeps a module whose counting exercise is not passed as not done, on the path card and in what comes next', () => {
    // dt/m2 was completed by its quiz before its page declared an exercise that counts.
    const withExercise: Array<(typeof modules)[number] & { exercises?: Array<{ id: string; counts: boolean }> }> =
      modules.map((m) => (m.key === 'dt/m2' ? { ...m, exercises: [{ id: 'find-errors', counts: true }] } : m));
    let record = assignPath(emptyProgress(), { title: 'Cán bộ xã', modules: ['dt/m2', 'dt/m3'] }, at(1));
    record = pass(record, 'dt/m2', 2);
    const path = Object.values(record.paths)[0]!.path;
    const known = new Set(modules.map((m) => m.key));
    expect(pathStanding(record, path, known).next).toBe('dt/m3'); // without the page's exercises, as before
    const exercisesOf = (key: string) => withExercise.find((m) => m.key === key)?.exercises;
    expect(pathStanding(record, path, known, exercisesOf)).toMatchObject({ done: 0, next: 'dt/m2' });
    expect(keyOf(nextStep(record, withExercise))).toBe('dt/m2');
    record.modules['dt/m2']!.exercises = {
      'find-errors': {
        attempts: [
          {
            id: 'exercise-0001-xxxx',
            at: at(3).toISOString(),
            lang: 'vi',
            kind: 'table-inspection',
            score: 5,
            total: 5,
            percent: 100,
            passed: true,
            missed: [],
            response: [],
          },
        ],
      },
    };
    expect(pathStanding(record, path, known, exercisesOf)).toMatchObject({ done: 1, next: 'dt/m3' });
    expect(keyOf(nextStep(record, withExercise))).toBe('dt/m3');
  });
});
