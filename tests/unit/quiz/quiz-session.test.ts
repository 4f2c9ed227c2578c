import { describe, expect, it } from 'vitest';
import { emptyProgress, type Attempt } from '../../../src/lib/progress/progress-schema';
import {
  bestPercent,
  findResume,
  markDone,
  quizHash,
  recordAttempt,
  recordVisit,
  saveInProgress,
} from '../../../src/lib/quiz/quiz-session';
import { sampleQuiz } from '../quiz-fixture';

const attempt = (id: string, percent: number, at: string): Attempt => ({
  id,
  at,
  lang: 'vi',
  correct: percent / 20,
  total: 5,
  percent,
  passed: percent >= 80,
  answers: {},
});
const saved = (hash: string, machineVersion = 1) => ({
  machineVersion,
  quizHash: hash,
  lang: 'vi' as const,
  savedAt: '2026-01-01T00:00:00.000Z',
  snapshot: { value: 'answering' },
});

describe('quiz session rules', () => {
  it('an edited quiz has another hash, so its saved answers are dropped, not resumed', () => {
    const quiz = sampleQuiz();
    const hash = quizHash(quiz);
    const edited = sampleQuiz();
    edited.questions[0]!.prompt = 'A reworded prompt';
    expect(quizHash(edited)).not.toBe(hash);
    const record = saveInProgress(emptyProgress(), 'dt/m1', saved(hash));
    expect(findResume(record, 'dt/m1', 1, [hash])).toEqual({ kind: 'resume', snapshot: { value: 'answering' } });
    expect(findResume(record, 'dt/m1', 1, [quizHash(edited)])).toEqual({ kind: 'dropped' });
    expect(findResume(record, 'dt/m1', 2, [hash])).toEqual({ kind: 'dropped' });
    expect(findResume(record, 'dt/m2', 1, [hash])).toEqual({ kind: 'none' });
  });

  it('an attempt saved under the old one-language hash still resumes when the page accepts that hash too', () => {
    const record = saveInProgress(emptyProgress(), 'dt/m1', saved('legacy'));
    expect(findResume(record, 'dt/m1', 1, ['resume-key', 'legacy']).kind).toBe('resume');
    expect(findResume(record, 'dt/m1', 1, ['resume-key']).kind).toBe('dropped');
  });

  it('a failed attempt is kept without completing; a pass completes once; the saved quiz ends', () => {
    let record = saveInProgress(emptyProgress(), 'dt/m1', saved('h'));
    record = recordAttempt(record, 'dt/m1', attempt('a1-xxxxxxxx', 60, '2026-01-01T00:00:00.000Z'));
    expect(record.modules['dt/m1']?.completedAt).toBeUndefined();
    expect(record.inProgress['dt/m1']).toBeUndefined();
    record = recordAttempt(record, 'dt/m1', attempt('a2-xxxxxxxx', 80, '2026-01-02T00:00:00.000Z'));
    record = recordAttempt(record, 'dt/m1', attempt('a3-xxxxxxxx', 100, '2026-01-03T00:00:00.000Z'));
    record = recordAttempt(record, 'dt/m1', attempt('a3-xxxxxxxx', 100, '2026-01-03T00:00:00.000Z'));
    expect(record.modules['dt/m1']?.completedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(record.modules['dt/m1']?.attempts).toHaveLength(3);
    expect(bestPercent(record.modules['dt/m1'])).toBe(100);
    expect(bestPercent(undefined)).toBeUndefined();
  });

  it('a visit counts and becomes "where you left off"', () => {
    const record = recordVisit(
      recordVisit(emptyProgress(), 'dt/m1', 'vi', new Date('2026-01-01')),
      'dt/m1',
      'en',
      new Date('2026-01-02'),
    );
    expect(record.modules['dt/m1']?.visits).toBe(2);
    expect(record.last).toEqual({ module: 'dt/m1', lang: 'en', at: '2026-01-02T00:00:00.000Z' });
  });

  it('"mark as done" completes a module without a quiz once, keeping the first date', () => {
    const once = markDone(emptyProgress(), 'dt/m9', new Date('2026-03-01'));
    expect(once.modules['dt/m9']?.completedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(markDone(once, 'dt/m9', new Date('2026-04-01'))).toBe(once);
  });
});
