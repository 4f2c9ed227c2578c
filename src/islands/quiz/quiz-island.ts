import { QUIZ_ONLY, type CompletionRule } from '../../lib/progress/module-completion';
import { createActor, type SnapshotFrom } from 'xstate';
import type { Lang } from '../../i18n/languages';
import { QUIZ_MACHINE_VERSION, quizMachine } from '../../lib/quiz/quiz-machine';
import { isAnswered, type Answer } from '../../lib/quiz/quiz-scoring';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { announceProgressChanged } from '../shared/progress-events';
import { openProgressStore } from '../shared/browser-progress';
import { questionOutcome } from '../../lib/quiz/question-outcome';
import {
  bestPercent,
  dropInProgress,
  findResume,
  quizHash,
  recordAttempt,
  saveInProgress,
} from '../../lib/quiz/quiz-session';
import { joinQuizTexts, QuizTextMissingError } from '../../lib/quiz/quiz-texts';
import { snapshotFits } from '../../lib/quiz/snapshot-fits';
import { withPageQuiz } from '../../lib/quiz/quizless-snapshot';
import { snapshotForPage } from '../../lib/quiz/snapshot-language';
import type { QuizData } from '../../schemas/quiz';
import type { QuizPayload, QuizStringKey } from './payload';
import { button } from '../shared/button';
import { fill, h } from '../shared/dom';
import { defineIsland, IslandError, islandLang, readPayload, requireData } from '../shared/island-start';
import { makeTranslator, type Translator } from '../shared/strings';
import { readListTexts } from './list-texts';
import { feedbackBlock, flagNotANumber, questionFieldset, redrawKeepingMoveFocus, type ViewContext } from './quiz-view';

type Snapshot = SnapshotFrom<typeof quizMachine>;
type Actor = ReturnType<typeof createActor<typeof quizMachine>>;

/**
 * <quiz-island data-module data-lang data-hash>: runs the quiz machine for one module, draws it, and keeps the
 * learner's record (attempts, the quiz in progress) through the progress store.
 */
class QuizIsland extends HTMLElement {
  private quiz!: QuizData;
  private language: Lang = 'vi';
  private key = '';
  private hash = '';
  private completion: CompletionRule = QUIZ_ONLY;
  private store!: ProgressStore;
  private actor!: Actor;
  private body = h('div', { class: 'quiz-body' });
  /** What the learner must see and act on (answer first, not answered yet); cleared whenever the view changes. */
  private status = h('p', { class: 'quiz-status', role: 'status', 'aria-live': 'polite' });
  /**
   * What a screen reader is told of a verdict or a result that is already on screen: kept out of sight, so the
   * page does not print it twice; cleared with the view, so an old verdict is never read on the next question.
   */
  private announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  /** "Picking up where you left off": true until the learner goes on, then gone. */
  private resumedNotice: HTMLElement | undefined;
  private next: QuizPayload['next'];
  private intro = '';
  private rule = '';
  private notices = h('div', { class: 'notices' });
  private viewKey = '';
  private interacted = false;
  private recordedAttempt = 0;

  connectedCallback() {
    try {
      this.run();
    } catch (error) {
      // A failed start leaves the page as a reader without JavaScript has it: the list with its note, and not the
      // loader's start button, which would do nothing.
      this.querySelector('[data-quiz-start]')?.setAttribute('hidden', '');
      this.querySelector('.quiz-noscript')?.removeAttribute('hidden');
      throw error;
    }
  }

