/**
 * What this browser has sent to each path's Learning Record Store: a short fingerprint of every statement the LRS
 * took, so it is not sent again. The statements themselves are never stored here: they are derived from the
 * learner's record whenever the sender runs (the same ids every time, see xapi.ts), so nothing waits in a queue
 * that could fill up or be lost; what is unsent is simply what the record has and this log does not.
 *
 * The log is bounded. Past MAX_SENT_PER_PATH, its oldest entries are summarised into `through` (statements at or
 * before that time count as sent) rather than dropped, which would send them again. Damaged text reads as an
 * empty log: everything is sent again, and the LRS, which keeps one statement per id, stores nothing twice.
 */
export const SENT_LOG_KEY = 'cdl.lrs.sent';
export const MAX_SENT_PER_PATH = 2000;

/** What went wrong on the last try, for My learning to say; absent once a try succeeds. */
export type SendProblem = 'offline' | 'refused' | 'server' | 'storage-full';

export interface PathLog {
  /** "<time in base 36>.<first 12 hex digits of the statement id>", oldest statement first. */
  sent: string[];
  /** The newest statement time summarised away: anything at or before it was sent. */
  through?: string;
  /** How the last try ended, and when; the HTTP status when the LRS refused. */
  last?: { at: string; problem?: SendProblem; status?: number };
}
export type SentLog = Record<string, PathLog>;

interface Dated {
  id: string;
  timestamp: string;
}

const fingerprint = (id: string) => id.replace(/-/g, '').slice(0, 12).toLowerCase();
const entryOf = (s: Dated) => `${Date.parse(s.timestamp).toString(36)}.${fingerprint(s.id)}`;
const ENTRY = /^[0-9a-z]{1,12}\.[0-9a-f]{12}$/;

/** Never throws: a damaged path's part is dropped, the rest kept. */
export function parseSentLog(text: string | null): SentLog {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '{}');
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const log: SentLog = {};
  for (const [id, part] of Object.entries(value as Record<string, unknown>)) {
    const p = part as Partial<PathLog> | null;
    if (!p || !Array.isArray(p.sent) || !p.sent.every((e) => typeof e === 'string' && ENTRY.test(e))) continue;
    const through = typeof p.through === 'string' && !Number.isNaN(Date.parse(p.through)) ? p.through : undefined;
    const last = p.last && typeof p.last.at === 'string' ? p.last : undefined;
    log[id] = { sent: p.sent, ...(through ? { through } : {}), ...(last ? { last } : {}) };
  }
  return log;
}

/** The statements of a path its log does not hold, in their order. */
export function unsent<T extends Dated>(statements: readonly T[], log: PathLog | undefined): T[] {
  if (!log) return [...statements];
  const held = new Set(log.sent.map((e) => e.slice(e.indexOf('.') + 1)));
  const through = log.through === undefined ? -Infinity : Date.parse(log.through);
  return statements.filter((s) => !held.has(fingerprint(s.id)) && Date.parse(s.timestamp) > through);
}

/** The log with these statements taken by the LRS, its oldest entries summarised when it is full. */
export function withSent(log: PathLog | undefined, statements: readonly Dated[], now: Date): PathLog {
  return {
    ...bounded([...(log?.sent ?? []), ...statements.map(entryOf)], [log?.through]),
    last: { at: now.toISOString() },
  };
}

/**
 * Two tabs' logs of one browser as one: every entry of both (a tab writes the union, so a tab without the Web
 * Locks API that wrote at the same moment loses nothing of the other's), the later try's outcome.
 */
export function mergeLogs(a: SentLog, b: SentLog): SentLog {
  const merged: SentLog = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) merged[id] = mergePathLogs(a[id], b[id]);
  return merged;
}

/** One path's part of mergeLogs: either side may be missing. */
export function mergePathLogs(x: PathLog | undefined, y: PathLog | undefined): PathLog {
  const last = [x?.last, y?.last]
    .filter((l): l is NonNullable<PathLog['last']> => l !== undefined)
    .sort((p, q) => Date.parse(p.at) - Date.parse(q.at))
    .at(-1);
  return {
    ...bounded([...(x?.sent ?? []), ...(y?.sent ?? [])], [x?.through, y?.through]),
    ...(last ? { last } : {}),
  };
}

function bounded(entries: string[], throughs: Array<string | undefined>): Pick<PathLog, 'sent' | 'through'> {
  const sorted = [...new Set(entries)].sort(byTime);
  const over = Math.max(0, sorted.length - MAX_SENT_PER_PATH);
  const summarised = sorted.slice(0, over).map(timeOf);
  const through = [...throughs, ...summarised]
    .filter((t): t is string => t !== undefined)
    .sort((p, q) => Date.parse(p) - Date.parse(q))
    .at(-1);
  return { sent: sorted.slice(over), ...(through ? { through } : {}) };
}

/** The log noting what went wrong on this try; what was sent before stays. */
export function withProblem(log: PathLog | undefined, problem: SendProblem, now: Date, status?: number): PathLog {
  return {
    sent: log?.sent ?? [],
    ...(log?.through ? { through: log.through } : {}),
    last: { at: now.toISOString(), problem, ...(status !== undefined ? { status } : {}) },
  };
}

const timeOf = (entry: string) => new Date(parseInt(entry.slice(0, entry.indexOf('.')), 36)).toISOString();
const byTime = (a: string, b: string) =>
  parseInt(a.slice(0, a.indexOf('.')), 36) - parseInt(b.slice(0, b.indexOf('.')), 36) || a.localeCompare(b);
