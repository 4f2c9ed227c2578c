import type { Lang } from '../../i18n/languages';
import { summarise, type ExerciseResult, type ModuleInfo } from '../../lib/progress/learning-summary';
import { attemptIds, newAttempts } from '../../lib/progress/attempt-ids';
import { nextStep } from '../../lib/progress/next-step';
import { exportProgress, importProgress } from '../../lib/progress/progress-file';
import { emptyProgress, type Progress } from '../../lib/progress/progress-schema';
import { mergeProgress } from '../../lib/progress/progress-merge';
import { decodeTransfer, encodeTransfer, isTransfer, MAX_TRANSFER_LENGTH } from '../../lib/progress/transfer-link';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { BEFORE_RESET_KEY, setAsideCopies, type SetAsideCopy } from '../../lib/progress/set-aside';
import { openProgressStore } from '../shared/browser-progress';
import { fill, h, refill } from '../shared/dom';
import { confirmStep } from '../shared/confirm-step';
import { formatMoment } from '../shared/dates';
import { downloadText } from '../shared/download';
import { qrSvg } from '../shared/qr-svg';
import { announceProgressChanged } from '../shared/progress-events';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { fieldError, showFieldError } from '../shared/field-error';
import { makeTranslator, type Translator } from '../shared/strings';
import type { LearningPayload } from './payload';
import { setAsideSection } from './set-aside-view';

/**
 * <learning-island>: "My learning". Shows where the learner stands from the record in this browser, and lets
 * them back it up, bring a backup in (merged, never replacing) and erase it (after confirming), and shows the
 * copies the store set aside, to download, restore from or delete.
 */
class LearningIsland extends HTMLElement {
  private t!: Translator<keyof LearningPayload['strings']>;
  private modules: ModuleInfo[] = [];
  private language: Lang = 'vi';
  private store!: ProgressStore;
  private status = h('p', { role: 'status', 'aria-live': 'polite', class: 'learning-status' });
  private content = h('div');
  private notices = h('div');
  private copies = h('div');
  private arrival = h('div');

  connectedCallback() {
    const payload = readPayload<LearningPayload>(this, '[data-learning-payload]', ['modules', 'strings']);
    this.modules = payload.modules;
    this.t = makeTranslator(payload.strings);
    this.language = islandLang(this);
    this.store = openProgressStore(() => this.draw());
    this.append(this.notices, this.arrival, this.content, this.copies, this.tools(), this.transfer(), this.status);
    this.draw();
    this.fromLink();
    window.addEventListener('hashchange', () => this.fromLink());
    this.querySelector('[data-learning-fallback]')?.remove(); // only now that the island is running
  }

  private date = (iso: string) => formatMoment(this.language, iso);

