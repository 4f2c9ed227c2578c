import { createActor, type SnapshotFrom } from 'xstate';
import type { Lang } from '../../i18n/languages';
import {
  CHART_CRITIQUE_MACHINE_VERSION,
  chartCritiqueMachine,
} from '../../lib/exercise/chart-critique/chart-critique-machine';
import { draftFits } from '../../lib/exercise/chart-critique/draft-fits';
import {
  bestExercisePercent,
  dropExerciseDraft,
  findExerciseDraft,
  recordExerciseAttempt,
  saveExerciseDraft,
} from '../../lib/exercise/exercise-session';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { openProgressStore } from '../shared/browser-progress';
import { button } from '../shared/button';
import { fill, h } from '../shared/dom';
import { defineIsland, islandLang, readPayload, requireData, requireElement } from '../shared/island-start';
import { announceProgressChanged } from '../shared/progress-events';
import { makeTranslator, type Translator } from '../shared/strings';
import { feedbackList, optionsFieldset, type ShownOption } from './chart-critique-view';
import type { ChartCritiquePayload, ChartCritiqueStringKey } from './payload';

type Snapshot = SnapshotFrom<typeof chartCritiqueMachine>;
type Actor = ReturnType<typeof createActor<typeof chartCritiqueMachine>>;

/**
 * <chart-critique-island data-module data-lang data-exercise data-hash>: runs the chart-critique machine for one
 * exercise, draws it, and keeps the learner's record (the unfinished pick, each checked try) through the page's
 * progress store. The redrawn chart, in the page's folded answers without JavaScript, is shown beside the
 * published one only once the learner has checked.
 */
class ChartCritiqueIsland extends HTMLElement {
  private payload!: ChartCritiquePayload;
  private t!: Translator<ChartCritiqueStringKey>;
  private language: Lang = 'vi';
  private moduleKey = '';
  private exerciseId = '';
  private hash = '';
  private question = '';
  private options: ShownOption[] = [];
  private store!: ProgressStore;
  private actor!: Actor;
  private charts!: HTMLElement;
  private corrected!: HTMLElement;
  private notices = h('div', { class: 'notices' });
  private body = h('div', { class: 'critique-body' });
  /** What the learner must act on ("pick one first"); cleared whenever the view changes. */
  private status = h('p', { class: 'critique-status', role: 'status', 'aria-live': 'polite' });
  /** The result, told to a screen reader once; it is on screen already, so kept out of sight. */
  private announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private bestLine = h('p', { class: 'critique-best' });
  private resumedNotice: HTMLElement | undefined;
  private viewKey = '';
  private interacted = false;
  private recordedAttempt = 0;

  connectedCallback() {
    try {
      this.run();
    } catch (error) {
      // A failed start leaves the page as a reader without JavaScript has it, saying so.
      this.querySelector<HTMLElement>('.exercise-noscript')?.removeAttribute('hidden');
      throw error;
    }
  }

  private run() {
    // Everything is read and checked before anything is stored or changed: a failed start leaves the readable
    // exercise in place and the record untouched.
    this.payload = readPayload<ChartCritiquePayload>(this, '[data-critique-payload]', [
      'key',
      'passMark',
      'completion',
      'strings',
    ]);
    this.language = islandLang(this);
    this.moduleKey = requireData(this, 'module');
    this.exerciseId = requireData(this, 'exercise');
    this.hash = requireData(this, 'hash');
    this.t = makeTranslator(this.payload.strings as Record<ChartCritiqueStringKey, string>);
    // The texts travel once, in the readable list and the folded answers.
    this.question = requireElement(this, '[data-critique-question]').textContent?.trim() ?? '';
    this.options = this.payload.key.options.map(({ id, misleads }) => ({
      id,
      misleads,
      label: requireElement(this, `[data-option="${id}"]`).textContent?.trim() ?? '',
      explanation: requireElement(this, `[data-explanation="${id}"]`).textContent?.trim() ?? '',
    }));
    this.charts = requireElement(this, '[data-critique-charts]');
    this.corrected = requireElement(this, '[data-chart="corrected"]');
    const fallback = requireElement(this, '[data-critique-fallback]');
    const answers = requireElement(this, '[data-critique-answers]');

    // Another tab checked a try: the best so far shown here follows.
    this.store = openProgressStore(() => this.showBest());
    const focused = this.contains(document.activeElement);
    this.actor = this.startActor();

    // Only now that the exercise runs: the list becomes checkboxes, the answers wait for the check.
    this.corrected.remove();
    fallback.remove();
    answers.remove();
    this.prepend(this.notices);
    this.charts.after(this.body, this.status, this.announcer);
    this.actor.subscribe((snapshot) => this.onSnapshot(snapshot));
    this.onSnapshot(this.actor.getSnapshot());
    if (focused) this.body.querySelector('input')?.focus();
  }

