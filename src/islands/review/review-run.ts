import { createActor, type SnapshotFrom } from 'xstate';
import type { Lang } from '../../i18n/languages';
import { quizMachine } from '../../lib/quiz/quiz-machine';
import { questionOutcome } from '../../lib/quiz/question-outcome';
import { isAnswered, type Answer } from '../../lib/quiz/quiz-scoring';
import type { ReviewSession } from '../../lib/review/review-session';
import { button } from '../shared/button';
import { fill, h } from '../shared/dom';
import type { Translator } from '../shared/strings';
import { feedbackBlock, questionFieldset, redrawKeepingMoveFocus, type ViewContext } from '../quiz/quiz-island';
import type { ReviewStringKey } from './payload';

// The scoring comes with this code, not with My learning's first load.
export { reviewAttempts } from '../../lib/review/review-score';

/** One module's line on the result panel, worded by the island (it knows the record and the dates). */
export interface ResultLine {
  text: string;
  passed: boolean;
  verdict: string;
}

export interface ReviewRun {
  session: ReviewSession;
  lang: Lang;
  t: Translator<ReviewStringKey>;
  /** "Module 1.2: Data quality" above a question, by its id in the session. */
  label: (sessionId: string) => string;
  /** Called once, when the answers are submitted: records them and says how each module did. */
  finish: (answers: Record<string, Answer>) => ResultLine[];
  /** "Back to the review list". */
  close: () => void;
}

type Snapshot = SnapshotFrom<typeof quizMachine>;

/**
 * Runs one review in `target`: the quiz machine in test mode (answer all, submit, then each question with its
 * explanation), drawn by the quiz's own view. Loaded only when a review starts, so My learning stays light.
 */
export function runReview(target: HTMLElement, run: ReviewRun): void {
  const { t, lang } = run;
  const actor = createActor(quizMachine, {
    input: { quiz: run.session.quiz, lang, seed: (Math.random() * 2 ** 32) >>> 0 || 1 },
  }).start();
  const panel = h('div', { class: 'quiz review-session' });
  const status = h('p', { class: 'quiz-status', role: 'status', 'aria-live': 'polite' });
  const body = h('div', { class: 'quiz-body' });
  panel.append(body, status);
  target.replaceChildren(panel);
  let results: ResultLine[] | undefined;
  let viewKey = '';

  const draw = (snapshot: Snapshot, force = false) => {
    const { value, context } = snapshot;
    const key = `${String(value)}:${context.index}`;
    if (key === viewKey && !force) return;
    viewKey = key;
    body.replaceChildren();
    status.textContent = '';
    if (value === 'finished') {
      results ??= run.finish(context.answers);
      const title = h('h3', { tabindex: -1, class: 'quiz-result' }, t('review.resultHeading'));
      fill(
        body,
        title,
        h(
          'ul',
          { class: 'review-results' },
          ...results.map((r) =>
            h('li', {}, h('p', {}, r.text), h('p', { class: r.passed ? 'quiz-pass' : 'quiz-fail' }, r.verdict)),
          ),
        ),
        h(
          'div',
          { class: 'actions' },
          button(t('quiz.review'), () => actor.send({ type: 'quiz.review' }), true),
          button(t('review.finish'), () => {
            actor.stop();
            run.close();
          }),
        ),
      );
      title.focus();
      return;
    }
    const questions = context.quiz.questions;
    const question = questions[context.index]!;
    const answer = context.answers[question.id];
    const ctx: ViewContext = {
      lang,
      t,
      seed: context.seed,
      onAnswer: (a: Answer) => onAnswer(a),
      announce: (message) => (status.textContent = message),
    };
    const title = h(
      'h3',
      { tabindex: -1, class: 'quiz-position' },
      t('quiz.position', { current: context.index + 1, total: questions.length }),
    );
    const readOnly = value !== 'answering';
    fill(
      body,
      title,
      h('p', { class: 'review-from' }, run.label(question.id)),
      questionFieldset(question, answer, ctx, readOnly),
    );
    if (readOnly)
      body.append(
        feedbackBlock(question, answer, questionOutcome(context.quiz, question.id, context.answers, {}, lang), ctx),
      );
    const actions = h('div', { class: 'actions' });
    if (context.index > 0) actions.append(button(t('quiz.previous'), () => actor.send({ type: 'question.previous' })));
    if (context.index < questions.length - 1)
      actions.append(button(t('quiz.next'), () => actor.send({ type: 'question.next' }), true));
    if (value === 'answering') actions.append(button(t('quiz.submit'), submit, context.index === questions.length - 1));
    else actions.append(button(t('quiz.backToResult'), () => actor.send({ type: 'quiz.results' })));
    body.append(actions);
    title.focus();
  };

  const submit = () => {
    const { context } = actor.getSnapshot();
    const missing = context.quiz.questions
      .map((q, i) => (isAnswered(q, context.answers[q.id], lang) ? undefined : i + 1))
      .filter((n) => n !== undefined);
    if (missing.length > 0) status.textContent = t('quiz.unanswered', { list: missing.join(', ') });
    else actor.send({ type: 'quiz.submit' });
  };

  const onAnswer = (answer: Answer) => {
    actor.send({ type: 'answer.set', answer });
    if (answer.type !== 'order') return;
    redrawKeepingMoveFocus(body, () => draw(actor.getSnapshot(), true));
  };

  actor.subscribe((snapshot) => draw(snapshot));
  actor.send({ type: 'quiz.start' });
}
