import type { Lang } from '../../i18n/languages';
import {
  activePaths,
  isOverdue,
  pathStanding,
  removePath,
  setLearnerName,
  stopSending,
} from '../../lib/course-paths/assigned-paths';
import { SENT_LOG_KEY } from '../../lib/lrs/sent-log';
import type { PathModule } from '../../lib/course-paths/path-catalog';
import { siteAddress } from '../../lib/routing/deployment';
import { urls } from '../../lib/routing/urls';
import { buildReport, reportFileName } from '../../lib/reports/progress-report';
import { MAX_LEARNER_NAME } from '../../lib/progress/progress-schema';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { openProgressStore } from '../shared/browser-progress';
import { cleanOutsideText } from '../../lib/text/outside-text';
import { formatDay } from '../shared/dates';
import { fill, h } from '../shared/dom';
import { downloadText } from '../shared/download';
import { announceProgressChanged, LRS_SENT, PROGRESS_CHANGED } from '../shared/progress-events';
import { lrsStatus } from './lrs-status';
import { pathModuleLists } from '../shared/lrs-browser';
import type { PathSendOutcome } from '../../lib/lrs/send-pending';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { fieldError, showFieldError } from '../shared/field-error';
import { makeTranslator, type Translator } from '../shared/strings';
import type { AssignedPathsPayload } from './payload';

/**
 * <assigned-paths-island>: the paths trainers assigned, on "My learning": progress against each path (with its
 * pass mark), due dates, where to continue, removing a path (its modules' progress stays), and the report file
 * the learner sends back, under the name they type here.
 */
class AssignedPathsIsland extends HTMLElement {
  private t!: Translator<keyof AssignedPathsPayload['strings']>;
  private modules = new Map<string, PathModule>();
  private language: Lang = 'vi';
  private store!: ProgressStore;
  private nameBox = h('div', { class: 'field' });
  private nameInput = h('input', {
    id: 'learner-name',
    type: 'text',
    maxlength: MAX_LEARNER_NAME,
    autocomplete: 'name',
    'aria-describedby': 'learner-name-hint',
  });
  private nameHint = h('p', { class: 'hint', id: 'learner-name-hint' });
  private nameError!: HTMLParagraphElement;
  private list = h('div');
  private status = h('p', { role: 'status', 'aria-live': 'polite' });
  private lrsEndpoints: string[] = [];
  private modulesIn!: ReturnType<typeof pathModuleLists>;

  connectedCallback() {
    const payload = readPayload<AssignedPathsPayload>(this, '[data-assigned-payload]', [
      'modules',
      'lrsEndpoints',
      'strings',
    ]);
    this.t = makeTranslator(payload.strings);
    this.modules = new Map(payload.modules.map((m) => [m.key, m]));
    this.language = islandLang(this);
    this.lrsEndpoints = payload.lrsEndpoints;
    this.modulesIn = pathModuleLists({ lang: this.language, modules: payload.modules });
    this.store = openProgressStore(() => this.draw());
    // The record may come from a backup file or another tab: show the name as the trainer's page will.
    this.nameInput.value = cleanOutsideText(this.store.read().learner?.name ?? '', 'name');
    this.append(this.nameField(), this.list, this.status);
    this.draw();
    this.querySelector('[data-assigned-fallback]')?.remove(); // only now that the island is running
    window.addEventListener(PROGRESS_CHANGED, () => this.redraw());
    // What was sent to an LRS: this page's sender, or another tab's (its log is written to storage).
    window.addEventListener(LRS_SENT, (event) => {
      const outcomes = (event as CustomEvent<PathSendOutcome[]>).detail ?? [];
      this.unnoted = new Set(outcomes.filter((o) => o.problem === 'storage-full').map((o) => o.id));
      this.drawLrs();
    });
    window.addEventListener('storage', (event) => {
      if (event.key === SENT_LOG_KEY) this.drawLrs();
    });
  }

  private redraw() {
    this.store.refresh();
    this.draw();
  }

