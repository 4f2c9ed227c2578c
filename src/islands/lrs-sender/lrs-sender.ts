import { postStatements } from '../../lib/lrs/post-statements';
import { sendPending } from '../../lib/lrs/send-pending';
import { mergeLogs, SENT_LOG_KEY, type PathLog, type SentLog } from '../../lib/lrs/sent-log';
import { siteAddress } from '../../lib/routing/deployment';
import { openProgressStore } from '../shared/browser-progress';
import { pathModuleLists, storedSentLog } from '../shared/lrs-browser';
import { LRS_SENT, PROGRESS_CHANGED } from '../shared/progress-events';
/** A busy or broken LRS is tried again after this long, while the page stays open. */
const RETRY_MS = 60_000;

/**
 * Runs the sender on this page: now, after every change to the record (here or in another tab), and when the
 * network comes back. One try at a time across the browser's tabs (Web Locks), each re-reading the sent log, so
 * two tabs never send one statement twice; where the API is missing, the LRS still keeps one statement per id.
 */
export function startSending(host: HTMLElement) {
  const allowed = JSON.parse(host.dataset.endpoints ?? '[]') as string[];
  const modulesIn = pathModuleLists();
  // What this page sent, kept here too: a note storage refused (full) does not make this page send it again.
  let sentHere: SentLog = {};
  const readLog = () => mergeLogs(storedSentLog(), sentHere);
  const writePathLog = (id: string, log: PathLog) => {
    sentHere = mergeLogs(sentHere, { [id]: log });
    try {
      localStorage.setItem(SENT_LOG_KEY, JSON.stringify(mergeLogs(storedSentLog(), { [id]: log })));
      return true;
    } catch {
      return false;
    }
  };

  const store = openProgressStore(() => kick());
  let running = false;
  let again = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const once = async () => {
    const outcomes = await sendPending({
      record: store.read(),
      allowed,
      site: siteAddress(import.meta.env.SITE, location.origin, import.meta.env.BASE_URL),
      modulesIn,
      readLog,
      writePathLog,
      post: (endpoint, key, statements) => postStatements(fetch, endpoint, key, statements),
      now: () => new Date(),
    }).catch(() => []); // the module list could not be fetched: the next try builds the statements again
    // With the outcomes: a problem the log could not keep (storage full) is known only to this page.
    window.dispatchEvent(new CustomEvent(LRS_SENT, { detail: outcomes }));
    if (outcomes.some((o) => o.problem === 'server') && retry === undefined)
      retry = setTimeout(() => {
        retry = undefined;
        kick();
      }, RETRY_MS);
  };
  const kick = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const locks = navigator.locks;
    const run = locks ? locks.request('cdl-lrs-send', once) : once();
    void run.finally(() => {
      running = false;
      if (again) {
        again = false;
        kick();
      }
    });
  };
  window.addEventListener(PROGRESS_CHANGED, kick);
  window.addEventListener('online', kick);
  kick();
}