  private run() {
    // Everything the quiz needs is checked before anything is stored or drawn: a failed start leaves the
    // server-rendered questions in place and the record untouched.
    const payload = readPayload<QuizPayload>(this, '[data-quiz-payload]', ['quiz', 'strings']);
    this.next = payload.next;
    // The intro (with the quiz's scoring rule) is on the page already, so it is not sent twice.
    this.intro = this.querySelector('[data-quiz-intro]')?.textContent?.trim() ?? '';
    // The scoring rule, said before the quiz starts and again with the result.
    this.rule = this.querySelector('[data-quiz-rule]')?.textContent ?? '';
    this.language = islandLang(this);
    this.key = requireData(this, 'module');
    this.hash = requireData(this, 'hash');
    // Exercises whose author said they count: passing the quiz completes the module only once they are passed too.
    this.completion = { quiz: true, exercises: (this.dataset.completion ?? '').split(' ').filter(Boolean) };
    // The texts are in the page's list only (sent once): read them before the list goes.
    try {
      this.quiz = joinQuizTexts(payload.quiz, readListTexts(this));
    } catch (error) {
      if (error instanceof QuizTextMissingError)
        throw new IslandError(this, `question list ([data-question]): ${error.message}`);
      throw error;
    }
    // The other mode's intro is left out of the payload, and this quiz never asks for it.
    this.t = makeTranslator(payload.strings as Record<QuizStringKey, string>);
    // The page's loader (quiz-loader.ts) noted the visit at load; the store counts it in.
    // Another tab wrote: pick up its attempts so the best score and completion shown here stay true.
    this.store = openProgressStore(() => {
      const value = this.actor.getSnapshot().value;
      if (value === 'intro' || value === 'finished') this.render(this.actor.getSnapshot(), true);
    });

    // Reached before this code came: by Tab (focus on the list's start button) or by pressing that button.
    const focused = this.contains(document.activeElement);
    const startAsked = this.hasAttribute('data-start-asked');
    this.append(this.notices, this.body, this.status, this.announcer);
    this.actor = this.startActor();
    this.actor.subscribe((snapshot) => this.onSnapshot(snapshot));
    this.onSnapshot(this.actor.getSnapshot());
    this.showStoreNotices();
    this.querySelector('[data-quiz-fallback]')?.remove(); // only now that the quiz is running
    if (startAsked && this.actor.getSnapshot().can({ type: 'quiz.start' })) this.send({ type: 'quiz.start' });
    else if (focused) this.body.querySelector('button')?.focus();
  }

  private t!: Translator<QuizStringKey>;

  private startActor(): Actor {
    const input = { quiz: this.quiz, lang: this.language, seed: (Math.random() * 2 ** 32) >>> 0 || 1 };
    // This page's resume key (the same in both languages), or the one-language hash attempts were saved under before.
    const resume = findResume(this.store.read(), this.key, QUIZ_MACHINE_VERSION, [this.hash, quizHash(this.quiz)]);
    if (resume.kind === 'none') return createActor(quizMachine, { input }).start();
    // XState restores whatever it is given, so a damaged snapshot (question 999, no quiz) is refused first.
    const saved = resume.kind === 'resume' ? withPageQuiz(resume.snapshot, this.quiz) : undefined;
    if (resume.kind === 'resume' && snapshotFits(saved, this.quiz)) {
      // Saved in the other language, maybe: the same answers, shown in this page's words.
      const snapshot = snapshotForPage(saved as Snapshot, this.quiz, this.language);
      const actor = createActor(quizMachine, { input, snapshot }).start();
      // A snapshot that no longer fits the machine puts the actor in 'error' rather than throwing.
      if (actor.getSnapshot().status === 'active') {
        this.resumedNotice = this.notice(this.t('quiz.resumed'));
        return actor;
      }
      actor.stop();
    }
    // Only the unfinished quiz goes: finished attempts are kept (dropInProgress).
    this.store.update((r) => dropInProgress(r, this.key));
    // Say why truly: an edited quiz is not the same as a saved quiz that cannot be read.
    this.notice(this.t(resume.kind === 'dropped' ? 'quiz.changed' : 'quiz.unreadable'));
    return createActor(quizMachine, { input }).start();
  }