  private draw() {
    // All of them each time: a notice that stopped being true (room was made for a copy) goes.
    this.notices.replaceChildren(
      ...this.store.notices().map((n) => h('p', { class: 'notice', role: 'note' }, this.t(`progress.notice.${n}`))),
    );
    const record = this.store.read();
    const summary = summarise(record, this.modules);
    const next = nextStep(record, this.modules); // the same rule as the home, course and path pages
    const link = (m: ModuleInfo, text: string) => h('a', { href: m.url }, text);
    const list = (
      items: Array<ModuleInfo & { best?: number; completedAt?: string; exerciseResults: ExerciseResult[] }>,
    ) =>
      items.length === 0
        ? h('p', {}, this.t('learning.none'))
        : h(
            'ul',
            {},
            ...items.map((m) => {
              const details = [
                m.completedAt ? this.t('learning.completedOn', { date: this.date(m.completedAt) }) : '',
                m.best !== undefined ? this.t('learning.best', { percent: m.best }) : '',
              ]
                .filter(Boolean)
                .join(', ');
              return h(
                'li',
                {},
                link(m, `${m.number} ${m.title}`),
                details ? ` — ${details}` : '',
                this.exerciseList(m.exerciseResults),
              );
            }),
          );

    const continueText =
      next.kind === 'continue'
        ? link(next.module, this.t('learning.continueWith', { number: next.module.number, title: next.module.title }))
        : next.kind === 'start'
          ? link(next.module, this.t('learning.startWith', { number: next.module.number, title: next.module.title }))
          : next.kind === 'all-done'
            ? this.t('learning.allDone')
            : '';

    const scores =
      summary.attempts.length === 0
        ? h('p', {}, this.t('learning.noAttempts'))
        : h(
            'div',
            { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'scores-heading' },
            h(
              'table',
              {},
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ...(['date', 'module', 'score', 'result'] as const).map((c) =>
                    h('th', { scope: 'col', class: c === 'score' ? 'num' : undefined }, this.t(`learning.col.${c}`)),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                ...summary.attempts.map((a) =>
                  h(
                    'tr',
                    {},
                    h('td', {}, this.date(a.at)),
                    h('td', {}, `${a.module.number} ${a.module.title}`),
                    h('td', { class: 'num' }, `${a.correct}/${a.total} (${a.percent}%)`),
                    h('td', {}, a.passed ? this.t('learning.passed') : this.t('learning.notPassed')),
                  ),
                ),
              ),
            ),
          );

    this.content.replaceChildren();
    fill(
      this.content,
      h('h2', {}, this.t('learning.continue')),
      h('p', { class: 'learning-continue' }, continueText),
      h('h2', {}, this.t('learning.inProgress')),
      list(summary.inProgress),
      h('h2', {}, this.t('learning.completed')),
      list(summary.completed),
      h('h2', { id: 'scores-heading' }, this.t('learning.scores')),
      scores,
    );
    this.copies.replaceChildren(
      setAsideSection(this.setAside(), this.t, {
        download: (copy) => downloadText(`civic-data-literacy-set-aside-${copyName(copy)}.json`, copy.raw),
        restore: (copy, number) => {
          this.store.update((current) => mergeProgress(current, copy.readable));
          this.status.textContent = this.t('learning.copyRestored', { count: copy.adds, number });
          this.draw();
          announceProgressChanged();
        },
        remove: (copy, number) => {
          localStorage.removeItem(copy.key);
          this.store.refresh(); // the room freed may let a damaged record be copied aside at last
          this.status.textContent = this.t('learning.copyDeleted', { number });
          this.draw();
          (this.copies.querySelector('button') ?? this.querySelector<HTMLElement>('.learning-tools button'))?.focus();
        },
        kept: () => (this.status.textContent = this.t('learning.copyKept')),
      }) ?? '',
    );
  }

  /** A module's exercises beside its quiz result: each one's best, whether it was passed, and how many tries. */
  private exerciseList(results: ExerciseResult[]): HTMLElement | false {
    if (results.length === 0) return false;
    return h(
      'ul',
      { class: 'learning-exercises', 'aria-label': this.t('exercise.record.learning.list') },
      ...results.map((e) =>
        h(
          'li',
          {},
          this.t('exercise.record.learning.item', {
            title: e.title,
            percent: e.best,
            result: this.t(e.passed ? 'exercise.record.learning.passed' : 'exercise.record.learning.notPassed'),
            count: e.tries,
          }),
          // Why a module stays "in progress": an exercise it needs is not passed yet.
          e.counts && !e.passed ? ` (${this.t('exercise.record.learning.needed')})` : '',
        ),
      ),
    );
  }

  /** The copies kept in this browser; none to show when storage cannot be read at all. */
  private setAside(): SetAsideCopy[] {
    try {
      return setAsideCopies(localStorage, this.store.read());
    } catch {
      return [];
    }
  }