  private startActor(): Actor {
    const input = { key: this.payload.key, passMark: this.payload.passMark };
    const resume = findExerciseDraft(
      this.store.read(),
      this.moduleKey,
      this.exerciseId,
      CHART_CRITIQUE_MACHINE_VERSION,
      this.hash,
    );
    if (resume.kind === 'none') return createActor(chartCritiqueMachine, { input }).start();
    if (resume.kind === 'resume' && draftFits(resume.snapshot, this.payload.key)) {
      const actor = createActor(chartCritiqueMachine, { input, snapshot: resume.snapshot as Snapshot }).start();
      // A snapshot that no longer fits the machine puts the actor in 'error' rather than throwing.
      if (actor.getSnapshot().status === 'active') {
        this.resumedNotice = this.notice(this.t('exercise.resumed'));
        return actor;
      }
      actor.stop();
    }
    // Only the unfinished pick goes; checked tries stay in the record.
    this.store.update((r) => dropExerciseDraft(r, this.moduleKey, this.exerciseId));
    this.notice(
      this.t(resume.kind === 'dropped' ? 'exercise.chart-critique.changed' : 'exercise.chart-critique.unreadable'),
    );
    return createActor(chartCritiqueMachine, { input }).start();
  }

  private onSnapshot(snapshot: Snapshot) {
    const { value, context } = snapshot;
    if (value === 'checked' && context.result && this.recordedAttempt !== context.attempt) {
      this.recordedAttempt = context.attempt;
      const { score, total, percent, passed, missed, wrongFlags } = context.result;
      this.store.update((r) =>
        recordExerciseAttempt(
          r,
          this.moduleKey,
          this.exerciseId,
          {
            id: crypto.randomUUID(),
            at: new Date().toISOString(),
            lang: this.language,
            kind: 'chart-critique',
            score,
            total,
            percent,
            passed,
            missed,
            wrongFlags,
            response: context.picked,
          },
          this.payload.completion,
        ),
      );
      announceProgressChanged(); // the page's progress mark follows if this completed the module
    }
    this.showStoreNotices();
    this.render(snapshot);
  }

  private send(event: Parameters<Actor['send']>[0]) {
    this.interacted = true;
    this.resumedNotice?.remove(); // true when the pick came back, not once the learner has gone on
    this.resumedNotice = undefined;
    this.actor.send(event);
  }

  private toggle(id: string) {
    this.send({ type: 'option.toggle', id });
    this.status.textContent = '';
    // Every change is kept, so a reload (or a phone that drops the tab) picks up where the learner was.
    this.store.update((r) =>
      saveExerciseDraft(r, this.moduleKey, this.exerciseId, {
        machineVersion: CHART_CRITIQUE_MACHINE_VERSION,
        quizHash: this.hash,
        lang: this.language,
        savedAt: new Date().toISOString(),
        snapshot: this.actor.getPersistedSnapshot(),
      }),
    );
  }

  private render(snapshot: Snapshot) {
    const { value, context } = snapshot;
    const key = `${String(value)}:${context.attempt}`;
    if (key === this.viewKey) return;
    this.viewKey = key;
    const focusTarget = this.draw(snapshot);
    if (this.interacted) focusTarget.focus();
  }

  /** Redraws the view for the state; returns what takes focus after the learner moved to it. */
  private draw(snapshot: Snapshot): HTMLElement {
    const { value, context } = snapshot;
    this.body.replaceChildren();
    this.status.textContent = '';
    this.announcer.textContent = '';
    this.showBest();

    if (value === 'working') {
      this.corrected.remove();
      const fieldset = optionsFieldset(this.exerciseId, this.question, this.options, context.picked, (id) =>
        this.toggle(id),
      );
      const check = button(
        this.t('exercise.check'),
        () => {
          // Read the picks now: they were made after this view was drawn.
          if (this.actor.getSnapshot().context.picked.length === 0) {
            this.status.textContent = this.t('exercise.chart-critique.pickFirst');
            return;
          }
          this.send({ type: 'critique.check' });
        },
        true,
      );
      fill(this.body, fieldset, this.bestLine, h('div', { class: 'actions' }, check));
      return fieldset.querySelector('input') ?? check;
    }

    // Checked: the redrawn chart beside the published one, the result, and why for every option.
    const result = context.result!;
    this.charts.append(this.corrected);
    const misleading = context.key.options.filter((o) => o.misleads).length;
    const found = result.judgements.filter((j) => j.judgement === 'found').length;
    const title = h(
      'h3',
      { tabindex: -1, class: 'critique-result' },
      this.t('exercise.result', { score: result.score, total: result.total, percent: result.percent }),
    );
    const verdict = this.t(result.passed ? 'exercise.passed' : 'exercise.notPassed', {
      passMark: context.passMark,
    });
    fill(
      this.body,
      title,
      h('p', { class: result.passed ? 'critique-pass' : 'critique-fail' }, verdict),
      h('p', {}, this.t('exercise.chart-critique.summary', { found, misleading, wrong: result.wrongFlags })),
      this.bestLine,
      feedbackList(this.options, result, this.t),
      h(
        'div',
        { class: 'actions' },
        button(this.t('exercise.retry'), () => this.send({ type: 'critique.retry' })),
      ),
    );
    this.announcer.textContent = `${title.textContent} ${verdict}`;
    return title;
  }

  private showBest() {
    const best = bestExercisePercent(this.store.read().modules[this.moduleKey], this.exerciseId);
    this.bestLine.textContent = best === undefined ? '' : this.t('exercise.best', { percent: best });
    this.bestLine.hidden = best === undefined;
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

defineIsland('chart-critique-island', ChartCritiqueIsland);
