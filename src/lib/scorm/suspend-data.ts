import LZString from 'lz-string';
import * as v from 'valibot';
import { inProgressSchema, type InProgressQuiz } from '../progress/progress-schema';

/**
 * The unfinished quiz as SCORM 1.2's cmi.suspend_data carries it between launches: an LMS keeps at most 4,096
 * characters (CMIString4096), and some store only plain ASCII safely. So the saved snapshot goes without its copy of
 * the quiz (the page has it: quiz/quizless-snapshot.ts puts it back before the snapshot is checked), as JSON compressed
 * with lz-string into URI-safe ASCII. What does not fit is not sent: the learner's own browser record still
 * holds it, and the LMS is told nothing rather than half a snapshot.
 */
export const MAX_SUSPEND_DATA = 4096;
const FORMAT = 1;

export function encodeSuspendData(saved: InProgressQuiz): string | undefined {
  const snapshot = saved.snapshot as { context?: Record<string, unknown> } | null;
  const context = snapshot && typeof snapshot === 'object' ? snapshot.context : undefined;
  if (!context || typeof context !== 'object') return undefined;
  const { quiz: _quiz, ...rest } = context;
  const compact = { f: FORMAT, saved: { ...saved, snapshot: { ...snapshot, context: rest } } };
  const text = LZString.compressToEncodedURIComponent(JSON.stringify(compact));
  return text.length <= MAX_SUSPEND_DATA ? text : undefined;
}

/** The unfinished quiz from suspend data (its snapshot without the quiz); undefined for anything else. */
export function decodeSuspendData(text: string): InProgressQuiz | undefined {
  if (typeof text !== 'string' || text === '' || text.length > MAX_SUSPEND_DATA) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(LZString.decompressFromEncodedURIComponent(text) ?? '');
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.f !== FORMAT) return undefined;
  const parsed = v.safeParse(inProgressSchema, value.saved);
  if (!parsed.success || !isRecord(parsed.output.snapshot) || !isRecord(parsed.output.snapshot.context))
    return undefined;
  return parsed.output;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
