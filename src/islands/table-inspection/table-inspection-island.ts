import { createActor, type SnapshotFrom } from 'xstate';
import type { Lang } from '../../i18n/languages';
import {
  bestExercisePercent,
  dropExerciseDraft,
  findExerciseDraft,
  recordExerciseAttempt,
  saveExerciseDraft,
} from '../../lib/exercise/exercise-session';
import { draftMarks } from '../../lib/exercise/table-inspection/draft-marks';
import {
  TABLE_INSPECTION_MACHINE_VERSION,
  tableInspectionMachine,
} from '../../lib/exercise/table-inspection/table-inspection-machine';
import { responseTokens } from '../../lib/exercise/table-inspection/table-inspection-scoring';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { openProgressStore } from '../shared/browser-progress';
import { button } from '../shared/button';
import { fill, h } from '../shared/dom';
import {
  defineIsland,
  IslandError,
  islandLang,
  readPayload,
  requireData,
  requireElement,
} from '../shared/island-start';
import { announceProgressChanged } from '../shared/progress-events';
import { makeTranslator, type Translator } from '../shared/strings';
import type { TableInspectionPayload, TableInspectionStringKey } from './payload';
import { addMarkColumn, categoryNamer, resultDetails, showChecked, showWorking } from './table-inspection-view';

type Snapshot = SnapshotFrom<typeof tableInspectionMachine>;
type Actor = ReturnType<typeof createActor<typeof tableInspectionMachine>>;

/**
 * <table-inspection-island data-module data-lang data-hash>: runs one table inspection over the server-rendered
 * table, saves the unfinished marks on every change (so a reload resumes them), and records each checked attempt.
 */
class TableInspectionIsland extends HTMLElement {
  private payload!: TableInspectionPayload;
  private explanations: Record<string, string> = {};
  private t!: Translator<TableInspectionStringKey>;
  private language: Lang = 'vi';
  private moduleKey = '';
  private hash = '';
  private store!: ProgressStore;
  private actor!: Actor;
  private table!: HTMLTableElement;
  private selects = new Map<string, HTMLSelectElement>();
  private notices = h('div', { class: 'notices' });
  private count = h('p', { class: 'inspection-count' });
  private status = h('p', { class: 'inspection-status', role: 'status', 'aria-live': 'polite' });
  private best = h('p', { class: 'inspection-best' });
  private actions = h('div', { class: 'actions' });
  private results = h('div', { class: 'inspection-results' });
  private resumedNotice: HTMLElement | undefined;
  private drawn = '';
  private recordedAttempt = 0;

  connectedCallback() {
    try {
      this.run();
    } catch (error) {
      // A failed start leaves the page as a reader without JavaScript has it: the table and the note.
      this.closest('section')?.querySelector('.exercise-noscript')?.removeAttribute('hidden');
      throw error;
    }
  }

  private run() {
    // Everything is checked before anything is stored or drawn: a failed start leaves the table and the record as
    // they were.
    this.payload = readPayload<TableInspectionPayload>(this, '[data-inspection-payload]', [
      'exerciseId',
      'key',
      'rows',
      'passMark',
      'completion',
      'strings',
    ]);
    this.language = islandLang(this);
    this.moduleKey = requireData(this, 'module');
    this.hash = requireData(this, 'hash');
    this.table = requireElement<HTMLTableElement>(this, 'table.inspection-table');
    this.t = makeTranslator(this.payload.strings);
    // The explanations are in the page's answer list only (sent once): read them before the list goes.
    const answers = requireElement(this, '[data-inspection-answers]');
    for (const problem of this.payload.key.problems) {
      const text = answers.querySelector(`[data-explanation="${CSS.escape(problem.id)}"]`)?.textContent?.trim();
      if (!text)
        throw new IslandError(this, `answer list ([data-inspection-answers]): no explanation of "${problem.id}"`);
      this.explanations[problem.id] = text;
    }
    // Another tab recorded an attempt: the best score shown here stays true.
    this.store = openProgressStore(() => this.showBest());

    this.selects = addMarkColumn(this.table, this.t, this.payload.categories, (row, dimension) =>
      this.send(dimension ? { type: 'mark.set', row, dimension } : { type: 'mark.clear', row }),
    );
    answers.remove(); // the answers come with Check, problem by problem
    this.prepend(this.notices);
    this.append(this.count, this.status, this.actions, this.best, this.results);
    this.actor = this.startActor();
    this.actor.subscribe((snapshot) => this.onSnapshot(snapshot));
    this.draw(this.actor.getSnapshot());
    this.showStoreNotices();
  }

  private startActor(): Actor {
    const input = { key: this.payload.key, rows: this.payload.rows, passMark: this.payload.passMark };
    const actor = createActor(tableInspectionMachine, { input }).start();
    const saved = findExerciseDraft(
      this.store.read(),
      this.moduleKey,
      this.payload.exerciseId,
      TABLE_INSPECTION_MACHINE_VERSION,
      this.hash,
    );
    if (saved.kind === 'resume') {
      // Replayed through the machine's guard, not restored: a mark on a row that is gone is refused.
      for (const { row, dimension } of draftMarks(saved.snapshot, this.payload.key.categories))
        actor.send({ type: 'mark.set', row, dimension });
      if (Object.keys(actor.getSnapshot().context.marks).length > 0)
        this.resumedNotice = this.notice(this.t('exercise.resumed'));
    } else if (saved.kind === 'dropped') {
      // Saved for another version of the exercise: it goes, the attempts stay, and the learner is told.
      this.store.update((r) => dropExerciseDraft(r, this.moduleKey, this.payload.exerciseId));
      this.notice(this.t('exercise.table-inspection.draftDropped'));
    }
    return actor;
  }