  /**
   * A record that came in a link (#progress=…, made by transfer() in another browser): what it holds, merged only
   * when the learner says so, and never replacing. Either answer takes the record out of the address, so a
   * reload or a bookmark does not ask again.
   */
  private fromLink() {
    if (!isTransfer(location.hash)) return;
    const other = document.querySelector<HTMLAnchorElement>('a.lang-switch');
    if (other) other.hash = location.hash; // the other language's page can take the record too
    const done = (message: string) => {
      history.replaceState(null, '', location.pathname + location.search);
      if (other) other.hash = '';
      this.arrival.replaceChildren();
      this.status.textContent = message;
    };
    const decoded = decodeTransfer(location.hash);
    if (!decoded.ok) {
      this.arrival.replaceChildren(
        h(
          'div',
          { class: 'notice notice-error', role: 'alert' },
          h('p', {}, this.t(`learning.arrived.${decoded.reason}`)),
        ),
      );
      history.replaceState(null, '', location.pathname + location.search);
      if (other) other.hash = '';
      return;
    }
    const incoming = decoded.record;
    const yes = h('button', { type: 'button', class: 'button' }, this.t('learning.arrivedYes'));
    const no = h('button', { type: 'button', class: 'button' }, this.t('learning.arrivedNo'));
    yes.addEventListener('click', () => {
      const added = newAttempts(this.store.read(), incoming); // quiz and exercise attempts alike
      this.store.update((current) => mergeProgress(current, incoming));
      done(
        [this.t('learning.arrivedMerged', { count: added }), decoded.partial ? this.t('learning.arrivedPartial') : '']
          .filter(Boolean)
          .join(' '),
      );
      this.draw();
      announceProgressChanged();
      this.querySelector<HTMLElement>('.learning-continue a')?.focus();
    });
    no.addEventListener('click', () => done(this.t('learning.arrivedDeclined')));
    const counts = recordCounts(incoming);
    this.arrival.replaceChildren(
      h(
        'section',
        { class: 'notice learning-arrival', 'aria-labelledby': 'arrival-heading' },
        h('h2', { id: 'arrival-heading', tabindex: -1 }, this.t('learning.arrived')),
        h('p', {}, this.t('learning.arrivedText', counts)),
        h('div', { class: 'actions' }, yes, no),
      ),
    );
    this.arrival.querySelector<HTMLElement>('h2')?.focus();
  }