  private onSnapshot(snapshot: Snapshot) {
    const { value, context } = snapshot;
    if (value === 'answering' || value === 'feedback') {
      this.store.update((r) =>
        saveInProgress(r, this.key, {
          machineVersion: QUIZ_MACHINE_VERSION,
          quizHash: this.hash,
          lang: this.language,
          savedAt: new Date().toISOString(),
          snapshot: this.actor.getPersistedSnapshot(),
        }),
      );
    }
    if (value === 'finished' && context.result && this.recordedAttempt !== context.attempt) {
      this.recordedAttempt = context.attempt;
      const { correct, total, percent, passed, missed } = context.result;
      this.store.update((r) =>
        recordAttempt(
          r,
          this.key,
          {
            id: crypto.randomUUID(),
            at: new Date().toISOString(),
            lang: this.language,
            correct,
            total,
            percent,
            passed,
            answers: context.answers,
            ...(missed ? { missed } : {}), // a result restored from before v2 has none
          },
          this.completion,
        ),
      );
      announceProgressChanged(); // the page's progress mark says "completed" without a reload
    }
    this.showStoreNotices();
    this.render(snapshot);
  }

  private send(event: Parameters<Actor['send']>[0]) {
    this.interacted = true;
    this.resumedNotice?.remove(); // true when the quiz came back, not once the learner has gone on
    this.resumedNotice = undefined;
    this.actor.send(event);
  }

  private render(snapshot: Snapshot, force = false) {
    const { value, context } = snapshot;
    const key = `${String(value)}:${context.index}:${context.attempt}`;
    if (key === this.viewKey && !force) return;
    this.viewKey = key;
    const focusTarget = this.draw(snapshot);
    if (this.interacted && focusTarget) focusTarget.focus();
  }

