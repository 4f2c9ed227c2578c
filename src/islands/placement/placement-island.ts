import { createActor, type SnapshotFrom } from 'xstate';
import type { Lang } from '../../i18n/languages';
import { addPlacement, latestPlacement, placementResult } from '../../lib/placement/placement-result';
import type { Placement } from '../../lib/progress/progress-schema';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { quizMachine } from '../../lib/quiz/quiz-machine';
import { isAnswered, isCorrect, type Answer } from '../../lib/quiz/quiz-scoring';
import { flagNotANumber, questionFieldset, redrawKeepingMoveFocus, type ViewContext } from '../quiz/quiz-island';
import { openProgressStore } from '../shared/browser-progress';
import { button } from '../shared/button';
import { h } from '../shared/dom';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { announceProgressChanged } from '../shared/progress-events';
import { makeTranslator, type Translator } from '../shared/strings';
import { answersView } from './answers-view';
import type { PlacementPayload, PlacementStringKey } from './payload';
import { ratingForm, type RatingChoice } from './rating-form';
import { resultView } from './result-view';

type Actor = ReturnType<typeof createActor<typeof quizMachine>>;
type Snapshot = SnapshotFrom<typeof quizMachine>;

/**
 * <placement-island data-lang>: the placement check. Step 1 rates the four areas and asks the kind of work; step 2
 * runs the diagnostic questions through the quiz machine in its test behaviour (answer all, submit, nothing said
 * before); then the result is kept in the record (a new entry each time, through the store) and shown with
 * every answer explained. On return the latest kept result is shown, with "take it again".
 */
class PlacementIsland extends HTMLElement {
  private data!: PlacementPayload;
  private t!: Translator<PlacementStringKey>;
  private language: Lang = 'vi';
  private store!: ProgressStore;
  private actor: Actor | undefined;
  private choice: RatingChoice | undefined;
  private view = h('div', { class: 'placement-view' });
  private notices = h('div', { class: 'notices' });
  private status = h('p', { class: 'placement-status', role: 'status', 'aria-live': 'polite' });
  private viewKey = '';

  connectedCallback() {
    this.data = readPayload<PlacementPayload>(this, '[data-placement-payload]', [
      'quiz',
      'areas',
      'sources',
      'paths',
      'strings',
    ]);
    this.t = makeTranslator(this.data.strings);
    this.language = islandLang(this);
    // Another tab took the check: show its result here too, unless this tab is in the middle of one.
    this.store = openProgressStore(() => {
      if (!this.actor) this.showLatest();
    });
    this.append(this.notices, this.view, this.status);
    this.showLatest();
    this.querySelector('[data-placement-fallback]')?.remove(); // only now that the island is running
  }

  /** The latest kept result, or the first step when there is none. */
  private showLatest() {
    this.showNotices();
    const latest = latestPlacement(this.store.read());
    if (latest) this.showResult(latest);
    else this.showRating(false);
  }

  private showRating(focus: boolean) {
    this.stopActor();
    const latest = latestPlacement(this.store.read());
    const form = ratingForm(this.t, this.choice ?? latest, (choice) => {
      this.choice = choice;
      this.startQuestions();
    });
    this.view.replaceChildren(form);
    if (focus) form.querySelector<HTMLElement>('h2')?.focus();
  }

  private startQuestions() {
    this.stopActor();
    const input = { quiz: this.data.quiz, lang: this.language, seed: (Math.random() * 2 ** 32) >>> 0 || 1 };
    const actor = createActor(quizMachine, { input }).start();
    this.actor = actor;
    this.viewKey = '';
    actor.subscribe((snapshot) => this.onSnapshot(snapshot));
    actor.send({ type: 'quiz.start' });
  }

  private stopActor() {
    this.actor?.stop();
    this.actor = undefined;
  }

  private onSnapshot(snapshot: Snapshot) {
    const { value, context } = snapshot;
    if (value === 'finished') {
      this.finish(context.answers, context.seed);
      return;
    }
    if (value !== 'answering') return;
    const key = `${context.index}`;
    if (key === this.viewKey) return;
    this.viewKey = key;
    this.drawQuestion(snapshot, true);
  }

