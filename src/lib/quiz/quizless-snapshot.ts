import type { QuizData } from '../../schemas/quiz';

/**
 * A saved snapshot that comes without its copy of the quiz (an LMS's suspend data has no room for it:
 * scorm/suspend-data.ts) gets the page's own quiz, so snapshotFits() can check it like any other. It is only ever
 * restored after findResume() matched its quiz fingerprint, which shows it was saved from this very quiz. A
 * snapshot that has a quiz, or is not a snapshot at all, is returned as it is, for snapshotFits() to judge.
 */
export function withPageQuiz(snapshot: unknown, quiz: QuizData): unknown {
  if (typeof snapshot !== 'object' || snapshot === null) return snapshot;
  const { context } = snapshot as { context?: unknown };
  if (typeof context !== 'object' || context === null || Array.isArray(context) || 'quiz' in context) return snapshot;
  return { ...snapshot, context: { ...context, quiz } };
}