  /** Redraws the current view; returns what should take focus after a move. */
  private draw(snapshot: Snapshot): HTMLElement | undefined {
    const { value, context } = snapshot;
    const question = context.quiz.questions[context.index]!;
    const answer = context.answers[question.id];
    const total = context.quiz.questions.length;
    const ctx: ViewContext = {
      lang: this.language,
      t: this.t,
      seed: context.seed,
      onAnswer: (a: Answer) => this.onAnswer(a),
      announce: (message) => (this.status.textContent = message),
    };
    const heading = (text: string) => h('h3', { tabindex: -1, class: 'quiz-position' }, text);
    this.body.replaceChildren();
    this.status.textContent = '';
    this.announcer.textContent = '';

    if (value === 'intro') {
      const record = this.store.read().modules[this.key];
      const best = bestPercent(record);
      fill(
        this.body,
        h('p', {}, this.intro),
        this.rule ? h('p', { class: 'quiz-rule' }, this.rule) : false,
        record?.completedAt ? h('p', { class: 'quiz-done' }, this.t('quiz.completed')) : false,
        best !== undefined ? h('p', {}, this.t('quiz.best', { percent: best })) : false,
        button(this.t('quiz.start'), () => this.send({ type: 'quiz.start' }), true),
      );
      return undefined;
    }

    if (value === 'finished') {
      const result = context.result!;
      const practice = context.quiz.behaviour === 'practice';
      const counts = { correct: result.correct, total: result.total, percent: result.percent };
      const title = h(
        'h3',
        { tabindex: -1, class: 'quiz-result' },
        this.t(practice ? 'quiz.resultFirstTry' : 'quiz.result', counts),
      );
      const best = bestPercent(this.store.read().modules[this.key]);
      const verdict = result.passed
        ? this.t('quiz.passed')
        : this.t('quiz.failed', { passMark: context.quiz.passMark });
      const onward = this.next
        ? h(
            'a',
            // Once passed, going on is the thing to do; before, trying again is, and going on stays offered.
            { class: result.passed ? 'button quiz-onward' : 'quiz-onward', href: this.next.href },
            this.t(this.next.kind === 'module' ? 'quiz.nextModule' : 'quiz.backToCourse', { title: this.next.title }),
          )
        : false;
      fill(
        this.body,
        title,
        h('p', { class: result.passed ? 'quiz-pass' : 'quiz-fail' }, verdict),
        this.rule ? h('p', { class: 'quiz-rule' }, this.rule) : false,
        best !== undefined ? h('p', {}, this.t('quiz.best', { percent: best })) : false,
        h(
          'div',
          { class: 'actions' },
          result.passed ? onward : false,
          button(this.t('quiz.review'), () => this.send({ type: 'quiz.review' }), !result.passed),
          button(this.t('quiz.retry'), () => this.send({ type: 'quiz.retry' })),
          result.passed ? false : onward,
        ),
      );
      this.announcer.textContent = `${title.textContent} ${verdict}`;
      return title;
    }

    const title = heading(this.t('quiz.position', { current: context.index + 1, total }));
    this.body.append(title);
    const readOnly = value !== 'answering';
    this.body.append(questionFieldset(question, answer, ctx, readOnly));
    if (readOnly)
      this.body.append(
        feedbackBlock(
          question,
          answer,
          questionOutcome(context.quiz, question.id, context.answers, context.firstTry, this.language),
          ctx,
        ),
      );
    const actions = h('div', { class: 'actions' });
    this.body.append(actions);

    if (value === 'answering' && context.quiz.behaviour === 'practice') {
      actions.append(
        button(
          this.t('quiz.check'),
          () => {
            // Read the answer now: it was given after this view was drawn.
            if (!isAnswered(question, this.actor.getSnapshot().context.answers[question.id], this.language)) {
              // Something typed that is not a number is said beside the field, not taken for no answer.
              if (flagNotANumber(this.body, ctx)) this.body.querySelector<HTMLElement>('input[data-number]')?.focus();
              else this.status.textContent = this.t('quiz.chooseFirst');
              return;
            }
            this.send({ type: 'answer.check' });
          },
          true,
        ),
      );
    } else if (value === 'answering') {
      if (context.index > 0)
        actions.append(button(this.t('quiz.previous'), () => this.send({ type: 'question.previous' })));
      if (context.index < total - 1)
        actions.append(button(this.t('quiz.next'), () => this.send({ type: 'question.next' }), true));
      actions.append(button(this.t('quiz.submit'), () => this.submit(), context.index === total - 1));
    } else if (value === 'feedback') {
      this.announcer.textContent = this.body.querySelector('.quiz-verdict')?.textContent ?? '';
      if (snapshot.can({ type: 'answer.retry' }))
        actions.append(button(this.t('quiz.tryAgain'), () => this.send({ type: 'answer.retry' })));
      actions.append(
        button(
          context.index < total - 1 ? this.t('quiz.next') : this.t('quiz.seeResult'),
          () => this.send({ type: 'question.next' }),
          true,
        ),
      );
      return this.body.querySelector<HTMLElement>('.quiz-feedback') ?? title;
    } else if (value === 'reviewing') {
      if (context.index > 0)
        actions.append(button(this.t('quiz.previous'), () => this.send({ type: 'question.previous' })));
      if (context.index < total - 1)
        actions.append(button(this.t('quiz.next'), () => this.send({ type: 'question.next' }), true));
      actions.append(button(this.t('quiz.backToResult'), () => this.send({ type: 'quiz.results' })));
    }
    return title;
  }

  private onAnswer(answer: Answer) {
    this.actor.send({ type: 'answer.set', answer });
    if (answer.type !== 'order') return;
    redrawKeepingMoveFocus(this.body, () => this.render(this.actor.getSnapshot(), true));
  }

  private submit() {
    const { context } = this.actor.getSnapshot();
    const missing = context.quiz.questions
      .map((q, i) => (isAnswered(q, context.answers[q.id], this.language) ? undefined : i + 1))
      .filter((n) => n !== undefined);
    if (missing.length > 0) {
      this.status.textContent = this.t('quiz.unanswered', { list: missing.join(', ') });
      return;
    }
    this.send({ type: 'quiz.submit' });
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

defineIsland('quiz-island', QuizIsland);

// The question view, for the islands that draw quiz questions outside a quiz (the placement check, spaced review).
// They import it from here rather than from quiz-view.ts, so that the view stays inside this island's chunk: a
// chunk of its own cost every quiz page 0.7 KB gzip in import glue and lost compression, and quiz pages are where
// bytes count. Those islands load the quiz island's code with it, and register an element their pages never use.
export { feedbackBlock, flagNotANumber, questionFieldset, redrawKeepingMoveFocus, type ViewContext } from './quiz-view';
