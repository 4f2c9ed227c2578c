import { createActor, type SnapshotFrom } from 'xstate';
import type { Lang } from '../../i18n/languages';
import { riskMatrixKey } from '../../lib/exercise/risk-matrix/answer-key';
import { draftChoices } from '../../lib/exercise/risk-matrix/draft-choices';
import { isLevel, isTreatment, type Axis } from '../../lib/exercise/risk-matrix/risk-levels';
import { RISK_MATRIX_MACHINE_VERSION, riskMatrixMachine } from '../../lib/exercise/risk-matrix/risk-matrix-machine';
import { unfinishedRisks, type RiskChoices } from '../../lib/exercise/risk-matrix/risk-matrix-scoring';
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
import { defineIsland, islandLang, readPayload, requireData } from '../shared/island-start';
import { announceProgressChanged } from '../shared/progress-events';
import { makeTranslator, type Translator } from '../shared/strings';
import type { RiskDeclaration } from '../../schemas/exercise/risk-matrix';
import type { RiskMatrixPayload, RiskMatrixStringKey } from './payload';
import { matrixTable, riskFeedback, riskFieldset, riskName, type ViewContext } from './risk-matrix-view';

type Snapshot = SnapshotFrom<typeof riskMatrixMachine>;
type Actor = ReturnType<typeof createActor<typeof riskMatrixMachine>>;

/**
 * <risk-matrix-island data-module data-lang data-hash>: runs the risk-matrix machine for one exercise, draws the
 * form and the matrix it fills, and keeps the learner's record (the draft on each change, each checked attempt)
 * through the page's one progress store.
 */
class RiskMatrixIsland extends HTMLElement {
  private payload!: RiskMatrixPayload;
  /** The exercise's risks, in the order they are numbered. */
  private risks: RiskDeclaration[] = [];
  private language: Lang = 'vi';
  private moduleKey = '';
  private hash = '';
  private store!: ProgressStore;
  private actor!: Actor;
  private t!: Translator<RiskMatrixStringKey>;
  private ctx!: ViewContext;
  private notices = h('div', { class: 'notices' });
  private head = h('div', { class: 'rm-head' });
  private body = h('div', { class: 'rm-body' });
  private matrixSlot = h('div', { class: 'rm-matrix-wrap' });
  /** What the learner must act on (a risk not yet chosen in full); cleared whenever the view changes. */
  private status = h('p', { class: 'rm-status', role: 'status', 'aria-live': 'polite' });
  /** The result, told to a screen reader once; the same words are on screen. */
  private announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private resumedNotice: HTMLElement | undefined;
  private viewKey = '';
  /** The choices last saved as the draft: nothing is saved until the learner changes something. */
  private savedChoices = '{}';
  private recordedAttempt = 0;
  private interacted = false;

  connectedCallback() {
    try {
      this.run();
    } catch (error) {
      // A failed start leaves the page as a reader without JavaScript has it: the risks, with the note.
      this.querySelector('.exercise-noscript')?.removeAttribute('hidden');
      throw error;
    }
  }

  private run() {
    // Everything is read and checked before anything is stored or drawn: a failed start leaves the record alone.
    this.payload = readPayload<RiskMatrixPayload>(this, '[data-risk-matrix-payload]', [
      'exercise',
      'completion',
      'strings',
    ]);
    this.language = islandLang(this);
    this.moduleKey = requireData(this, 'module');
    this.hash = requireData(this, 'hash');
    this.t = makeTranslator(this.payload.strings as Record<RiskMatrixStringKey, string>);
    const { exercise } = this.payload;
    this.risks = exercise.risks;
    this.ctx = {
      lang: this.language,
      t: this.t,
      idPrefix: `rm-${exercise.id}`,
      scales: exercise.scales,
      toleranceEach: new Set(exercise.risks.map((r) => r.tolerance)).size > 1,
    };
    this.store = openProgressStore(() => this.drawHead());
    this.append(this.notices, this.head, this.body, this.status, this.announcer);
    this.actor = this.startActor();
    this.actor.subscribe((snapshot) => this.onSnapshot(snapshot));
    this.onSnapshot(this.actor.getSnapshot());
    this.showStoreNotices();
    this.querySelector('[data-rm-fallback]')?.remove(); // only now that the exercise is running
  }

