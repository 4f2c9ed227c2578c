import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exerciseResults,
  moduleStatus,
  moduleStatusWith,
  summarise,
  type ModuleInfo,
} from '../../../src/lib/progress/learning-summary';
import { recordExerciseAttempt } from '../../../src/lib/exercise/exercise-session';
import { emptyProgress, type Progress } from '../../../src/lib/progress/progress-schema';
import { recordAttempt, recordVisit } from '../../../src/lib/quiz/quiz-session';
import { recordArb } from './arbitrary-record';
import { exerciseAttempt } from './exercise-fixtures';

const dataQuality: ModuleInfo = {
  key: 'c1/data-quality',
  course: 'c1',
  number: '1.2',
  title: 'Chất lượng dữ liệu',
  url: '/vi/courses/c1/data-quality/',
  exercises: [
    { id: 'find-errors', kind: 'table-inspection', title: 'Tìm lỗi trong danh sách hộ', counts: true },
    { id: 'spot-gaps', kind: 'table-inspection', title: 'Tìm ô còn trống', counts: false },
  ],
};
const quizAttempt = (percent: number) => ({
  id: `quiz-${percent}-${Math.random().toString(36).slice(2, 10)}`,
  at: '2026-11-02T08:00:00.000Z',
  lang: 'vi' as const,
  correct: percent / 10,
  total: 10,
  percent,
  passed: percent >= 80,
  answers: {},
});
const rule = { quiz: true, exercises: ['find-errors'] };

describe("a module's exercises on My learning", () => {
  it('show each tried exercise with its title, best percent, whether it was passed and how many tries', () => {
    let record = recordVisit(emptyProgress(), dataQuality.key, 'vi', new Date('2026-11-01'));
    record = recordExerciseAttempt(record, dataQuality.key, 'find-errors', exerciseAttempt(40), rule);
    record = recordExerciseAttempt(record, dataQuality.key, 'find-errors', exerciseAttempt(80), rule);
    record = recordExerciseAttempt(record, dataQuality.key, 'find-errors', exerciseAttempt(60), rule);
    expect(exerciseResults(record, dataQuality)).toEqual([
      {
        id: 'find-errors',
        kind: 'table-inspection',
        title: 'Tìm lỗi trong danh sách hộ',
        counts: true,
        best: 80,
        passed: true,
        tries: 3,
      },
    ]);
    const summary = summarise(record, [dataQuality]);
    expect(summary.inProgress[0]?.exerciseResults.map((e) => e.tries)).toEqual([3]);
  });

  it('keep the catalog order, and still show an exercise the page no longer declares, by a readable id', () => {
    let record = emptyProgress();
    record = recordExerciseAttempt(record, dataQuality.key, 'old-exercise', exerciseAttempt(30), rule);
    record = recordExerciseAttempt(record, dataQuality.key, 'spot-gaps', exerciseAttempt(100), rule);
    record = recordExerciseAttempt(record, dataQuality.key, 'find-errors', exerciseAttempt(20), rule);
    const results = exerciseResults(record, dataQuality);
    expect(results.map((e) => [e.id, e.title, e.passed])).toEqual([
      ['find-errors', 'Tìm lỗi trong danh sách hộ', false],
      ['spot-gaps', 'Tìm ô còn trống', true],
      ['old-exercise', 'old exercise', false],
    ]);
  });

  it('make a module with only an exercise tried "in progress", not "not started"', () => {
    const record = recordExerciseAttempt(emptyProgress(), dataQuality.key, 'spot-gaps', exerciseAttempt(10), rule);
    expect(moduleStatus(record, dataQuality.key)).toBe('in-progress');
  });
});

describe('the summary counts with exercises', () => {
  const completedByQuiz = (): Progress => {
    const record = recordVisit(emptyProgress(), dataQuality.key, 'vi', new Date('2026-11-01'));
    return recordAttempt(record, dataQuality.key, quizAttempt(90)); // the quiz alone, under the quiz-only rule
  };

  it('keep a completed module "in progress" while an exercise that counts has no pass', () => {
    const record = completedByQuiz();
    expect(moduleStatus(record, dataQuality.key)).toBe('completed');
    expect(moduleStatusWith(record, dataQuality)).toBe('in-progress');
    const summary = summarise(record, [dataQuality]);
    expect(summary.completed).toEqual([]);
    expect(summary.inProgress.map((m) => m.key)).toEqual([dataQuality.key]);

    const failed = recordExerciseAttempt(record, dataQuality.key, 'find-errors', exerciseAttempt(50), rule);
    expect(moduleStatusWith(failed, dataQuality)).toBe('in-progress');
    const passed = recordExerciseAttempt(failed, dataQuality.key, 'find-errors', exerciseAttempt(90), rule);
    expect(summarise(passed, [dataQuality]).completed.map((m) => m.key)).toEqual([dataQuality.key]);
  });

  it('are unchanged by exercises that do not count, or by a page without exercises', () => {
    const record = recordExerciseAttempt(completedByQuiz(), dataQuality.key, 'spot-gaps', exerciseAttempt(0), rule);
    const practiceOnly = { ...dataQuality, exercises: dataQuality.exercises!.map((e) => ({ ...e, counts: false })) };
    expect(moduleStatusWith(record, practiceOnly)).toBe('completed');
    const { exercises: _none, ...withoutExercises } = dataQuality;
    expect(moduleStatusWith(record, withoutExercises)).toBe('completed');
  });

  it('never count a module as completed that moduleStatus does not, and list each module once', () => {
    const modules: ModuleInfo[] = ['c1/m1', 'c1/m2', 'c2/m1'].map((key, i) => ({
      key,
      course: key.split('/')[0]!,
      number: `1.${i + 1}`,
      title: key,
      url: `/vi/${key}/`,
      exercises: [{ id: 'ex1', kind: 'risk-matrix', title: 'Ma trận', counts: i % 2 === 0 }],
    }));
    fc.assert(
      fc.property(recordArb(), (record) => {
        const summary = summarise(record, modules);
        for (const m of summary.completed) expect(moduleStatus(record, m.key)).toBe('completed');
        const listed = [...summary.inProgress, ...summary.completed].map((m) => m.key);
        expect(new Set(listed).size).toBe(listed.length);
        const started = modules.filter((m) => moduleStatus(record, m.key) !== 'not-started').map((m) => m.key);
        expect(listed.sort()).toEqual(started.sort());
        for (const m of [...summary.inProgress, ...summary.completed])
          for (const e of m.exerciseResults) {
            const attempts = record.modules[m.key]!.exercises![e.id]!.attempts;
            expect(e.tries).toBe(attempts.length);
            expect(e.best).toBe(Math.max(...attempts.map((a) => a.percent)));
          }
      }),
    );
  });
});
