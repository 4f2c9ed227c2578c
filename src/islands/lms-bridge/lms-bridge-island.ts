import { findScormApi, type Scorm12Api } from '../../lib/scorm/find-api';
import { lmsReport, scormTimespan } from '../../lib/scorm/lms-status';
import { decodeSuspendData, encodeSuspendData } from '../../lib/scorm/suspend-data';
import { saveInProgress } from '../../lib/quiz/quiz-session';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { openProgressStore } from '../shared/browser-progress';
import { defineIsland, requireData } from '../shared/island-start';
import { PROGRESS_CHANGED } from '../shared/progress-events';

/**
 * <lms-bridge-island data-module>: the module page's link to a SCORM 1.2 LMS. Without an LMS it does nothing and
 * the page keeps progress in the browser as everywhere else. With one, the record stays the source of truth and
 * the LMS is told of it: at launch (and after each change the page's islands announce) the lesson status, best
 * score and unfinished quiz, and on pagehide the session time, a commit and the end of the session.
 */
class LmsBridgeIsland extends HTMLElement {
  private api: Scorm12Api | undefined;
  private store!: ProgressStore;
  private key = '';
  private started = Date.now();
  private finished = false;

  connectedCallback() {
    this.api = findScormApi(window as never);
    if (!this.api || this.api.LMSInitialize('') !== 'true') return;
    this.key = requireData(this, 'module');
    this.store = openProgressStore(() => this.tell());
    this.resume();
    this.tell();
    window.addEventListener(PROGRESS_CHANGED, () => this.tell());
    // pagehide, not unload: it fires when the LMS closes the frame or the learner leaves, and bfcache keeps working.
    window.addEventListener('pagehide', () => this.finish());
  }

  /** An unfinished quiz the LMS holds from an earlier launch (maybe on another device), newer than this browser's. */
  private resume() {
    const saved = decodeSuspendData(this.api!.LMSGetValue('cmi.suspend_data'));
    if (!saved) return;
    const local = this.store.read().inProgress[this.key];
    if (local && Date.parse(local.savedAt) >= Date.parse(saved.savedAt)) return;
    this.store.update((record) => saveInProgress(record, this.key, saved));
  }

  private tell() {
    if (this.finished) return;
    const api = this.api!;
    const record = this.store.read();
    const report = lmsReport(record.modules[this.key]);
    api.LMSSetValue('cmi.core.lesson_status', report.status);
    if (report.score !== undefined) {
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', String(report.score));
    }
    const unfinished = record.inProgress[this.key];
    api.LMSSetValue('cmi.suspend_data', (unfinished && encodeSuspendData(unfinished)) ?? '');
    // Coming back later should resume, unless there is nothing left to do here.
    api.LMSSetValue('cmi.core.exit', report.status === 'passed' && !unfinished ? '' : 'suspend');
    api.LMSCommit('');
  }

  private finish() {
    if (this.finished) return;
    this.store.refresh();
    this.tell();
    this.api!.LMSSetValue('cmi.core.session_time', scormTimespan(Date.now() - this.started));
    this.api!.LMSCommit('');
    this.api!.LMSFinish('');
    this.finished = true;
  }
}

defineIsland('lms-bridge-island', LmsBridgeIsland);