  private nameField() {
    const save = h('button', { type: 'button', class: 'small-button' }, this.t('assigned.nameSave'));
    save.addEventListener('click', () => {
      if (this.saveName()) this.status.textContent = this.t('assigned.nameSaved');
    });
    // The "name needed" error shows here, beside the field, not below the path cards where the button was.
    this.nameError = fieldError('learner-name-error', this.t('assigned.errorPrefix'));
    fill(
      this.nameBox,
      h('label', { for: 'learner-name' }, this.t('assigned.name')),
      this.nameHint,
      this.nameError,
      h('div', { class: 'field-row' }, this.nameInput, save),
    );
    return this.nameBox;
  }

  /** Keeps the typed name; false (with focus on the field) when there is none. */
  private saveName(): boolean {
    const name = cleanOutsideText(this.nameInput.value, 'name'); // as the trainer's page will show it
    if (name === '') {
      this.status.textContent = '';
      showFieldError(this.nameBox, this.nameInput, this.nameError, this.t('assigned.needName'));
      this.nameInput.focus();
      return false;
    }
    showFieldError(this.nameBox, this.nameInput, this.nameError, '');
    if (this.store.read().learner?.name !== name) {
      this.store.update((r) => setLearnerName(r, name, new Date(), () => crypto.randomUUID()));
      announceProgressChanged(); // a path that sends to an LRS was waiting for a name
    }
    return true;
  }

  private draw() {
    const record = this.store.read();
    const paths = activePaths(record);
    const known = new Set(this.modules.keys());
    const now = new Date();
    this.nameBox.hidden = paths.length === 0; // a name is only for reports on assigned paths
    // While a path sends to an LRS the name goes there too, and a new name sends the results again: said here.
    const sends = paths.some(({ id, path }) => path.lrs && !record.paths[id]?.lrsStoppedAt);
    this.nameHint.textContent = this.t(sends ? 'lrs.nameHint' : 'assigned.nameHint');
    if (paths.length === 0) {
      this.list.replaceChildren(h('p', {}, this.t('assigned.none')));
      return;
    }
    this.list.replaceChildren(
      ...paths.map(({ id, path }) => {
        const standing = pathStanding(record, path, known, (key) => this.modules.get(key)?.exercises);
        const headingId = `assigned-${id}`;
        const next = standing.next ? this.modules.get(standing.next) : undefined;
        const remove = h(
          'button',
          {
            type: 'button',
            class: 'small-button',
            'aria-label': this.t('assigned.removeLabel', { title: path.title }),
          },
          this.t('assigned.remove'),
        );
        remove.addEventListener('click', () => {
          this.store.update((r) => removePath(r, id, new Date()));
          this.draw();
          this.status.textContent = this.t('assigned.removed', { title: path.title });
          this.list.closest('section')?.querySelector<HTMLElement>('h2')?.focus();
        });
        const report = h(
          'button',
          { type: 'button', class: 'button', 'aria-label': this.t('assigned.exportLabel', { title: path.title }) },
          this.t('assigned.export'),
        );
        report.addEventListener('click', () => this.exportReport(path));
        return h(
          'article',
          { class: 'assigned-path', 'aria-labelledby': headingId, 'data-path-id': id },
          h('h3', { id: headingId }, path.title),
          h(
            'ul',
            { class: 'meta' },
            h(
              'li',
              { 'data-path-progress': '' },
              this.t('assigned.progress', {
                done: standing.done,
                total: path.modules.length,
                percent: standing.percent,
              }),
            ),
            path.due
              ? h(
                  'li',
                  { class: isOverdue(path, standing, now) ? 'overdue' : undefined },
                  this.t(isOverdue(path, standing, now) ? 'assigned.overdue' : 'assigned.due', {
                    date: formatDay(this.language, path.due),
                  }),
                )
              : false,
            path.passMark ? h('li', {}, this.t('assigned.passMark', { percent: path.passMark })) : false,
          ),
          path.note ? h('p', { class: 'pre-line' }, path.note) : false,
          h(
            'p',
            {},
            next
              ? h('a', { href: next.url }, this.t('assigned.continue', { number: next.number, title: next.title }))
              : standing.done === path.modules.length
                ? this.t('assigned.allDone')
                : '',
          ),
          h(
            'ol',
            {},
            ...standing.states.map((s) => {
              const m = this.modules.get(s.key);
              const state = this.t(`assigned.state.${s.state}`);
              return h(
                'li',
                { class: `state-${s.state}` },
                m ? h('a', { href: m.url }, `${m.number} ${m.title}`) : this.t('assigned.unavailable', { key: s.key }),
                ` — ${state}${s.best !== undefined ? ` (${s.best}%)` : ''}`,
              );
            }),
          ),
          path.lrs ? this.lrsBox(id, path.title, path.lrs.endpoint, !record.paths[id]!.lrsStoppedAt) : false,
          h('div', { class: 'actions' }, this.certificateLink(id, path.title, standing), report, remove),
        );
      }),
    );
    this.drawLrs();
  }

