import type { Question, QuizData } from '../../schemas/quiz';
import type { Progress, ReviewAttempt } from '../progress/progress-schema';
import { interleave, MODULES_PER_SESSION, pickQuestions } from './review-pick';
import { isReviewDue, reviewSchedule } from './review-schedule';

/** What /{lang}/review-questions.json holds: every module's quiz questions and pass mark, by module key. */
export interface ReviewQuestions {
  modules: Record<string, { passMark: number; questions: Question[] }>;
}

/** The modules due for review now, soonest due first (a failed review first of all), ties in catalog order. */
export function dueModules(record: Progress, reviewable: readonly string[], now: Date): string[] {
  return reviewable
    .map((key, index) => ({ key, index, schedule: reviewSchedule(record.modules[key]) }))
    .filter((m) => isReviewDue(m.schedule, now))
    .sort((a, b) => {
      const [x, y] = [a.schedule, b.schedule];
      if (x.kind !== 'scheduled' || y.kind !== 'scheduled') return a.index - b.index;
      return Number(y.failed) - Number(x.failed) || Date.parse(x.dueAt) - Date.parse(y.dueAt) || a.index - b.index;
    })
    .map((m) => m.key);
}

/** One review session: a test-mode quiz of questions from several modules, and which module each came from. */
export interface ReviewSession {
  quiz: QuizData;
  /** The session's question id → the module and the question's own id in its quiz. */
  origin: Record<string, { module: string; question: string }>;
  /** The modules asked, in the order they were picked. */
  modules: string[];
}

/**
 * Builds the session from the modules due (at most MODULES_PER_SESSION). Question ids are made unique across
 * modules ("2~q-mean"), since two quizzes may both have a "q1".
 */
export function buildSession(record: Progress, due: readonly string[], bank: ReviewQuestions): ReviewSession {
  const modules = due.filter((key) => (bank.modules[key]?.questions.length ?? 0) > 0).slice(0, MODULES_PER_SESSION);
  const origin: ReviewSession['origin'] = {};
  const groups = modules.map((key, m) => {
    const questions = bank.modules[key]!.questions;
    const picked = pickQuestions(
      record.modules[key],
      questions.map((q) => q.id),
    );
    return picked.map((id) => {
      const question = questions.find((q) => q.id === id)!;
      const sessionId = `${m}~${id}`;
      origin[sessionId] = { module: key, question: id };
      return { ...question, id: sessionId };
    });
  });
  return {
    // The session's own mark is never used: each module passes or fails at its own (reviewAttempts).
    quiz: { behaviour: 'test', passMark: 100, questions: interleave(groups) },
    origin,
    modules,
  };
}

/** The record with the session's attempts added, each once (a second call with the same ids changes nothing). */
export function recordReviews(record: Progress, results: ReadonlyArray<{ module: string; attempt: ReviewAttempt }>) {
  const modules = { ...record.modules };
  for (const { module, attempt } of results) {
    const current = modules[module];
    if (!current) continue; // only a passed module is reviewed, and a passed module is in the record
    const reviews = current.reviews ?? [];
    if (reviews.some((r) => r.id === attempt.id)) continue;
    modules[module] = { ...current, reviews: [...reviews, attempt] };
  }
  return { ...record, modules };
}
