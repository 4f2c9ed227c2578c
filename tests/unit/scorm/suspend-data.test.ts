import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quizMachine, QUIZ_MACHINE_VERSION } from '../../../src/lib/quiz/quiz-machine';
import type { Answer } from '../../../src/lib/quiz/quiz-scoring';
import { snapshotFits } from '../../../src/lib/quiz/snapshot-fits';
import { withPageQuiz } from '../../../src/lib/quiz/quizless-snapshot';
import { decodeSuspendData, encodeSuspendData, MAX_SUSPEND_DATA } from '../../../src/lib/scorm/suspend-data';
import { quizSchema, type Question, type QuizData } from '../../../src/schemas/quiz';

const QUIZZES = join(import.meta.dirname, '../../../content/quizzes');
const allQuizzes = (['vi', 'en'] as const).flatMap((lang) =>
  readdirSync(join(QUIZZES, lang), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => ({ lang, file, quiz: quizSchema.parse(parse(readFileSync(join(QUIZZES, lang, file), 'utf8'))) })),
);

/** The longest answer a learner can give each question: every option, every item, a long typed number. */
function longestAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: [...question.options].sort((a, b) => b.id.length - a.id.length)[0]!.id };
    case 'multiple':
      return { type: 'multiple', choices: question.options.map((o) => o.id) };
    case 'true-false':
      return { type: 'true-false', value: false };
    case 'numeric':
      return { type: 'numeric', text: '-1234567890,123456789' };
    case 'order':
      return { type: 'order', ids: question.items.map((i) => i.id) };
  }
}

/** The saved unfinished quiz with every question answered, on the last question, as the island stores it. */
function fullySaved(quiz: QuizData, lang: 'vi' | 'en') {
  const actor = createActor(quizMachine, {
    input: { quiz: { ...quiz, behaviour: 'test' }, lang, seed: 4_000_000_000 },
  });
  actor.start();
  actor.send({ type: 'quiz.start' });
  quiz.questions.forEach((question, index) => {
    actor.send({ type: 'question.goto', index });
    actor.send({ type: 'answer.set', answer: longestAnswer(question) });
  });
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return {
    machineVersion: QUIZ_MACHINE_VERSION,
    quizHash: 'abc123',
    lang,
    savedAt: '2026-12-01T08:00:00.000Z',
    snapshot,
  };
}

const asTest = (quiz: QuizData): QuizData => ({ ...quiz, behaviour: 'test' });

describe('suspend data for an LMS', () => {
  it('holds the longest unfinished quiz of the curriculum within 4,096 characters', () => {
    const lengths = allQuizzes.map(({ lang, file, quiz }) => ({
      file: `${lang}/${file}`,
      length: encodeSuspendData(fullySaved(quiz, lang))?.length ?? Infinity,
    }));
    const longest = lengths.reduce((a, b) => (b.length > a.length ? b : a));
    console.log(`longest suspend_data: ${longest.length} characters (${longest.file}), of ${MAX_SUSPEND_DATA}`);
    expect(allQuizzes.length).toBeGreaterThanOrEqual(44);
    expect(longest.length).toBeLessThanOrEqual(MAX_SUSPEND_DATA);
  });

  it('brings back a snapshot the quiz restores, with the page quiz in place', () => {
    for (const { lang, quiz } of allQuizzes.slice(0, 6)) {
      const saved = fullySaved(quiz, lang);
      const back = decodeSuspendData(encodeSuspendData(saved)!)!;
      expect(withPageQuiz(back.snapshot, asTest(quiz))).toEqual(saved.snapshot);
      expect({ ...back, snapshot: saved.snapshot }).toEqual(saved);
      expect(snapshotFits(withPageQuiz(back.snapshot, asTest(quiz)), asTest(quiz))).toBe(true);
      // Without the page's quiz put back, the check refuses it: the quiz island must do so (quiz-island.ts).
      expect(snapshotFits(back.snapshot, asTest(quiz))).toBe(false);
    }
  });

  it('is plain URI-safe ASCII, which every LMS stores as it is', () => {
    const { lang, quiz } = allQuizzes[0]!;
    expect(encodeSuspendData(fullySaved(quiz, lang))).toMatch(/^[A-Za-z0-9+\-$]+$/);
  });

  it('reads anything else as nothing, never throwing', () => {
    const { quiz } = allQuizzes[0]!;
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => decodeSuspendData(text)).not.toThrow();
      }),
    );
    expect(decodeSuspendData('')).toBeUndefined();
    expect(decodeSuspendData('x'.repeat(MAX_SUSPEND_DATA + 1))).toBeUndefined();
  });

  it('sends nothing rather than part of a snapshot that does not fit', () => {
    const { lang, quiz } = allQuizzes[0]!;
    const saved = fullySaved(quiz, lang);
    const huge = {
      ...saved,
      snapshot: {
        ...(saved.snapshot as object),
        context: { noise: Array.from({ length: 200 }, () => crypto.randomUUID()) },
      },
    };
    expect(encodeSuspendData(huge)).toBeUndefined();
  });
});
