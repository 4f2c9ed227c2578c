import type { CritiqueResult } from '../../lib/exercise/chart-critique/chart-critique-scoring';
import { judgedRight } from '../../lib/exercise/chart-critique/chart-critique-scoring';
import { h } from '../shared/dom';
import type { Translator } from '../shared/strings';
import type { ChartCritiqueStringKey } from './payload';

/** An option as the island shows it: the key's id and verdict, with the texts read from the page. */
export interface ShownOption {
  id: string;
  misleads: boolean;
  label: string;
  explanation: string;
}

/** The options as checkboxes, one labelled row each; the whole row is the target, so a thumb cannot miss it. */
export function optionsFieldset(
  exerciseId: string,
  question: string,
  options: readonly ShownOption[],
  picked: readonly string[],
  onToggle: (id: string) => void,
): HTMLFieldSetElement {
  const fieldset = h('fieldset', { class: 'critique-options' }, h('legend', {}, question));
  for (const option of options) {
    const id = `critique-${exerciseId}-${option.id}`;
    const box = h('input', { type: 'checkbox', id, value: option.id, checked: picked.includes(option.id) });
    box.addEventListener('change', () => onToggle(option.id));
    fieldset.append(h('div', { class: 'critique-option' }, box, h('label', { for: id }, option.label)));
  }
  return fieldset;
}

/**
 * What checking shows for each option, in the order shown: what the learner did with it, whether it misleads in
 * this chart, and why. The ✓ and ✗ are decoration: the sentence beside them says the same in words.
 */
export function feedbackList(
  options: readonly ShownOption[],
  result: CritiqueResult,
  t: Translator<ChartCritiqueStringKey>,
): HTMLUListElement {
  const list = h('ul', { class: 'critique-feedback' });
  for (const { id, judgement } of result.judgements) {
    const option = options.find((o) => o.id === id);
    if (!option) continue;
    const right = judgedRight(judgement);
    list.append(
      h(
        'li',
        { class: right ? 'is-right' : 'is-wrong', 'data-judgement': judgement, 'data-option': id },
        h(
          'span',
          { class: right ? 'critique-mark' : 'critique-mark is-wrong', 'aria-hidden': 'true' },
          right ? '✓' : '✗',
        ),
        h(
          'div',
          {},
          h('p', {}, h('strong', {}, option.label)),
          h('p', { class: 'critique-verdict' }, t(`exercise.chart-critique.${judgement}`)),
          h('p', {}, option.explanation),
        ),
      ),
    );
  }
  return list;
}
