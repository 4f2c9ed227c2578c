import type { Question } from '../../schemas/quiz';
import { locales, type Lang } from '../../i18n/languages';
import type { QuestionOutcome } from '../../lib/quiz/question-outcome';
import { isCorrect, parseTypedNumber, shuffled, type Answer } from '../../lib/quiz/quiz-scoring';
import { unitSlip } from '../../lib/quiz/unit-slip';
import { fill, h } from '../shared/dom';
import type { Translator } from '../shared/strings';
import type { QuizStringKey } from './payload';

/**
 * Draws one question: as inputs while answering, or read-only with the learner's answer, the right answer and
 * the explanations once checked or under review. Sends answers back through `onAnswer`; knows nothing of state.
 */
export interface ViewContext {
  lang: Lang;
  t: Translator<QuizStringKey>;
  seed: number;
  onAnswer: (answer: Answer) => void;
  /** Called after an order question moved an item, with what to announce. */
  announce: (message: string) => void;
}

const seedFor = (seed: number, id: string) =>
  [...id].reduce((acc, c) => Math.imul(acc ^ c.charCodeAt(0), 16777619) >>> 0, seed >>> 0);

/** Options in this attempt's shuffled order (the same after a reload, different after a retry). */
export function optionOrder<T extends { id: string }>(question: Question, items: readonly T[], seed: number): T[] {
  const order = shuffled(items, seedFor(seed, question.id));
  // An order question must not start already solved.
  if (question.type === 'order' && order.every((item, i) => item.id === items[i]!.id) && order.length > 1)
    order.push(order.shift()!);
  return order;
}

