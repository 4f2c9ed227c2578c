import { locales, type Lang } from '../../i18n/languages';
import { classCsv } from '../../lib/class/class-csv';
import { classView, latestPerLearner, mainPathId, type ClassModule, type ClassView } from '../../lib/class/class-report';
import { createClassReportStore } from '../../lib/class/class-report-store';
import { parseReport } from '../../lib/reports/report-parse';
import { MAX_REPORT_BYTES, type Report } from '../../lib/reports/report-schema';
import { formatDay, formatMoment } from '../shared/dates';
import { h, refill } from '../shared/dom';
import { confirmStep } from '../shared/confirm-step';
import { downloadText } from '../shared/download';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { makeTranslator, type Translator } from '../shared/strings';
import type { ClassReportPayload } from './payload';

type FileResult = { file: string; text: string; bad?: boolean };

/**
 * <class-report-island>: the trainer drops the report files learners sent; each file is checked on its own (a bad
 * one is listed with its reason, the rest still load), and the class view is redrawn from all reports kept so far.
 * Reports are saved in this browser only, so the trainer can come back; learner names are always shown as text.
 */
class ClassReportIsland extends HTMLElement {
  private t!: Translator<keyof ClassReportPayload['strings']>;
  private data!: ClassReportPayload;
  private language: Lang = 'vi';
  private store = createClassReportStore(() => window.localStorage);
  private reports: Report[] = [];
  private shownPath: string | undefined;
  private results = h('div', { role: 'status', 'aria-live': 'polite' });
  private view = h('div');

  connectedCallback() {
    this.data = readPayload<ClassReportPayload>(this, '[data-class-payload]', ['modules', 'questions', 'strings']);
    this.t = makeTranslator(this.data.strings);
    this.language = islandLang(this);
    const saved = this.store.load();
    this.reports = saved.reports;
    this.append(this.chooser(), this.results, this.view);
    const notes = [
      saved.reports.length > 0 ? this.t('class.restored', { count: saved.reports.length }) : '',
      saved.dropped > 0 ? this.t('class.droppedSaved', { count: saved.dropped }) : '',
    ].filter(Boolean);
    this.results.replaceChildren(...notes.map((n) => h('p', {}, n)));
    this.draw();
    this.querySelector('[data-class-fallback]')?.remove(); // only now that the island is running
  }

