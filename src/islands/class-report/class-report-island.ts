import { locales, type Lang } from '../../i18n/languages';
import type { ClassSummary, FileOutcome } from '../../lib/class/class-model';
import type { ClassLearner, ClassModule, ExerciseSummary } from '../../lib/class/class-report';
import { readableId } from '../../lib/exercise/readable-id';
import {
  CLASS_STORAGE_BUDGET,
  createClassReportStore,
  TYPICAL_SAVED_REPORT_CHARS,
  type SaveResult,
} from '../../lib/class/class-report-store';
import { formatDay, formatMoment } from '../shared/dates';
import { fill, h, refill } from '../shared/dom';
import { confirmStep } from '../shared/confirm-step';
import { downloadText } from '../shared/download';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { makeTranslator, type Translator } from '../shared/strings';
import { startClassClient, type ClassClient } from './class-client';
import { certificateCheckView } from './certificate-check-view';
import { pager, refocusPager, type PagerWords } from './pager';
import type { ClassReportPayload } from './payload';

/** Rows of the learner table (and of the help list) drawn at a time: a class of 5,000 stays a small page. */
export const PAGE_SIZE = 50;
/** File results listed one by one; past this, the good ones are counted and only the refused ones are named. */
const LISTED_FILES = 50;
/** The page before or after, kept within the list. */
const step = (page: number, via: 'previous' | 'next', total: number) =>
  Math.min(Math.max(0, page + (via === 'next' ? 1 : -1)), Math.max(0, Math.ceil(total / PAGE_SIZE) - 1));

/**
 * <class-report-island>: the trainer drops the report files learners sent; each file is checked on its own (a bad
 * one is listed with its reason, the rest still load), and the class view is redrawn from all reports kept so far.
 * The class is read, checked and worked out in a worker (class-client.ts), and the table shows a page of learners
 * at a time, so even thousands of reports never hold up the page. Reports are saved in this browser only, as many
 * as fit (the page says how many that is); learner names are always shown as text.
 */
