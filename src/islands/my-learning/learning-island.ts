import type { Lang } from '../../i18n/languages';
import { summarise, type ModuleInfo } from '../../lib/progress/learning-summary';
import { exportProgress, importProgress } from '../../lib/progress/progress-file';
import { emptyProgress, type Progress } from '../../lib/progress/progress-schema';
import { BACKUP_PREFIX, createProgressStore, STORAGE_KEY, type ProgressStore } from '../../lib/progress/progress-store';
import { fill, h } from '../shared/dom';
import { confirmStep } from '../shared/confirm-step';
import { formatMoment } from '../shared/dates';
import { downloadText } from '../shared/download';
import { announceProgressChanged } from '../shared/progress-events';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { makeTranslator, type Translator } from '../shared/strings';
import type { LearningPayload } from './payload';

/**
 * <learning-island>: "My learning". Shows where the learner stands from the record in this browser, and lets
 * them back it up, bring a backup in (merged, never replacing) and erase it (after confirming).
 */
class LearningIsland extends HTMLElement {
  private t!: Translator<keyof LearningPayload['strings']>;
  private modules: ModuleInfo[] = [];
  private language: Lang = 'vi';
  private store!: ProgressStore;
  private status = h('p', { role: 'status', 'aria-live': 'polite', class: 'learning-status' });
  private content = h('div');
  private shown = new Set<string>();
  private notices = h('div');

  connectedCallback() {
    const payload = readPayload<LearningPayload>(this, '[data-learning-payload]', ['modules', 'strings']);
    this.modules = payload.modules;
    this.t = makeTranslator(payload.strings);
    this.language = islandLang(this);
    this.store = createProgressStore(() => window.localStorage);
    this.append(this.notices, this.content, this.tools(), this.status);
    this.draw();
    this.querySelector('[data-learning-fallback]')?.remove(); // only now that the island is running
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY) {
        this.store.refresh();
        this.draw();
      }
    });
  }

  private date = (iso: string) => formatMoment(this.language, iso);

  private draw() {
    for (const notice of this.store.notices()) {
      if (this.shown.has(notice)) continue;
      this.shown.add(notice);
      this.notices.append(h('p', { class: 'notice', role: 'note' }, this.t(`progress.notice.${notice}`)));
    }
    const summary = summarise(this.store.read(), this.modules);
    const first = this.modules[0];
    const next = summary.continueWith;
    const link = (m: ModuleInfo, text: string) => h('a', { href: m.url }, text);
    const list = (items: Array<ModuleInfo & { best?: number; completedAt?: string }>) =>
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
              return h('li', {}, link(m, `${m.number} ${m.title}`), details ? ` — ${details}` : '');
            }),
          );

    const continueText = next
      ? link(next, this.t('learning.continueWith', { number: next.number, title: next.title }))
      : summary.completed.length === this.modules.length && this.modules.length > 0
        ? this.t('learning.allDone')
        : first
          ? link(first, this.t('learning.startWith', { number: first.number, title: first.title }))
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
  }

  /** Backup, import and reset: drawn once, they act on whatever the record holds at the time. */
  private tools(): HTMLElement {
    const exportButton = h('button', { type: 'button', class: 'button' }, this.t('learning.export'));
    exportButton.addEventListener('click', () => {
      downloadText(
        `civic-data-literacy-progress-${new Date().toISOString().slice(0, 10)}.json`,
        exportProgress(this.store.read(), new Date()),
      );
    });

    const file = h('input', {
      type: 'file',
      id: 'import-file',
      accept: 'application/json,.json',
      'aria-describedby': 'import-hint',
    });
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      const text = await chosen.text();
      let outcome = '';
      this.store.update((current) => {
        const result = importProgress(current, text);
        if (!result.ok) {
          outcome = this.t(`learning.import.${result.reason}`);
          return current;
        }
        outcome = `${this.t('learning.imported', { count: result.added })}${result.partial ? ` ${this.t('learning.importedPartial')}` : ''}`;
        return result.merged;
      });
      file.value = '';
      this.status.textContent = outcome;
      this.draw();
      announceProgressChanged();
    });

    const reset = confirmStep({
      label: this.t('learning.reset'),
      question: this.t('learning.resetConfirm'),
      yes: this.t('learning.resetYes'),
      no: this.t('learning.resetNo'),
      onNo: () => (this.status.textContent = this.t('learning.resetKept')),
      onYes: () => {
        // A last copy goes aside first: an erase by mistake can still be recovered by hand.
        this.store.update((current: Progress) => {
          try {
            localStorage.setItem(`${BACKUP_PREFIX}before-reset`, JSON.stringify(current));
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

    return h(
      'section',
      { class: 'learning-tools', 'aria-labelledby': 'backup-heading' },
      h('h2', { id: 'backup-heading' }, this.t('learning.backup')),
      h('div', { class: 'actions' }, exportButton),
      h('p', {}, h('label', { for: 'import-file' }, this.t('learning.import'))),
      h('p', { id: 'import-hint', class: 'hint' }, this.t('learning.importHint')),
      file,
      reset,
    );
  }
}

defineIsland('learning-island', LearningIsland);