export function questionFieldset(
  question: Question,
  answer: Answer | undefined,
  ctx: ViewContext,
  readOnly: boolean,
): HTMLElement {
  const name = `q-${question.id}`;
  const legend = h('legend', {}, question.prompt);
  const fieldset = h('fieldset', { class: 'quiz-question', disabled: readOnly }, legend);

  if (question.type === 'single' || question.type === 'multiple' || question.type === 'true-false') {
    const options =
      question.type === 'true-false'
        ? [
            { id: 'true', text: ctx.t('quiz.true') },
            { id: 'false', text: ctx.t('quiz.false') },
          ]
        : optionOrder(question, question.options, ctx.seed);
    if (question.type === 'multiple') fieldset.append(h('p', { class: 'hint' }, ctx.t('quiz.selectAll')));
    const chosen = (id: string) =>
      answer?.type === 'single'
        ? answer.choice === id
        : answer?.type === 'multiple'
          ? answer.choices.includes(id)
          : answer?.type === 'true-false'
            ? String(answer.value) === id
            : false;
    const list = h('div', { class: 'quiz-options' });
    for (const option of options) {
      const id = `${name}-${option.id}`;
      const input = h('input', {
        type: question.type === 'multiple' ? 'checkbox' : 'radio',
        name,
        id,
        value: option.id,
        checked: chosen(option.id),
      });
      input.addEventListener('change', () => {
        if (question.type === 'single') ctx.onAnswer({ type: 'single', choice: option.id });
        else if (question.type === 'true-false') ctx.onAnswer({ type: 'true-false', value: option.id === 'true' });
        else {
          const choices = [...list.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
          ctx.onAnswer({ type: 'multiple', choices });
        }
      });
      list.append(h('div', { class: 'quiz-option' }, input, h('label', { for: id }, option.text)));
    }
    fieldset.append(list);
  } else if (question.type === 'numeric') {
    const id = `${name}-value`;
    const hintId = `${id}-hint`;
    const input = h('input', {
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      id,
      'aria-describedby': hintId,
      value: answer?.type === 'numeric' ? answer.text : '',
    });
    input.dataset.number = '';
    const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
    input.addEventListener('input', () => {
      ctx.onAnswer({ type: 'numeric', text: input.value });
      if (!error.hidden) flagNotANumber(fieldset, ctx); // clear the message as soon as it is a number
    });
    input.addEventListener('change', () => flagNotANumber(fieldset, ctx));
    fieldset.append(
      h('label', { for: id }, ctx.t('quiz.numberLabel')),
      h('p', { class: 'hint', id: hintId }, ctx.t('quiz.numberHint')),
      h('div', { class: 'quiz-number' }, input, question.unit ? h('span', {}, question.unit) : false),
      error,
    );
    if (!readOnly && input.value.trim() !== '') flagNotANumber(fieldset, ctx);
  } else {
    const ids =
      answer?.type === 'order' ? answer.ids : optionOrder(question, question.items, ctx.seed).map((i) => i.id);
    const text = (id: string) => question.items.find((i) => i.id === id)?.text ?? id;
    fieldset.append(h('p', { class: 'hint' }, ctx.t('quiz.orderHint')));
    const list = h('ol', { class: 'quiz-order' });
    ids.forEach((id, index) => {
      const move = (delta: number) => {
        const next = [...ids];
        [next[index], next[index + delta]] = [next[index + delta]!, next[index]!];
        ctx.onAnswer({ type: 'order', ids: next });
        ctx.announce(ctx.t('quiz.moved', { item: text(id), position: index + delta + 1 }));
      };
      const up = h(
        'button',
        {
          type: 'button',
          'aria-label': ctx.t('quiz.moveUpItem', { item: text(id) }),
          disabled: index === 0,
          'data-move': `${id}:up`,
        },
        ctx.t('quiz.moveUp'),
      );
      const down = h(
        'button',
        {
          type: 'button',
          'aria-label': ctx.t('quiz.moveDownItem', { item: text(id) }),
          disabled: index === ids.length - 1,
          'data-move': `${id}:down`,
        },
        ctx.t('quiz.moveDown'),
      );
      up.addEventListener('click', () => move(-1));
      down.addEventListener('click', () => move(1));
      list.append(h('li', {}, h('span', {}, text(id)), h('span', { class: 'quiz-order-buttons' }, up, down)));
    });
    fieldset.append(list);
    // The starting arrangement is an answer too, so "check" works without moving anything.
    if (answer?.type !== 'order' && !readOnly) queueMicrotask(() => ctx.onAnswer({ type: 'order', ids }));
  }
  return fieldset;
}

/** What the learner gave and what was right, side by side, with a mark a glance can read (✓ right, ✗ not). */
const mark = (right: boolean) =>
  h('span', { class: `quiz-mark ${right ? 'is-right' : 'is-wrong'}`, 'aria-hidden': 'true' }, right ? '✓' : '✗');

const VERDICTS = {
  right: 'quiz.correct',
  'right-later': 'quiz.rightLater',
  wrong: 'quiz.incorrect',
} as const satisfies Record<QuestionOutcome, QuizStringKey>;

/**
 * After checking or in review: the verdict by the quiz's scoring rule (right, right only on a retry and so not
 * counted, or not right), each option the learner chose or should have chosen with ✓ or ✗ and its explanation in
 * plain weight, and for a number given in another unit, a hint to check the unit.
 */
export function feedbackBlock(
  question: Question,
  answer: Answer | undefined,
  outcome: QuestionOutcome,
  ctx: ViewContext,
): HTMLElement {
  const block = h(
    'div',
    { class: `quiz-feedback is-${outcome}`, tabindex: -1 },
    h('p', { class: 'quiz-verdict' }, ctx.t(VERDICTS[outcome])),
  );
  if (question.type === 'single' || question.type === 'multiple') {
    const chosen = new Set(
      answer?.type === 'single' ? [answer.choice] : answer?.type === 'multiple' ? answer.choices : [],
    );
    const shown = optionOrder(question, question.options, ctx.seed).filter((o) => o.correct || chosen.has(o.id));
    const list = h('ul', { class: 'quiz-explanations' });
    for (const option of shown) {
      const tag = chosen.has(option.id)
        ? option.correct
          ? 'quiz.option.chosenRight'
          : 'quiz.option.chosenWrong'
        : question.type === 'multiple'
          ? 'quiz.option.missed'
          : 'quiz.correctAnswer';
      list.append(
        h(
          'li',
          { class: option.correct ? 'is-correct' : 'is-incorrect' },
          mark(option.correct === chosen.has(option.id)),
          h(
            'div',
            {},
            h('p', { class: 'quiz-option-text' }, option.text),
            h('p', { class: 'quiz-tag' }, ctx.t(tag)),
            h('p', {}, option.explanation),
          ),
        ),
      );
    }
    block.append(list);
    return block;
  }
  const format = (n: number) => new Intl.NumberFormat(locales[ctx.lang], { maximumFractionDigits: 6 }).format(n);
  const correctText =
    question.type === 'true-false'
      ? ctx.t(question.answer ? 'quiz.true' : 'quiz.false')
      : question.type === 'numeric'
        ? `${format(question.answer)}${question.unit ? ` ${question.unit}` : ''}`
        : question.items.map((i) => i.text).join(' → ');
  const yours =
    answer?.type === 'true-false'
      ? ctx.t(answer.value ? 'quiz.true' : 'quiz.false')
      : answer?.type === 'numeric'
        ? `${answer.text}${question.type === 'numeric' && question.unit ? ` ${question.unit}` : ''}`
        : answer?.type === 'order' && question.type === 'order'
          ? answer.ids.map((id) => question.items.find((i) => i.id === id)?.text ?? id).join(' → ')
          : ctx.t('quiz.noAnswer');
  const rightNow = isCorrect(question, answer, ctx.lang);
  const typed = answer?.type === 'numeric' ? parseTypedNumber(answer.text, ctx.lang) : undefined;
  const slip = question.type === 'numeric' && typed !== undefined ? unitSlip(question, typed) : undefined;
  fill(
    block,
    h(
      'p',
      { class: 'quiz-given' },
      mark(rightNow),
      h('span', {}, h('span', { class: 'quiz-label' }, `${ctx.t('quiz.yourAnswer')}: `), yours),
    ),
    rightNow
      ? false
      : h(
          'p',
          { class: 'quiz-given' },
          mark(true),
          h('span', {}, h('span', { class: 'quiz-label' }, `${ctx.t('quiz.correctAnswer')}: `), correctText),
        ),
    slip && question.type === 'numeric'
      ? h(
          'p',
          { class: 'quiz-unit-hint' },
          ctx.t('quiz.unitHint', {
            ratio: slip.larger ? format(slip.factor) : `1/${format(slip.factor)}`,
            unit: question.unit ?? '',
          }),
        )
      : false,
    h('p', {}, question.explanation),
  );
  return block;
}

/**
 * Says beside the number field that what was typed is not a number (and clears it once it is), so "abc" or
 * "7,6 ngày" is not taken for "no answer". Returns whether the field holds something that is not a number.
 */
export function flagNotANumber(root: ParentNode, ctx: Pick<ViewContext, 'lang' | 't'>): boolean {
  const input = root.querySelector<HTMLInputElement>('input[data-number]');
  const error = input && root.querySelector<HTMLElement>(`#${CSS.escape(input.id)}-error`);
  if (!input || !error) return false;
  const text = input.value.trim();
  const bad = text !== '' && parseTypedNumber(text, ctx.lang) === undefined;
  error.textContent = bad ? ctx.t('quiz.notNumber', { text }) : '';
  error.hidden = !bad;
  input.setAttribute('aria-invalid', String(bad));
  input.setAttribute('aria-describedby', bad ? `${error.id} ${input.id}-hint` : `${input.id}-hint`);
  return bad;
}

/**
 * Redraws after an order question's item was moved, keeping focus where a keyboard user left it: on the move
 * button pressed (the list is drawn anew, so it is found again by its data-move), or on its partner once the
 * pressed one is disabled at the end of the list.
 */
export function redrawKeepingMoveFocus(root: ParentNode, redraw: () => void): void {
  const pressed = (document.activeElement as HTMLElement | null)?.dataset?.move;
  redraw();
  if (!pressed) return;
  const [id, direction] = pressed.split(':');
  const same = root.querySelector<HTMLButtonElement>(`[data-move="${id}:${direction}"]`);
  const other = root.querySelector<HTMLButtonElement>(`[data-move="${id}:${direction === 'up' ? 'down' : 'up'}"]`);
  (same && !same.disabled ? same : other)?.focus();
}