  private send(event: Parameters<Actor['send']>[0]) {
    this.resumedNotice?.remove();
    this.resumedNotice = undefined;
    this.status.textContent = '';
    this.actor.send(event);
  }

  private onSnapshot(snapshot: Snapshot) {
    const { value, context } = snapshot;
    if (value === 'working') {
      const marked = Object.keys(context.marks).length > 0;
      this.store.update((r) =>
        marked
          ? saveExerciseDraft(r, this.moduleKey, this.payload.exerciseId, {
              machineVersion: TABLE_INSPECTION_MACHINE_VERSION,
              quizHash: this.hash,
              lang: this.language,
              savedAt: new Date().toISOString(),
              snapshot: this.actor.getPersistedSnapshot(),
            })
          : dropExerciseDraft(r, this.moduleKey, this.payload.exerciseId),
      );
    }
    if (value === 'checked' && context.result && this.recordedAttempt !== context.attempt) {
      this.recordedAttempt = context.attempt;
      const { score, total, percent, passed, missed, wrongFlags } = context.result;
      this.store.update((r) =>
        recordExerciseAttempt(
          r,
          this.moduleKey,
          this.payload.exerciseId,
          {
            id: crypto.randomUUID(),
            at: new Date().toISOString(),
            lang: this.language,
            kind: 'table-inspection',
            score,
            total,
            percent,
            passed,
            missed,
            wrongFlags: wrongFlags.length,
            response: responseTokens(context.marks, context.rows),
          },
          this.payload.completion,
        ),
      );
      announceProgressChanged(); // the page's progress mark and My learning's link see it without a reload
    }
    this.showStoreNotices();
    this.draw(snapshot);
  }

  private draw(snapshot: Snapshot) {
    const { value, context } = snapshot;
    const marked = Object.keys(context.marks).length;
    this.count.textContent = this.t('exercise.table-inspection.marked', {
      count: marked,
      total: context.rows.length,
    });
    this.showBest();
    for (const [row, select] of this.selects) select.closest('tr')?.classList.toggle('is-marked', row in context.marks);
    // The table and the buttons are redrawn only when the state or the attempt changes, so a select keeps focus.
    const view = `${String(value)}:${context.attempt}`;
    if (view === this.drawn) return;
    const first = this.drawn === '';
    this.drawn = view;
    this.actions.replaceChildren();
    this.results.replaceChildren();

    if (value === 'working') {
      this.actions.after(this.best); // under the Check button; with a result it goes under the verdict
      showWorking(this.table, this.selects, context.marks);
      this.count.hidden = false;
      this.actions.append(button(this.t('exercise.check'), () => this.check(), true));
      if (!first) this.selects.values().next().value?.focus();
      return;
    }

    const result = context.result!;
    showChecked(this.table, this.selects, context.key, context.marks, result, this.t, categoryNamer(this.payload));
    this.count.hidden = true;
    const title = h(
      'h3',
      { tabindex: -1, class: 'inspection-result' },
      this.t('exercise.table-inspection.points', { score: result.score, total: result.total, percent: result.percent }),
    );
    const counts = (o: string) => result.problems.filter((p) => p.outcome === o).length;
    fill(
      this.results,
      title,
      h(
        'p',
        { class: result.passed ? 'inspection-pass' : 'inspection-fail' },
        this.t(result.passed ? 'exercise.passed' : 'exercise.notPassed', { passMark: context.passMark }),
      ),
      this.best,
      h(
        'p',
        { class: 'inspection-summary' },
        this.t('exercise.table-inspection.summary', {
          found: counts('found'),
          half: counts('half'),
          missed: counts('missed'),
          wrong: result.wrongFlags.length,
        }),
      ),
      resultDetails(this.table, this.payload, this.explanations, context.marks, result, this.t),
      h(
        'div',
        { class: 'actions' },
        button(this.t('exercise.retry'), () => this.send({ type: 'inspection.retry' }), !result.passed),
      ),
    );
    if (!first) title.focus();
  }

  private check() {
    if (!this.actor.getSnapshot().can({ type: 'inspection.check' })) {
      this.status.textContent = this.t('exercise.table-inspection.markFirst');
      return;
    }
    this.send({ type: 'inspection.check' });
  }

  private showBest() {
    const best = bestExercisePercent(this.store.read().modules[this.moduleKey], this.payload.exerciseId);
    this.best.textContent = best === undefined ? '' : this.t('exercise.best', { percent: best });
    this.best.hidden = best === undefined;
  }

  private shown = new Set<string>();
  private showStoreNotices() {
    for (const notice of this.store.notices()) {
      if (this.shown.has(notice)) continue;
      this.shown.add(notice);
      this.notice(this.t(`progress.notice.${notice}`));
    }
  }

  private notice(text: string): HTMLElement {
    const notice = h('p', { class: 'notice', role: 'note' }, text);
    this.notices.append(notice);
    return notice;
  }
}

defineIsland('table-inspection-island', TableInspectionIsland);