class ClassReportIsland extends HTMLElement {
  private t!: Translator<keyof ClassReportPayload['strings']>;
  private data!: ClassReportPayload;
  private language: Lang = 'vi';
  private store = createClassReportStore(() => window.localStorage);
  private client!: ClassClient;
  private ready: Promise<void> = Promise.resolve();
  private page = 0;
  private helpPage = 0;
  private drawing = 0; // the latest draw wins: an older one that finishes later does not overwrite it
  private number!: Intl.NumberFormat;
  private results = h('div', { role: 'status', 'aria-live': 'polite' });
  private damage = h('div');
  private view = h('div');
  /** Says where paging landed ("Learners 51–100 of 300"); it stays while the view around it is redrawn. */
  private pageNews = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });

  connectedCallback() {
    this.data = readPayload<ClassReportPayload>(this, '[data-class-payload]', [
      'modules',
      'questions',
      'exerciseItems',
      'strings',
    ]);
    this.t = makeTranslator(this.data.strings);
    this.language = islandLang(this);
    this.number = new Intl.NumberFormat(locales[this.language]);
    this.client = startClassClient(this.data.modules);
    const check = certificateCheckView(this.t, this.data.modules, (input) =>
      this.ready.catch(() => undefined).then(() => this.client.checkCertificate(input)),
    );
    this.append(this.chooser(), this.damage, this.results, this.view, check, this.pageNews);
    this.ready = this.restore();
    this.querySelector('[data-class-fallback]')?.remove(); // only now that the island is running
  }

  /** A count for the UI strings: grouped the reader's way ("5.000"), still 1 for the "one" forms. */
  private count(n: number): string | number {
    return n === 1 ? 1 : this.number.format(n);
  }

  private async restore() {
    const raw = this.store.raw();
    const notes: HTMLElement[] = [];
    if (raw !== null) {
      const restored = await this.client.restore(raw);
      if (restored.count > 0) notes.push(h('p', {}, this.t('class.restored', { count: this.count(restored.count) })));
      if (restored.damage) {
        const copy = this.store.setAside(raw);
        this.damage.append(
          h(
            'div',
            { class: 'notice', role: 'alert' },
            h('p', {}, this.t(`class.damaged.${restored.damage}`, { count: this.count(restored.dropped) })),
            h('p', {}, this.t(copy === 'copied' ? 'class.damaged.copied' : 'class.damaged.notCopied')),
          ),
        );
      }
    }
    if (this.store.damaged() !== null) {
      if (this.damage.childElementCount === 0)
        this.damage.append(h('p', { class: 'notice' }, this.t('class.damaged.kept')));
      this.damage.append(this.damagedActions());
    }
    this.results.replaceChildren(...notes);
    await this.draw();
  }

  /** What the trainer can do with a damaged saved class: take it away as a file, or delete it. */
  private damagedActions() {
    const download = h('button', { type: 'button', class: 'button' }, this.t('class.damaged.download'));
    download.addEventListener('click', () => {
      const text = this.store.damaged();
      if (text !== null)
        downloadText(
          `${this.language === 'vi' ? 'lop-hoc-bi-hong' : 'damaged-class'}-${new Date().toISOString().slice(0, 10)}.json`,
          text,
        );
    });
    const remove = confirmStep({
      label: this.t('class.damaged.delete'),
      question: this.t('class.damaged.deleteConfirm'),
      yes: this.t('class.damaged.deleteYes'),
      no: this.t('class.damaged.deleteNo'),
      onYes: () => {
        this.store.clearDamaged();
        refill(this.damage, h('p', {}, this.t('class.damaged.deleted')));
        this.querySelector<HTMLInputElement>('#class-files')?.focus();
      },
    });
    return h('div', {}, h('div', { class: 'actions' }, download), remove);
  }

  private chooser() {
    const input = h('input', { id: 'class-files', type: 'file', multiple: true, accept: '.json,application/json' });
    input.addEventListener('change', () => {
      this.readInTurn([...(input.files ?? [])]);
      input.value = '';
    });
    const zone = h(
      'div',
      { class: 'drop-zone' },
      h('div', { class: 'field' }, h('label', { for: 'class-files' }, this.t('class.choose')), input),
      h('p', { class: 'hint' }, this.t('class.drop')),
      h(
        'p',
        { class: 'hint' },
        this.t('class.capacity', { count: this.count(Math.floor(CLASS_STORAGE_BUDGET / TYPICAL_SAVED_REPORT_CHARS)) }),
      ),
    );
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('dragging');
      this.readInTurn([...(event.dataTransfer?.files ?? [])]);
    });
    return zone;
  }

  /** After the saved class and any files dropped before, so each drop's results are its own. */
  private readInTurn(files: File[]) {
    this.ready = this.ready.catch(() => undefined).then(() => this.readFiles(files));
  }

  private async readFiles(files: File[]) {
    if (files.length === 0) return;
    refill(this.results, h('p', {}, this.t('class.reading', { count: this.count(files.length) })));
    const outcomes = await this.client.add(files);
    const anyRead = outcomes.some((o) => o.kind !== 'error');
    let saved: { result: SaveResult; saved: number; total: number; room: number } | undefined;
    if (anyRead) {
      const text = await this.client.savedText(CLASS_STORAGE_BUDGET);
      const result = this.store.save(text.text);
      const room = text.saved > 0 ? Math.floor(CLASS_STORAGE_BUDGET / (text.text.length / text.saved)) : 0;
      saved = { result, saved: text.saved, total: text.total, room };
    }
    this.page = 0;
    this.helpPage = 0;
    refill(
      this.results,
      h('h2', {}, this.t('class.files')),
      this.fileList(outcomes),
      saved ? this.savedNote(saved) : false,
    );
    await this.draw();
  }

  private savedNote({
    result,
    saved,
    total,
    room,
  }: {
    result: SaveResult;
    saved: number;
    total: number;
    room: number;
  }) {
    if (result !== 'saved') return h('p', { class: 'notice' }, this.t(`class.save.${result}`));
    if (saved === total) return h('p', {}, this.t('class.saved', { count: this.count(total) }));
    return h(
      'p',
      { class: 'notice' },
      this.t('class.savedPart', {
        saved: this.count(saved),
        total: this.count(total),
        left: this.count(total - saved),
        room: this.count(room),
      }),
    );
  }

  /** Refused files and other paths are always named; good ones one by one only while the list stays short. */
  private fileList(outcomes: FileOutcome[]) {
    const text = (o: FileOutcome) => {
      switch (o.kind) {
        case 'error':
          return this.t('class.fileError', { file: o.file, reason: this.t(`class.error.${o.reason}`) });
        case 'other-path':
          return this.t('class.fileOther', { file: o.file, name: o.name, title: o.title });
        case 'replaced':
          return this.t('class.fileReplaced', { file: o.file, name: o.name });
        case 'ok':
          return this.t('class.fileOk', { file: o.file, name: o.name });
      }
    };
    const flagged = outcomes.filter((o) => o.kind === 'error' || o.kind === 'other-path');
    const shown = outcomes.length <= LISTED_FILES ? outcomes : flagged.slice(0, LISTED_FILES);
    const more = outcomes.length - shown.length;
    return h(
      'div',
      {},
      h(
        'ul',
        { class: 'file-results' },
        ...shown.map((o) =>
          h('li', { class: o.kind === 'error' || o.kind === 'other-path' ? 'file-bad' : undefined }, text(o)),
        ),
      ),
      more > 0 ? h('p', {}, this.t('class.filesMore', { count: this.count(more) })) : false,
    );
  }

  private async draw(pathId?: string) {
    const drawing = ++this.drawing;
    const summary = await this.client.show(pathId);
    const [learners, needHelp] = await Promise.all([
      this.client.learners(this.page * PAGE_SIZE, PAGE_SIZE),
      this.client.needHelp(this.helpPage * PAGE_SIZE, PAGE_SIZE),
    ]);
    if (drawing !== this.drawing) return;
    const path = summary.path;
    if (summary.learnerCount === 0 || !path) {
      this.view.replaceChildren(h('p', {}, this.t('class.empty')));
      return;
    }
    const known = new Map(this.data.modules.map((m) => [m.key, m]));
    const name = (m: ClassModule) => (m.number ? `${m.number} ${m.title}` : m.title);
    refill(
      this.view,
      summary.paths.length > 1 ? this.pathChooser(summary) : false,
      h('h2', {}, this.t('class.pathHeading', { title: path.title })),
      h(
        'ul',
        { class: 'meta' },
        h('li', {}, this.t('class.learners', { count: this.count(summary.learnerCount) })),
        path.due ? h('li', {}, this.t('class.due', { date: formatDay(this.language, path.due) })) : false,
        path.passMark ? h('li', {}, this.t('class.passMark', { percent: path.passMark })) : false,
      ),
      this.learnerTable(summary, learners, name),
      this.actions(summary),
      this.helpList(summary, needHelp, known),
      this.moduleTable(summary, known),
      this.missedList(summary, known),
      this.exerciseSection(summary, known),
    );
  }

  private pagerWords(kind: 'page' | 'helpPage'): PagerWords {
    return {
      nav: this.t(`class.${kind}.nav`),
      previous: this.t(`class.${kind}.previous`),
      next: this.t(`class.${kind}.next`),
      status: (from, to, total) => this.t(`class.${kind}.status`, { from, to, total }),
    };
  }

  private pathChooser(summary: ClassSummary) {
    const select = h(
      'select',
      { id: 'class-path' },
      ...summary.paths.map(({ id, title }) => h('option', { value: id, selected: id === summary.shownPath }, title)),
    );
    select.addEventListener('change', async () => {
      this.page = 0;
      this.helpPage = 0;
      await this.draw(select.value);
      document.getElementById('class-path')?.focus();
    });
    return h('div', { class: 'field' }, h('label', { for: 'class-path' }, this.t('class.otherPath')), select);
  }

  private learnerTable(summary: ClassSummary, learners: ClassLearner[], name: (m: ClassModule) => string) {
    const { modules, learnerCount } = summary;
    const paged = learnerCount > PAGE_SIZE;
    const from = this.page * PAGE_SIZE;
    const section = h('div', { 'data-class-learners': true });
    fill(
      section,
      h(
        'div',
        { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'class-table-caption' },
        h(
          'table',
          { class: 'class-table' },
          h(
            'caption',
            { id: 'class-table-caption' },
            paged
              ? this.t('class.tablePage', {
                  from: this.count(from + 1),
                  to: this.count(from + learners.length),
                  total: this.count(learnerCount),
                })
              : this.t('class.table'),
          ),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, this.t('class.col.learner')),
              h('th', { scope: 'col' }, this.t('class.col.done')),
              // Titles are 480–580 px wide: over 224 px columns they ran into each other. The number heads the
              // column (the full name for screen readers), and the legend under the table gives each title.
              ...modules.map((m) =>
                m.number
                  ? h(
                      'th',
                      { scope: 'col', class: 'module-col' },
                      h('span', { 'aria-hidden': 'true' }, m.number),
                      h('span', { class: 'visually-hidden' }, name(m)),
                    )
                  : h('th', { scope: 'col', class: 'module-col' }, name(m)),
              ),
              h('th', { scope: 'col' }, this.t('class.col.exportedAt')),
            ),
          ),
          h(
            'tbody',
            {},
            ...learners.map((learner) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, learner.name),
                h('td', {}, `${learner.completed}/${modules.length}`),
                ...learner.cells.map((cell) =>
                  h(
                    'td',
                    { class: `state-${cell.status}` },
                    h('span', { class: 'cell-line' }, this.t(`assigned.state.${cell.status}`)),
                    cell.best !== undefined
                      ? h('span', { class: 'cell-line' }, this.t('class.cell.best', { percent: cell.best }))
                      : false,
                    cell.attempts > 0
                      ? h('span', { class: 'cell-line' }, this.t('class.cell.attempts', { count: cell.attempts }))
                      : false,
                    // The module's exercises this learner tried, by their number ("By exercise" names each).
                    ...learner.exercises.flatMap((e, i) => {
                      const about = summary.exercises[i];
                      if (e.module !== cell.module || e.best === undefined || !about) return [];
                      const key = e.passed ? 'exercise.record.class.cellPassed' : 'exercise.record.class.cellNotPassed';
                      return [
                        h('span', { class: 'cell-line' }, this.t(key, { number: about.number, percent: e.best })),
                      ];
                    }),
                  ),
                ),
                h('td', {}, formatMoment(this.language, learner.exportedAt)),
              ),
            ),
          ),
        ),
      ),
      modules.some((m) => m.number)
        ? h(
            'div',
            { class: 'class-legend' },
            h('h3', { id: 'class-legend-heading' }, this.t('class.legend')),
            h('ul', { 'aria-labelledby': 'class-legend-heading' }, ...modules.map((m) => h('li', {}, name(m)))),
          )
        : false,
      paged
        ? pager({
            words: this.pagerWords('page'),
            page: this.page,
            size: PAGE_SIZE,
            total: learnerCount,
            format: (n) => this.number.format(n),
            onPage: async (via) => {
              this.page = step(this.page, via, learnerCount);
              await this.draw();
              const again = this.querySelector('[data-class-learners]');
              if (again) refocusPager(again, via);
              this.pageNews.textContent = again?.querySelector('.pager-status')?.textContent ?? '';
            },
          })
        : false,
    );
    return section;
  }

  private actions(summary: ClassSummary) {
    const csv = h('button', { type: 'button', class: 'button' }, this.t('class.csv'));
    csv.addEventListener('click', async () => {
      const text = await this.client.csv({
        learner: this.t('class.col.learner'),
        completedCount: this.t('class.col.done'),
        exportedAt: this.t('class.col.exportedAt'),
        status: {
          'not-started': this.t('assigned.state.not-started'),
          'in-progress': this.t('assigned.state.in-progress'),
          completed: this.t('assigned.state.completed'),
        },
        statusHeader: this.t('class.csv.status'),
        best: this.t('class.csv.best'),
        attempts: this.t('class.csv.attempts'),
        separator: this.language === 'vi' ? ';' : ',',
        exercise: {
          best: this.t('exercise.record.class.csv.best'),
          passed: this.t('exercise.record.class.csv.passed'),
          attempts: this.t('exercise.record.class.csv.attempts'),
          yes: this.t('exercise.record.class.csv.yes'),
          no: this.t('exercise.record.class.csv.no'),
        },
      });
      downloadText(
        `${this.language === 'vi' ? 'bao-cao-lop' : 'class-report'}-${new Date().toISOString().slice(0, 10)}.csv`,
        text,
        'text/csv;charset=utf-8',
      );
    });
    // Clearing cannot be undone from here (the learners' files can be dropped again), so it asks first.
    const clear = confirmStep({
      label: this.t('class.clear'),
      question: this.t('class.clearConfirm', { count: this.count(summary.total) }),
      yes: this.t('class.clearYes'),
      no: this.t('class.clearNo'),
      onYes: async () => {
        this.store.clear();
        await this.client.clear();
        this.page = 0;
        this.helpPage = 0;
        this.results.replaceChildren(h('p', {}, this.t('class.cleared')));
        await this.draw();
        this.querySelector<HTMLInputElement>('#class-files')?.focus();
      },
    });
    return h('div', {}, h('div', { class: 'actions' }, csv), clear);
  }

  private helpList(summary: ClassSummary, needHelp: ClassLearner[], known: Map<string, ClassModule>) {
    const reason = (help: ClassLearner['help'][number]) => {
      if (help.kind === 'overdue') return this.t('class.help.overdue');
      const module = known.get(help.module)?.title ?? help.module;
      if (help.kind === 'failing') return this.t('class.help.failing', { module, count: this.count(help.failures) });
      const exercise = summary.exercises.find((e) => e.module === help.module && e.exercise === help.exercise);
      return this.t('class.help.exercise', {
        exercise: exercise?.title ?? readableId(help.exercise),
        module,
        count: this.count(help.failures),
      });
    };
    const section = h(
      'section',
      { 'aria-labelledby': 'class-help-heading', 'data-class-help': true },
      h('h2', { id: 'class-help-heading' }, this.t('class.help')),
      h('p', { class: 'class-help-rule' }, this.t('class.help.rule')),
      summary.needHelpCount === 0
        ? h('p', {}, this.t('class.helpNone'))
        : h(
            'ul',
            { class: 'class-help' },
            ...needHelp.map((l) => h('li', {}, h('strong', {}, l.name), `: ${l.help.map(reason).join('; ')}`)),
          ),
    );
    if (summary.needHelpCount > PAGE_SIZE) {
      section.append(
        pager({
          words: this.pagerWords('helpPage'),
          page: this.helpPage,
          size: PAGE_SIZE,
          total: summary.needHelpCount,
          format: (n) => this.number.format(n),
          onPage: async (via) => {
            this.helpPage = step(this.helpPage, via, summary.needHelpCount);
            await this.draw();
            const again = this.querySelector('[data-class-help]');
            if (again) refocusPager(again, via);
            this.pageNews.textContent = again?.querySelector('.pager-status')?.textContent ?? '';
          },
        }),
      );
    }
    return section;
  }

  private moduleTable(summary: ClassSummary, known: Map<string, ClassModule>) {
    const total = summary.learnerCount;
    return h(
      'section',
      { 'aria-labelledby': 'class-modules-heading' },
      h('h2', { id: 'class-modules-heading' }, this.t('class.byModule')),
      h(
        'div',
        { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'class-modules-heading' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...(['module', 'completion', 'mean', 'attempted'] as const).map((c) =>
                h('th', { scope: 'col', class: c === 'module' ? undefined : 'num' }, this.t(`class.col.${c}`)),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            ...summary.moduleSummaries.map((m) => {
              const info = known.get(m.key);
              return h(
                'tr',
                {},
                h('th', { scope: 'row' }, info ? `${info.number} ${info.title}` : m.key),
                h(
                  'td',
                  { class: 'num' },
                  this.t('class.completion', {
                    percent: m.completionPercent,
                    count: this.count(m.completed),
                    total: this.count(total),
                  }),
                ),
                h(
                  'td',
                  { class: 'num' },
                  m.meanBest === undefined ? '–' : `${m.meanBest.toLocaleString(locales[this.language])}%`,
                ),
                h('td', { class: 'num' }, this.number.format(m.attemptedBy)),
              );
            }),
          ),
        ),
      ),
    );
  }

  /** "1.2 Chất lượng dữ liệu, bài thực hành 1: Tìm lỗi…"; an exercise the page does not declare by a readable id. */
  private exerciseName(e: ExerciseSummary, known: Map<string, ClassModule>) {
    const module = known.get(e.module);
    return this.t('exercise.record.class.name', {
      module: module ? `${module.number} ${module.title}` : e.module,
      number: e.number,
      title: e.title ?? readableId(e.exercise),
    });
  }

  /** Each exercise of the path over the class, then what the class misses most in each; nothing without exercises. */
  private exerciseSection(summary: ClassSummary, known: Map<string, ClassModule>) {
    if (summary.exercises.length === 0) return false;
    const table = h(
      'div',
      { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'class-exercises-heading' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...(['exercise', 'tried', 'passed', 'mean'] as const).map((c) =>
              h(
                'th',
                { scope: 'col', class: c === 'exercise' ? undefined : 'num' },
                this.t(`exercise.record.class.col.${c}`),
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...summary.exercises.map((e) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, this.exerciseName(e, known)),
              h('td', { class: 'num' }, this.number.format(e.triedBy)),
              h('td', { class: 'num' }, this.number.format(e.passedBy)),
              h(
                'td',
                { class: 'num' },
                e.meanBest === undefined ? '–' : `${e.meanBest.toLocaleString(locales[this.language])}%`,
              ),
            ),
          ),
        ),
      ),
    );
    const missed = summary.exercises.map((e, i) =>
      h(
        'section',
        { 'aria-labelledby': `class-exercise-missed-${i}` },
        h('h3', { id: `class-exercise-missed-${i}` }, this.exerciseName(e, known)),
        e.triedBy === 0
          ? h('p', {}, this.t('exercise.record.class.notTried'))
          : e.missed.length === 0
            ? h('p', {}, this.t('exercise.record.class.missedNone'))
            : h(
                'ol',
                { class: 'class-missed' },
                ...e.missed.map((m) =>
                  h(
                    'li',
                    {},
                    h(
                      'strong',
                      {},
                      this.data.exerciseItems[`${e.module}#${e.exercise}#${m.item}`] ?? readableId(m.item),
                    ),
                    `: ${this.t('exercise.record.class.missedItem', { count: this.count(m.learners), times: this.count(m.times) })}`,
                  ),
                ),
              ),
      ),
    );
    return h(
      'div',
      { 'data-class-exercises': true },
      h(
        'section',
        { 'aria-labelledby': 'class-exercises-heading' },
        h('h2', { id: 'class-exercises-heading' }, this.t('exercise.record.class.heading')),
        h('p', {}, this.t('exercise.record.class.intro')),
        table,
      ),
      h(
        'section',
        { 'aria-labelledby': 'class-exercises-missed-heading' },
        h('h2', { id: 'class-exercises-missed-heading' }, this.t('exercise.record.class.missed')),
        ...missed,
      ),
    );
  }

  private missedList(summary: ClassSummary, known: Map<string, ClassModule>) {
    return h(
      'section',
      { 'aria-labelledby': 'class-missed-heading' },
      h('h2', { id: 'class-missed-heading' }, this.t('class.missed')),
      summary.missed.length === 0
        ? h('p', {}, this.t('class.missedNone'))
        : h(
            'ol',
            { class: 'class-missed' },
            ...summary.missed.map((q) => {
              const module = known.get(q.module);
              return h(
                'li',
                {},
                h('strong', {}, this.data.questions[`${q.module}#${q.question}`] ?? q.question),
                ` (${module ? `${module.number} ${module.title}` : q.module}): ${this.t('class.missedItem', { learners: this.count(q.learners), times: this.count(q.times) })}`,
              );
            }),
          ),
    );
  }
}

defineIsland('class-report-island', ClassReportIsland);