  /** The record as a link and a QR code, for the learner's other browser or device; too large, the backup file. */
  private transfer(): HTMLElement {
    const out = h('div', { class: 'transfer-output' });
    const make = h('button', { type: 'button', class: 'button' }, this.t('learning.transferMake'));
    make.addEventListener('click', () => {
      const record = this.store.read();
      const { attempts, completed } = recordCounts(record);
      if (attempts + completed === 0 && Object.keys(record.paths).length === 0) {
        refill(out, h('p', { role: 'status' }, this.t('learning.transferEmpty')));
        return;
      }
      const encoded = encodeTransfer(record);
      if (!encoded.ok) {
        refill(
          out,
          h(
            'div',
            { class: 'notice notice-error', role: 'alert' },
            h('p', {}, this.t('learning.transferTooLarge', { size: encoded.length, max: MAX_TRANSFER_LENGTH })),
          ),
        );
        return;
      }
      const url = new URL(location.href);
      url.hash = encoded.fragment;
      const field = h('input', { type: 'text', id: 'transfer-link', readonly: true, value: url.href });
      const copied = h('p', { role: 'status' });
      const copy = h('button', { type: 'button', class: 'small-button' }, this.t('learning.transferCopy'));
      copy.addEventListener('click', async () => {
        field.select();
        try {
          await navigator.clipboard.writeText(url.href);
          copied.textContent = this.t('learning.transferCopied');
        } catch {
          copied.textContent = ''; // the link is selected: the learner copies it by hand
        }
      });
      const qr = qrSvg(url.href, this.t('learning.transferQr'));
      refill(
        out,
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'transfer-link' }, this.t('learning.transferLink')),
          h('div', { class: 'field-row' }, field, copy),
        ),
        copied,
        qr ?? h('p', {}, this.t('learning.transferNoQr')),
      );
    });
    return h(
      'section',
      { class: 'learning-transfer', 'aria-labelledby': 'transfer-heading' },
      h('h2', { id: 'transfer-heading' }, this.t('learning.transfer')),
      h('p', {}, this.t('learning.transferIntro')),
      h('div', { class: 'actions' }, make),
      out,
    );
  }

  /** Backup, import and reset: drawn once, they act on whatever the record holds at the time. */
  private tools(): HTMLElement {
    const exportButton = h('button', { type: 'button', class: 'button' }, this.t('learning.export'));
    exportButton.addEventListener('click', () => {
      const record = this.store.read();
      const name = `civic-data-literacy-progress-${new Date().toISOString().slice(0, 10)}.json`;
      downloadText(name, exportProgress(record, new Date()));
      // A download can pass unseen on a phone: say what the file holds, so the learner knows it is the right one.
      const { attempts, completed } = recordCounts(record);
      this.status.textContent = this.t('learning.exported', { file: name, attempts, completed });
    });

    const file = h('input', {
      type: 'file',
      id: 'import-file',
      accept: 'application/json,.json',
      'aria-describedby': 'import-hint',
    });
    const importField = h('div', { class: 'field' });
    const importError = fieldError('import-error', this.t('learning.errorPrefix'));
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      const text = await chosen.text();
      let outcome = '';
      let error = '';
      this.store.update((current) => {
        const result = importProgress(current, text);
        if (!result.ok) {
          error = this.t(`learning.import.${result.reason}`);
          return current;
        }
        outcome = `${this.t('learning.imported', { count: result.added })}${result.partial ? ` ${this.t('learning.importedPartial')}` : ''}`;
        return result.merged;
      });
      file.value = '';
      showFieldError(importField, file, importError, error);
      this.status.textContent = outcome;
      this.draw();
      announceProgressChanged();
    });

    const reset = confirmStep({
      triggerClass: 'button button-danger',
      label: this.t('learning.reset'),
      question: this.t('learning.resetConfirm'),
      yes: this.t('learning.resetYes'),
      no: this.t('learning.resetNo'),
      onNo: () => (this.status.textContent = this.t('learning.resetKept')),
      onYes: () => {
        // A last copy goes aside first: an erase by mistake can still be recovered by hand.
        this.store.update((current: Progress) => {
          try {
            localStorage.setItem(BEFORE_RESET_KEY, JSON.stringify(current));
          } catch {
            // No room for the copy: the learner confirmed, so erase anyway.
          }
          // Progress goes; the paths a trainer assigned and the learner's name for reports stay.
          const { paths, learner } = current;
          return { ...emptyProgress(), paths, ...(learner ? { learner } : {}) };
        });
        this.status.textContent = this.t('learning.resetDone');
        this.draw();
        announceProgressChanged();
      },
    });

    fill(
      importField,
      h('label', { for: 'import-file' }, this.t('learning.import')),
      h('p', { id: 'import-hint', class: 'hint' }, this.t('learning.importHint')),
      importError,
      file,
    );
    return h(
      'section',
      { class: 'learning-tools', 'aria-labelledby': 'backup-heading' },
      h('h2', { id: 'backup-heading' }, this.t('learning.backup')),
      h('div', { class: 'actions' }, exportButton),
      importField,
      reset,
    );
  }
}

defineIsland('learning-island', LearningIsland);

/** A file name for a copy: its storage key's own part (the damaged text's hash), or "record" for the record. */
const copyName = (copy: SetAsideCopy) =>
  copy.key
    .split('.')
    .pop()!
    .replace(/[^\w-]/g, '-');

/**
 * What a backup or a transfer link holds, in the words the learner sees: attempts (quiz and exercise), and
 * modules completed.
 */
// A declaration, hoisted: defineIsland above upgrades the page's element (and calls this) before a const exists.
function recordCounts(record: Progress) {
  return {
    attempts: attemptIds(record).size,
    completed: Object.values(record.modules).filter((m) => m.completedAt).length,
  };
}
