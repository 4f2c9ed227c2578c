import { describe, expect, it } from 'vitest';
import {
  bestExercisePercent,
  draftKey,
  findExerciseDraft,
  recordExerciseAttempt,
  saveExerciseDraft,
} from '../../../src/lib/exercise/exercise-session';
import { emptyProgress, type Attempt, type ExerciseAttempt } from '../../../src/lib/progress/progress-schema';
import { recordAttempt } from '../../../src/lib/quiz/quiz-session';

const KEY = 'data-thinking/data-quality';
const exerciseAttempt = (over: Partial<ExerciseAttempt> = {}): ExerciseAttempt => ({
  id: 'exercise-attempt-1',
  at: '2026-12-01T09:00:00.000Z',
  lang: 'vi',
  kind: 'table-inspection',
  score: 4,
  total: 5,
  percent: 80,
  passed: true,
  missed: ['amount-rule'],
  response: ['r3:validity'],
  ...over,
});
const quizAttempt = (over: Partial<Attempt> = {}): Attempt => ({
  id: 'quiz-attempt-1',
  at: '2026-12-01T08:00:00.000Z',
  lang: 'vi',
  correct: 7,
  total: 8,
  percent: 88,
  passed: true,
  answers: {},
  ...over,
});

describe('an exercise in the record', () => {
  it('keeps each checked attempt once, under its module and exercise, and ends the draft', () => {
    let record = saveExerciseDraft(emptyProgress(), KEY, 'inspect', {
      machineVersion: 1,
      quizHash: 'h1',
      lang: 'vi',
      savedAt: '2026-12-01T08:59:00.000Z',
      snapshot: { marks: ['r3'] },
    });
    expect(findExerciseDraft(record, KEY, 'inspect', 1, 'h1')).toEqual({ kind: 'resume', snapshot: { marks: ['r3'] } });
    expect(findExerciseDraft(record, KEY, 'inspect', 1, 'edited')).toEqual({ kind: 'dropped' });
    const rule = { quiz: true, exercises: [] };
    record = recordExerciseAttempt(record, KEY, 'inspect', exerciseAttempt(), rule);
    record = recordExerciseAttempt(record, KEY, 'inspect', exerciseAttempt(), rule);
    expect(record.modules[KEY]?.exercises?.inspect?.attempts).toHaveLength(1);
    expect(record.inProgress[draftKey(KEY, 'inspect')]).toBeUndefined();
    expect(bestExercisePercent(record.modules[KEY], 'inspect')).toBe(80);
    expect(bestExercisePercent(record.modules[KEY], 'other')).toBeUndefined();
  });

  it('a practice exercise never completes a module, and never stops the quiz from completing it', () => {
    const rule = { quiz: true, exercises: [] };
    let record = recordExerciseAttempt(emptyProgress(), KEY, 'inspect', exerciseAttempt(), rule);
    expect(record.modules[KEY]?.completedAt).toBeUndefined();
    record = recordAttempt(record, KEY, quizAttempt({ at: '2026-12-01T10:00:00.000Z' }), rule);
    expect(record.modules[KEY]?.completedAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('with an exercise that counts, the module completes when the last of quiz and exercise is passed', () => {
    const rule = { quiz: true, exercises: ['inspect'] };
    let record = recordAttempt(emptyProgress(), KEY, quizAttempt(), rule);
    expect(record.modules[KEY]?.completedAt).toBeUndefined();
    record = recordExerciseAttempt(record, KEY, 'inspect', exerciseAttempt({ passed: false, percent: 40 }), rule);
    expect(record.modules[KEY]?.completedAt).toBeUndefined();
    record = recordExerciseAttempt(
      record,
      KEY,
      'inspect',
      exerciseAttempt({ id: 'exercise-attempt-2', at: '2026-12-01T11:00:00.000Z' }),
      rule,
    );
    expect(record.modules[KEY]?.completedAt).toBe('2026-12-01T11:00:00.000Z');
    // Once complete, a later failed try does not take it back.
    record = recordAttempt(record, KEY, quizAttempt({ id: 'quiz-attempt-2', passed: false }), rule);
    expect(record.modules[KEY]?.completedAt).toBe('2026-12-01T11:00:00.000Z');
  });
});
