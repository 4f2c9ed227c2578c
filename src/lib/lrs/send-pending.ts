import type { Lang } from '../../i18n/languages';
import { isActive } from '../course-paths/path-standing';
import { lrsAllowed } from '../course-paths/path-lrs';
import type { PathModule } from '../course-paths/path-catalog';
import type { PathLrs, SharedPath } from '../course-paths/path-schema';
import type { Progress } from '../progress/progress-schema';
import { sendingStatements } from './sending-statements';
import { BATCH_SIZE, type PostResult } from './post-statements';
import { mergePathLogs, unsent, withProblem, withSent, type PathLog, type SendProblem, type SentLog } from './sent-log';

/** An assigned path whose statements go to its LRS: still assigned, allowed here, and not stopped by the learner. */
export function sendingPaths(record: Progress, allowed: readonly string[]) {
  return Object.entries(record.paths).flatMap(([id, entry]) =>
    entry.path.lrs && isActive(entry) && !entry.lrsStoppedAt && lrsAllowed(entry.path, allowed)
      ? [{ id, path: entry.path as SharedPath & { lrs: PathLrs } }]
      : [],
  );
}

export interface SendDeps {
  record: Progress;
  allowed: readonly string[];
  /** The site's address with its folder (siteAddress): the statements' ids hang from it. */
  site: string;
  modulesIn: (lang: Lang) => Promise<PathModule[]>;
  /** The log as stored now (re-read for every write, so another tab's entries are kept). */
  readLog: () => SentLog;
  /** Writes one path's part; false if storage refused it (full), and the part is then only in memory. */
  writePathLog: (id: string, log: PathLog) => boolean;
  post: (endpoint: string, key: string, statements: readonly unknown[]) => Promise<PostResult>;
  now: () => Date;
}

export interface PathSendOutcome {
  id: string;
  sent: number;
  waiting: number;
  problem?: SendProblem;
}

/**
 * Sends each sending path's unsent statements, oldest first, in batches; stops a path at the first failure and
 * notes why, so the next try (the network back, a new attempt, the next page) starts where this one stopped.
 * A learner with no name yet has nothing sent: a statement names its actor.
 */
export async function sendPending(deps: SendDeps): Promise<PathSendOutcome[]> {
  const outcomes: PathSendOutcome[] = [];
  const learner = deps.record.learner;
  if (!learner || learner.name.trim() === '') return outcomes;
  for (const { id, path } of sendingPaths(deps.record, deps.allowed)) {
    const modules = await deps.modulesIn(path.lrs.lang);
    const statements = sendingStatements(deps.record, learner, path, deps.site, modules);
    let log = deps.readLog()[id];
    let pending = unsent(statements, log);
    let sent = 0;
    let problem: SendProblem | undefined;
    let status: number | undefined;
    let full = false;
    while (pending.length > 0 && !problem) {
      const batch = pending.slice(0, BATCH_SIZE);
      const result = await deps.post(path.lrs.endpoint, path.lrs.key, batch);
      let taken = result.kind === 'stored' ? batch : [];
      // A conflict names no statement: one at a time, the one the LRS holds otherwise is passed over (counted as
      // sent: the LRS has a statement under its id, and will never take ours).
      if (result.kind === 'conflict') {
        for (const one of batch) {
          const single = batch.length === 1 ? result : await deps.post(path.lrs.endpoint, path.lrs.key, [one]);
          if (single.kind === 'stored' || single.kind === 'conflict') taken.push(one);
          else [problem, status] = problemOf(single);
          if (problem) break;
        }
      } else if (result.kind !== 'stored') [problem, status] = problemOf(result);
      if (taken.length > 0) {
        // What another tab noted meanwhile, with what this try took so far.
        log = withSent(mergePathLogs(deps.readLog()[id], log), taken, deps.now());
        // Sending goes on: the statements matter more than the note, which the page keeps in memory meanwhile.
        if (!deps.writePathLog(id, log)) full = true;
        sent += taken.length;
      }
      pending = unsent(pending, log);
      if (taken.length === 0 && !problem) break;
    }
    if (problem) deps.writePathLog(id, (log = withProblem(log, problem, deps.now(), status)));
    if (full && !problem) problem = 'storage-full';
    outcomes.push({ id, sent, waiting: pending.length, ...(problem ? { problem } : {}) });
  }
  return outcomes;
}

function problemOf(result: PostResult): [SendProblem, number | undefined] {
  if (result.kind === 'offline') return ['offline', undefined];
  if (result.kind === 'server') return ['server', result.status];
  if (result.kind === 'refused') return ['refused', result.status];
  return ['server', undefined];
}
