import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coursePercent, moduleStatus, summarise, type ModuleInfo } from '../../../src/lib/progress/learning-summary';
import { exportProgress, importProgress } from '../../../src/lib/progress/progress-file';
import { emptyProgress, type Attempt, type Progress } from '../../../src/lib/progress/progress-schema';
import { recordAttempt, recordVisit } from '../../../src/lib/quiz/quiz-session';
import { recordExerciseAttempt } from '../../../src/lib/exercise/exercise-session';
import { exerciseAttempt } from './exercise-fixtures';

const modules: ModuleInfo[] = ['m1', 'm2', 'm3'].map((m, i) => ({
  key: `dt/${m}`,
  course: 'dt',
  number: `1.${i + 1}`,
  title: m,
  url: `/vi/courses/dt/${m}/`,
}));
let n = 0;
const attempt = (percent: number): Attempt => ({
  id: `attempt-${++n}-xxxxxxxx`,
  at: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(),
  lang: 'vi',
  correct: Math.round(percent / 10),
  total: 10,
  percent,
  passed: percent >= 80,
  answers: {},
});

describe('learning summary', () => {
  it('sorts modules into in progress and completed, and suggests what to continue', () => {
    let record = recordVisit(emptyProgress(), 'dt/m1', 'vi', new Date('2026-01-01'));
    record = recordAttempt(record, 'dt/m1', attempt(90));
    record = recordVisit(record, 'dt/m2', 'vi', new Date('2026-01-02'));
    const summary = summarise(record, modules);
    expect(summary.completed.map((m) => m.key)).toEqual(['dt/m1']);
    expect(summary.inProgress.map((m) => m.key)).toEqual(['dt/m2']);
    expect(
      coursePercent(
        record,
        modules.map((m) => m.key),
      ),
    ).toBe(33);
    expect(moduleStatus(record, 'dt/m3')).toBe('not-started');
    record = recordAttempt(recordVisit(record, 'dt/m2', 'vi', new Date('2026-01-03')), 'dt/m2', attempt(100));
    expect(summarise(record, modules).attempts.map((a) => a.percent)).toEqual([100, 90]);
  });
});

describe('export and import', () => {
  const withAttempts = (...percents: number[]) =>
    percents.reduce<Progress>((r, p, i) => recordAttempt(r, modules[i % 3]!.key, attempt(p)), emptyProgress());

  it('round-trips, and merges without replacing or doubling', () => {
    const mine = withAttempts(50, 90);
    const file = exportProgress(mine, new Date('2026-02-01'));
    const other = withAttempts(70);
    const result = importProgress(other, file);
    expect(result).toMatchObject({ ok: true, added: 2, partial: false });
    if (!result.ok) return;
    expect(Object.values(result.merged.modules).flatMap((m) => m.attempts)).toHaveLength(3);
    const again = importProgress(result.merged, file);
    expect(again.ok && again.added).toBe(0);
  });

  it('refuses what is not a progress file with a reason, and never throws', () => {
    expect(importProgress(emptyProgress(), 'not json')).toEqual({ ok: false, reason: 'not-json' });
    expect(importProgress(emptyProgress(), '{"hello":1}')).toEqual({ ok: false, reason: 'not-ours' });
    expect(
      importProgress(
        emptyProgress(),
        JSON.stringify({ format: 'civic-data-literacy/progress', record: { version: 9 } }),
      ),
    ).toEqual({ ok: false, reason: 'newer-version' });
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => importProgress(emptyProgress(), text)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (record) => {
        const result = importProgress(
          emptyProgress(),
          JSON.stringify({ format: 'civic-data-literacy/progress', record }),
        );
        if (result.ok) expect(result.merged.version).toBe(1);
      }),
    );
  });

  it('keeps every attempt of both sides, whatever they hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 6 }),
        (a, b) => {
          const [x, y] = [withAttempts(...a), withAttempts(...b)];
          const result = importProgress(x, exportProgress(y, new Date()));
          expect(result.ok).toBe(true);
          if (result.ok)
            expect(Object.values(result.merged.modules).flatMap((m) => m.attempts)).toHaveLength(a.length + b.length);
        },
      ),
    );
  });

  it('carries exercise attempts in the backup file, and counts them among the attempts it adds', () => {
    const rule = { quiz: true, exercises: [] };
    let mine = withAttempts(50);
    mine = recordExerciseAttempt(mine, 'dt/m2', 'find-errors', exerciseAttempt(80), rule);
    mine = recordExerciseAttempt(mine, 'dt/m2', 'find-errors', exerciseAttempt(40), rule);
    const result = importProgress(emptyProgress(), exportProgress(mine, new Date('2026-11-20')));
    expect(result).toMatchObject({ ok: true, added: 3, partial: false });
    if (!result.ok) return;
    expect(result.merged.modules['dt/m2']?.exercises?.['find-errors']?.attempts).toEqual(
      mine.modules['dt/m2']?.exercises?.['find-errors']?.attempts,
    );
    const again = importProgress(result.merged, exportProgress(mine, new Date('2026-11-21')));
    expect(again.ok && again.added).toBe(0);
  });
});