  /**
   * A path that sends to an LRS: what was sent (filled in by drawLrs, since counting may fetch the module list
   * in the path's language) and the button that stops it.
   */
  private lrsBox(id: string, title: string, endpoint: string, sending: boolean) {
    const stop = h(
      'button',
      { type: 'button', class: 'small-button', 'aria-label': this.t('lrs.stopLabel', { title }) },
      this.t('lrs.stop'),
    );
    stop.addEventListener('click', () => {
      this.store.update((r) => stopSending(r, id, new Date()));
      this.draw();
      this.status.textContent = this.t('lrs.stopDone', { title });
      this.list.querySelector<HTMLElement>(`[data-path-id="${id}"] h3`)?.focus();
    });
    return h(
      'div',
      { class: 'assigned-lrs', 'data-lrs-status': id },
      h('div', { 'data-lrs-lines': '' }),
      sending && this.lrsEndpoints.includes(endpoint) ? stop : false,
    );
  }

  private lrsDrawn = 0;
  /** Paths whose last try on this page could not note what it sent (storage full): said, as no log holds it. */
  private unnoted = new Set<string>();
  private drawLrs() {
    const turn = ++this.lrsDrawn; // a later redraw wins over a slower earlier one
    const record = this.store.read();
    for (const box of this.list.querySelectorAll<HTMLElement>('[data-lrs-status]')) {
      const id = box.dataset.lrsStatus!;
      const entry = record.paths[id];
      if (!entry) continue;
      const full = this.unnoted.has(id);
      void lrsStatus(this.t, this.language, record, id, entry, this.lrsEndpoints, this.modulesIn, full).then(
        (lines) => {
          if (turn !== this.lrsDrawn) return;
          box.querySelector('[data-lrs-lines]')?.replaceChildren(...lines.map((line) => h('p', {}, line)));
        },
      );
    }
  }

  /** A path done by its own rule offers its certificate (the certificate page checks again before issuing). */
  private certificateLink(id: string, title: string, standing: { done: number; states: unknown[] }) {
    if (standing.done < standing.states.length) return false;
    return h(
      'a',
      {
        class: 'button',
        href: urls.certificate(this.language, id),
        'aria-label': this.t('certificate.link.label', { title }),
      },
      this.t('certificate.link.get'),
    );
  }

  private exportReport(path: Parameters<typeof buildReport>[0]['path']) {
    if (!this.saveName()) return;
    const record = this.store.read();
    const report = buildReport({
      record,
      path,
      learner: { id: record.learner!.id, name: record.learner!.name },
      lang: this.language,
      site: siteAddress(import.meta.env.SITE, location.origin, import.meta.env.BASE_URL),
      now: new Date(),
      modules: [...this.modules.values()].map((m) => ({
        key: m.key,
        title: m.title,
        url: m.url,
        courseUrl: m.courseUrl,
        ...(m.exercises ? { exercises: m.exercises } : {}),
      })),
    });
    const file = reportFileName(report);
    downloadText(file, JSON.stringify(report)); // compact: statements are most of a report's size
    this.status.textContent = this.t('assigned.exported', { file });
  }
}

defineIsland('assigned-paths-island', AssignedPathsIsland);
