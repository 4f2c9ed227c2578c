import type { KeysUnder } from '../../i18n/island-strings';
import type { Lang } from '../../i18n/languages';
import { vietnamDate } from '../../lib/course-paths/due-date';
import type { PathModule } from '../../lib/course-paths/path-catalog';
import { lrsAllowed } from '../../lib/course-paths/path-lrs';
import type { AssignedPath, Progress } from '../../lib/progress/progress-schema';
import { sendingStatements } from '../../lib/lrs/sending-statements';
import { unsent } from '../../lib/lrs/sent-log';
import { siteAddress } from '../../lib/routing/deployment';
import { formatDay } from '../shared/dates';
import { storedSentLog } from '../shared/lrs-browser';
import type { Translator } from '../shared/strings';

type T = Translator<KeysUnder<'lrs.'>>;

/**
 * What My learning says of a path that sends to an LRS: where, how many of its statements were sent and how many
 * wait, and why the last try failed. Counted as the sender counts: the whole record's statements in the path's
 * language (the module list in that language is fetched when it is not the page's), less the sent log.
 */
export async function lrsStatus(
  t: T,
  lang: Lang,
  record: Progress,
  id: string,
  entry: AssignedPath,
  allowed: readonly string[],
  modulesIn: (lang: Lang) => Promise<PathModule[]>,
  /** This page's sender could not note what it sent (storage full). */
  storageFull = false,
): Promise<string[]> {
  const lrs = entry.path.lrs!;
  if (entry.lrsStoppedAt)
    return [t('lrs.stopped', { date: formatDay(lang, vietnamDate(new Date(entry.lrsStoppedAt))) })];
  if (!lrsAllowed(entry.path, allowed)) return [t('lrs.notAllowedHere', { endpoint: lrs.endpoint })];
  const lines = [t('lrs.status.sending', { endpoint: lrs.endpoint })];
  const learner = record.learner;
  if (!learner?.name.trim()) return [...lines, t('lrs.needNameHere')];
  if (storageFull) return [...lines, t('lrs.problem.storage-full')]; // the counts cannot be told then
  let modules: PathModule[];
  try {
    modules = await modulesIn(lrs.lang);
  } catch {
    return [...lines, t('lrs.problem.offline')];
  }
  const site = siteAddress(import.meta.env.SITE, location.origin, import.meta.env.BASE_URL);
  const statements = sendingStatements(record, learner, { ...entry.path, lrs }, site, modules);
  const log = storedSentLog()[id];
  const waiting = unsent(statements, log).length;
  const sent = statements.length - waiting;
  lines.push(waiting === 0 ? t('lrs.status.allSent', { sent }) : t('lrs.status.counts', { sent, waiting }));
  const problem = log?.last?.problem;
  if (problem && waiting > 0) lines.push(t(`lrs.problem.${problem}`, { status: log?.last?.status ?? '' }));
  return lines;
}