  private startActor(): Actor {
    const { exercise } = this.payload;
    const input = { key: riskMatrixKey(exercise), passMark: exercise.passMark };
    const draft = findExerciseDraft(
      this.store.read(),
      this.moduleKey,
      exercise.id,
      RISK_MATRIX_MACHINE_VERSION,
      this.hash,
    );
    if (draft.kind === 'none') return createActor(riskMatrixMachine, { input }).start();
    const resumed = draft.kind === 'resume' ? draftChoices(draft.snapshot, input.key) : undefined;
    if (resumed) {
      this.resumedNotice = this.notice(this.t('exercise.resumed'));
      this.savedChoices = JSON.stringify(resumed);
      return createActor(riskMatrixMachine, { input: { ...input, resumed } }).start();
    }
    // Only the unfinished matrix goes: checked attempts stay in the record. Say why truly.
    this.store.update((r) => dropExerciseDraft(r, this.moduleKey, exercise.id));
    this.notice(this.t(draft.kind === 'dropped' ? 'exercise.risk-matrix.changed' : 'exercise.risk-matrix.unreadable'));
    return createActor(riskMatrixMachine, { input }).start();
  }

  private onSnapshot(snapshot: Snapshot) {
    const { value, context } = snapshot;
    const { exercise, completion } = this.payload;
    if (value === 'working') {
      // Saved on each change (not on a mere redraw), so a reload picks up where the learner was.
      const choices = JSON.stringify(context.choices);
      if (choices !== this.savedChoices) {
        this.savedChoices = choices;
        this.store.update((r) =>
          saveExerciseDraft(r, this.moduleKey, exercise.id, {
            machineVersion: RISK_MATRIX_MACHINE_VERSION,
            quizHash: this.hash,
            lang: this.language,
            savedAt: new Date().toISOString(),
            snapshot: this.actor.getPersistedSnapshot(),
          }),
        );
      }
    }
    if (value === 'checked' && context.result && this.recordedAttempt !== context.attempt) {
      this.recordedAttempt = context.attempt;
      const { score, total, percent, passed, missed, response } = context.result;
      this.store.update((r) =>
        recordExerciseAttempt(
          r,
          this.moduleKey,
          exercise.id,
          {
            id: crypto.randomUUID(),
            at: new Date().toISOString(),
            lang: this.language,
            kind: 'risk-matrix',
            score,
            total,
            percent,
            passed,
            missed,
            response,
          },
          completion,
        ),
      );
      this.savedChoices = JSON.stringify({});
      announceProgressChanged(); // the page's progress mark says "completed" without a reload
    }
    this.showStoreNotices();
    this.render(snapshot);
  }

  private render(snapshot: Snapshot) {
    const key = `${String(snapshot.value)}:${snapshot.context.attempt}`;
    if (key !== this.viewKey) {
      this.viewKey = key;
      const focusTarget = this.draw(snapshot);
      if (this.interacted) focusTarget?.focus();
    }
    this.drawMatrix(snapshot.context.choices);
  }

  /** "Your best so far": redrawn when another tab writes. */
  private drawHead() {
    const best = bestExercisePercent(this.store.read().modules[this.moduleKey], this.payload.exercise.id);
    this.head.replaceChildren();
    if (best !== undefined) this.head.append(h('p', { class: 'rm-best' }, this.t('exercise.best', { percent: best })));
  }

  /** Where "your best so far" goes: above the form while working, under the verdict once checked. */
  private placeHead(after: Element | undefined) {
    if (after) after.after(this.head);
    else this.body.before(this.head);
  }

