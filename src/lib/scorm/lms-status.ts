import type { ModuleProgress } from '../progress/progress-schema';
import { bestScore } from '../quiz/best-score';

/**
 * What a module page tells an LMS of the learner's record for that module, in SCORM 1.2's terms: passed once the
 * module is complete by the site's own rule (its quiz and every exercise that counts), failed while every quiz
 * attempt so far has failed, otherwise incomplete; the score is the best quiz score, as the site shows it.
 */
export type LessonStatus = 'passed' | 'failed' | 'incomplete';

export interface LmsReport {
  status: LessonStatus;
  /** 0–100, whole; absent before a first attempt. */
  score?: number;
}

export function lmsReport(module: ModuleProgress | undefined): LmsReport {
  const best = module ? bestScore(module.attempts) : undefined;
  const score = best === undefined ? {} : { score: Math.round(best) };
  if (module?.completedAt) return { status: 'passed', ...score };
  const attempts = module?.attempts ?? [];
  if (attempts.length > 0 && attempts.every((a) => !a.passed)) return { status: 'failed', ...score };
  return { status: 'incomplete', ...score };
}

/** SCORM 1.2's CMITimespan for a session's length: HHHH:MM:SS.SS. */
export function scormTimespan(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}