  private chooser() {
    const input = h('input', { id: 'class-files', type: 'file', multiple: true, accept: '.json,application/json' });
    input.addEventListener('change', async () => {
      await this.readFiles([...(input.files ?? [])]);
      input.value = '';
    });
    const zone = h('div', { class: 'drop-zone' },
      h('div', { class: 'field' }, h('label', { for: 'class-files' }, this.t('class.choose')), input),
      h('p', { class: 'hint' }, this.t('class.drop')));
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('dragging');
      void this.readFiles([...(event.dataTransfer?.files ?? [])]);
    });
    return zone;
  }

  private async readFiles(files: File[]) {
    if (files.length === 0) return;
    const before = new Map(this.reports.map((r) => [`${r.learner.id} ${r.pathId}`, r]));
    const loaded: Array<{ file: string; report: Report }> = [];
    const results: FileResult[] = [];
    for (const file of files) {
      let text: string;
      try {
        if (file.size > MAX_REPORT_BYTES) throw new RangeError('too large');
        text = await file.text();
      } catch (error) {
        const reason = error instanceof RangeError ? 'too-large' : 'unreadable';
        results.push({ file: file.name, text: this.t('class.fileError', { file: file.name, reason: this.t(`class.error.${reason}`) }), bad: true });
        continue;
      }
      const parsed = parseReport(text);
      if (!parsed.ok) {
        results.push({ file: file.name, text: this.t('class.fileError', { file: file.name, reason: this.t(`class.error.${parsed.reason}`) }), bad: true });
      } else {
        loaded.push({ file: file.name, report: parsed.report });
      }
    }
    this.reports = latestPerLearner([...this.reports, ...loaded.map((l) => l.report)]).reports;
    this.shownPath = mainPathId(this.reports);
    for (const { file, report } of loaded) {
      const name = report.learner.name;
      const older = before.get(`${report.learner.id} ${report.pathId}`);
      const text =
        report.pathId !== this.shownPath
          ? this.t('class.fileOther', { file, name, title: report.path.title })
          : older && older.exportedAt < report.exportedAt
            ? this.t('class.fileReplaced', { file, name })
            : this.t('class.fileOk', { file, name });
      results.push({ file, text, bad: report.pathId !== this.shownPath });
    }
    const saved = loaded.length > 0 ? this.store.save(this.reports) : undefined;
    refill(this.results,
      h('h2', {}, this.t('class.files')),
      h('ul', { class: 'file-results' }, ...results.map((r) => h('li', { class: r.bad ? 'file-bad' : undefined }, r.text))),
      saved === 'saved' ? h('p', {}, this.t('class.saved', { count: this.reports.length })) : false,
      saved && saved !== 'saved' ? h('p', { class: 'notice' }, this.t(`class.save.${saved}`)) : false,
    );
    this.draw();
  }

  private draw() {
    const pathIds = [...new Set(this.reports.map((r) => r.pathId))];
    if (!this.shownPath || !pathIds.includes(this.shownPath)) this.shownPath = mainPathId(this.reports);
    const reports = this.reports.filter((r) => r.pathId === this.shownPath);
    if (reports.length === 0) {
      this.view.replaceChildren(h('p', {}, this.t('class.empty')));
      return;
    }
    const known = new Map(this.data.modules.map((m) => [m.key, m]));
    const modules = reports[0]!.path.modules.map((key) => known.get(key) ?? { key, number: '', title: key });
    const view = classView(reports, modules, new Date());
    const path = reports[0]!.path;
    const name = (m: ClassModule) => (m.number ? `${m.number} ${m.title}` : m.title);
    refill(this.view,
      pathIds.length > 1 ? this.pathChooser(pathIds) : false,
      h('h2', {}, this.t('class.pathHeading', { title: path.title })),
      h('ul', { class: 'meta' },
        h('li', {}, this.t('class.learners', { count: view.learners.length })),
        path.due ? h('li', {}, this.t('class.due', { date: formatDay(this.language, path.due) })) : false,
        path.passMark ? h('li', {}, this.t('class.passMark', { percent: path.passMark })) : false),
      this.learnerTable(view, modules, name),
      this.actions(view, modules, name),
      this.helpList(view, known),
      this.moduleTable(view, known),
      this.missedList(view, known),
    );
  }

  private pathChooser(pathIds: string[]) {
    const select = h('select', { id: 'class-path' }, ...pathIds.map((id) => {
      const report = this.reports.find((r) => r.pathId === id)!;
      return h('option', { value: id, selected: id === this.shownPath }, report.path.title);
    }));
    select.addEventListener('change', () => {
      this.shownPath = select.value;
      this.draw();
      document.getElementById('class-path')?.focus();
    });
    return h('div', { class: 'field' }, h('label', { for: 'class-path' }, this.t('class.otherPath')), select);
  }

  private learnerTable(view: ClassView, modules: ClassModule[], name: (m: ClassModule) => string) {
    return h('div', { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'class-table-caption' },
      h('table', { class: 'class-table' },
        h('caption', { id: 'class-table-caption' }, this.t('class.table')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, this.t('class.col.learner')),
          h('th', { scope: 'col' }, this.t('class.col.done')),
          ...modules.map((m) => h('th', { scope: 'col' }, name(m))),
          h('th', { scope: 'col' }, this.t('class.col.exportedAt')))),
        h('tbody', {}, ...view.learners.map((learner) => h('tr', {},
          h('th', { scope: 'row' }, learner.name),
          h('td', {}, `${learner.completed}/${modules.length}`),
          ...learner.cells.map((cell) => h('td', { class: `state-${cell.status}` },
            h('span', { class: 'cell-line' }, this.t(`assigned.state.${cell.status}`)),
            cell.best !== undefined ? h('span', { class: 'cell-line' }, this.t('class.cell.best', { percent: cell.best })) : false,
            cell.attempts > 0 ? h('span', { class: 'cell-line' }, this.t('class.cell.attempts', { count: cell.attempts })) : false)),
          h('td', {}, formatMoment(this.language, learner.exportedAt)))))));
  }

  private actions(view: ClassView, modules: ClassModule[], name: (m: ClassModule) => string) {
    const csv = h('button', { type: 'button', class: 'button' }, this.t('class.csv'));
    csv.addEventListener('click', () => {
      const text = classCsv(view, {
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
        moduleName: name,
      }, modules);
      downloadText(`${this.language === 'vi' ? 'bao-cao-lop' : 'class-report'}-${new Date().toISOString().slice(0, 10)}.csv`, text, 'text/csv;charset=utf-8');
    });
    // Clearing cannot be undone from here (the learners' files can be dropped again), so it asks first.
    const clear = confirmStep({
      label: this.t('class.clear'),
      question: this.t('class.clearConfirm', { count: this.reports.length }),
      yes: this.t('class.clearYes'),
      no: this.t('class.clearNo'),
      onYes: () => {
        this.store.clear();
        this.reports = [];
        this.results.replaceChildren(h('p', {}, this.t('class.cleared')));
        this.draw();
        this.querySelector<HTMLInputElement>('#class-files')?.focus();
      },
    });
    return h('div', {}, h('div', { class: 'actions' }, csv), clear);
  }

  private helpList(view: ClassView, known: Map<string, ClassModule>) {
    const reason = (help: ClassView['learners'][number]['help'][number]) =>
      help.kind === 'overdue' ? this.t('class.help.overdue') : this.t('class.help.failed-twice', { module: known.get(help.module)?.title ?? help.module });
    return h('section', { 'aria-labelledby': 'class-help-heading' },
      h('h2', { id: 'class-help-heading' }, this.t('class.help')),
      view.needHelp.length === 0
        ? h('p', {}, this.t('class.helpNone'))
        : h('ul', { class: 'class-help' }, ...view.needHelp.map((l) => h('li', {}, h('strong', {}, l.name), `: ${l.help.map(reason).join('; ')}`))));
  }

  private moduleTable(view: ClassView, known: Map<string, ClassModule>) {
    const total = view.learners.length;
    return h('section', { 'aria-labelledby': 'class-modules-heading' },
      h('h2', { id: 'class-modules-heading' }, this.t('class.byModule')),
      h('div', { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'class-modules-heading' },
        h('table', {},
          h('thead', {}, h('tr', {}, ...(['module', 'completion', 'mean', 'attempted'] as const).map((c) => h('th', { scope: 'col', class: c === 'module' ? undefined : 'num' }, this.t(`class.col.${c}`))))),
          h('tbody', {}, ...view.modules.map((m) => {
            const info = known.get(m.key);
            return h('tr', {},
              h('th', { scope: 'row' }, info ? `${info.number} ${info.title}` : m.key),
              h('td', { class: 'num' }, this.t('class.completion', { percent: m.completionPercent, count: m.completed, total })),
              h('td', { class: 'num' }, m.meanBest === undefined ? '–' : `${m.meanBest.toLocaleString(locales[this.language])}%`),
              h('td', { class: 'num' }, String(m.attemptedBy)));
          })))));
  }

  private missedList(view: ClassView, known: Map<string, ClassModule>) {
    return h('section', { 'aria-labelledby': 'class-missed-heading' },
      h('h2', { id: 'class-missed-heading' }, this.t('class.missed')),
      view.missed.length === 0
        ? h('p', {}, this.t('class.missedNone'))
        : h('ol', { class: 'class-missed' }, ...view.missed.map((q) => {
            const module = known.get(q.module);
            return h('li', {},
              h('strong', {}, this.data.questions[`${q.module}#${q.question}`] ?? q.question),
              ` (${module ? `${module.number} ${module.title}` : q.module}): ${this.t('class.missedItem', { learners: q.learners, times: q.times })}`);
          })));
  }
}

defineIsland('class-report-island', ClassReportIsland);