  /** Redraws the form for the state; returns what should take focus after the learner moved there. */
  private draw(snapshot: Snapshot): HTMLElement | undefined {
    const { value, context } = snapshot;
    const { risks } = this;
    const checked = value === 'checked' ? context.result : undefined;
    this.status.textContent = '';
    this.announcer.textContent = '';
    this.drawHead();
    this.body.replaceChildren();

    const list = h('ol', { class: 'rm-risks' });
    risks.forEach((risk, index) => {
      const fieldset = riskFieldset(this.ctx, risk, index, context.choices[risk.id], !!checked, (id, part, v) =>
        this.choose(id, part, v),
      );
      const outcome = checked?.outcomes.find((o) => o.id === risk.id);
      if (outcome) fieldset.append(riskFeedback(this.ctx, risk, outcome));
      list.append(h('li', {}, fieldset));
    });
    const risksHeading = h('h3', { class: 'rm-risks-heading' }, this.t('exercise.risk-matrix.risks'));

    if (!checked) {
      fill(
        this.body,
        risksHeading,
        h('div', { class: 'rm-work' }, list, this.matrixSlot),
        h(
          'div',
          { class: 'actions' },
          button(this.t('exercise.check'), () => this.check(), true),
        ),
      );
      this.placeHead(undefined);
      return this.body.querySelector<HTMLElement>('select') ?? undefined;
    }
    const title = h(
      'h3',
      { tabindex: -1, class: 'rm-result' },
      this.t('exercise.result', { score: checked.score, total: checked.total, percent: checked.percent }),
    );
    const verdict = this.t(checked.passed ? 'exercise.passed' : 'exercise.notPassed', {
      passMark: this.payload.exercise.passMark,
    });
    const verdictLine = h('p', { class: checked.passed ? 'rm-pass' : 'rm-fail' }, verdict);
    fill(
      this.body,
      title,
      verdictLine,
      h(
        'div',
        { class: 'actions' },
        button(this.t('exercise.retry'), () => this.send({ type: 'exercise.retry' }), true),
      ),
      risksHeading,
      h('div', { class: 'rm-work' }, list, this.matrixSlot),
    );
    this.placeHead(verdictLine);
    this.announcer.textContent = `${title.textContent} ${verdict}`;
    return title;
  }

  private drawMatrix(choices: RiskChoices) {
    const { risks } = this;
    const missing = risks.flatMap((risk, index) => {
      const c = choices[risk.id];
      return c?.likelihood && c.impact ? [] : [riskName(this.ctx, index)];
    });
    this.matrixSlot.replaceChildren(
      matrixTable(this.ctx, risks, choices),
      h(
        'p',
        { class: 'rm-unplaced' },
        missing.length > 0
          ? this.t('exercise.risk-matrix.notPlaced', { list: missing.join(', ') })
          : this.t('exercise.risk-matrix.allPlaced'),
      ),
    );
  }

  private choose(risk: string, part: Axis | 'treatment', raw: string) {
    if (part === 'treatment') this.send({ type: 'risk.treat', risk, treatment: isTreatment(raw) ? raw : undefined });
    else {
      const level = Number(raw);
      this.send({ type: 'risk.rate', risk, axis: part, level: isLevel(level) ? level : undefined });
    }
  }

  private check() {
    const { context } = this.actor.getSnapshot();
    const unfinished = unfinishedRisks(context.key, context.choices);
    if (unfinished.length > 0) {
      const names = unfinished.map((id) =>
        riskName(
          this.ctx,
          context.key.findIndex((r) => r.id === id),
        ),
      );
      this.status.textContent = this.t('exercise.risk-matrix.unfinished', { list: names.join(', ') });
      // The first unfinished risk's first empty control, so the learner lands where the work is.
      const first = this.querySelector<HTMLElement>(
        `[data-risk="${unfinished[0]}"] select:has(option[value=""]:checked)`,
      );
      first?.focus();
      return;
    }
    this.send({ type: 'exercise.check' });
  }

  private send(event: Parameters<Actor['send']>[0]) {
    this.interacted = true;
    this.resumedNotice?.remove(); // true when the draft came back, not once the learner has gone on
    this.resumedNotice = undefined;
    this.actor.send(event);
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

defineIsland('risk-matrix-island', RiskMatrixIsland);