  private drawQuestion(snapshot: Snapshot, focus: boolean) {
    const { context } = snapshot;
    const question = context.quiz.questions[context.index]!;
    const total = context.quiz.questions.length;
    const ctx: ViewContext = {
      lang: this.language,
      t: this.t,
      seed: context.seed,
      onAnswer: (answer: Answer) => this.onAnswer(answer),
      announce: (message) => (this.status.textContent = message),
    };
    const position = h(
      'h2',
      { class: 'placement-position', tabindex: -1 },
      this.t('quiz.position', { current: context.index + 1, total }),
    );
    const actions = h('div', { class: 'actions' });
    if (context.index > 0)
      actions.append(button(this.t('quiz.previous'), () => this.actor?.send({ type: 'question.previous' })));
    if (context.index < total - 1)
      actions.append(button(this.t('quiz.next'), () => this.actor?.send({ type: 'question.next' }), true));
    actions.append(button(this.t('quiz.submit'), () => this.submit(ctx), context.index === total - 1));
    this.status.textContent = '';
    this.view.replaceChildren(
      h(
        'div',
        { class: 'placement-questions' },
        h('p', { class: 'placement-step' }, this.t('placement.step.questions')),
        position,
        h(
          'p',
          { class: 'meta' },
          this.t('placement.questionArea', { area: this.t(`placement.area.${this.data.areas[question.id]!}`) }),
        ),
        questionFieldset(question, context.answers[question.id], ctx, false),
        actions,
      ),
    );
    if (focus) position.focus();
  }

  private onAnswer(answer: Answer) {
    this.actor?.send({ type: 'answer.set', answer });
    if (answer.type !== 'order' || !this.actor) return;
    const actor = this.actor;
    redrawKeepingMoveFocus(this.view, () => this.drawQuestion(actor.getSnapshot(), false));
  }

  private submit(ctx: ViewContext) {
    if (!this.actor) return;
    const { context } = this.actor.getSnapshot();
    if (flagNotANumber(this.view, ctx)) {
      this.view.querySelector<HTMLElement>('input[data-number]')?.focus();
      return;
    }
    const missing = context.quiz.questions
      .map((q, i) => (isAnswered(q, context.answers[q.id], this.language) ? undefined : i + 1))
      .filter((n) => n !== undefined);
    if (missing.length > 0) {
      this.status.textContent = this.t('quiz.unanswered', { list: missing.join(', ') });
      return;
    }
    this.actor.send({ type: 'quiz.submit' });
  }

  /** Scores the check by area, keeps it as a new entry, and shows the result with every answer explained. */
  private finish(answers: Readonly<Record<string, Answer>>, seed: number) {
    const choice = this.choice!;
    const quiz = this.data.quiz;
    this.stopActor();
    const placement = placementResult(
      {
        ratings: choice.ratings,
        work: choice.work,
        questionAreas: this.data.areas,
        right: quiz.questions.filter((q) => isCorrect(q, answers[q.id], this.language)).map((q) => q.id),
      },
      { id: crypto.randomUUID(), at: new Date().toISOString(), lang: this.language },
    );
    this.store.update((record) => addPlacement(record, placement));
    announceProgressChanged();
    this.showResult(placement);
    this.view.append(answersView(quiz, answers, seed, this.data, this.t, this.language));
    this.view.querySelector<HTMLElement>('#placement-result-heading')?.focus();
    this.status.textContent = this.t('placement.result.heading');
  }

  private showResult(placement: Placement) {
    this.showNotices();
    this.view.replaceChildren(resultView(placement, this.data, this.t, this.language, () => this.showRating(true)));
  }

  private shown = new Set<string>();
  private showNotices() {
    for (const notice of this.store.notices()) {
      if (this.shown.has(notice)) continue;
      this.shown.add(notice);
      this.notices.append(h('p', { class: 'notice', role: 'note' }, this.t(`progress.notice.${notice}`)));
    }
  }
}

defineIsland('placement-island', PlacementIsland);
