import {
  PLACEMENT_AREAS,
  PLACEMENT_WORK,
  type PlacementArea,
  type PlacementWork,
} from '../../lib/progress/progress-schema';
import type { SelfRating } from '../../lib/placement/area-level';
import { h } from '../shared/dom';
import type { Translator } from '../shared/strings';
import type { PlacementStringKey } from './payload';

export interface RatingChoice {
  ratings: Record<PlacementArea, SelfRating>;
  work: PlacementWork;
}

/**
 * Step 1: a rating per area and the kind of work, as plain radio groups (arrow keys move within a group, Tab
 * between groups). Submitting with a group left empty says which and focuses it; a complete choice goes to
 * `onDone`. `previous` fills in what the learner chose last time, for a retake.
 */
export function ratingForm(
  t: Translator<PlacementStringKey>,
  /** What was chosen last time (a kept placement's ratings are plain numbers). */
  previous: { ratings?: Record<PlacementArea, number>; work?: PlacementWork } | undefined,
  onDone: (choice: RatingChoice) => void,
): HTMLElement {
  const status = h('p', { class: 'placement-missing', role: 'alert', hidden: true });
  const group = (
    name: string,
    legend: string,
    hint: string | undefined,
    options: Array<[string, string]>,
    chosen?: string,
  ) =>
    h(
      'fieldset',
      { class: 'placement-group', 'data-group': name },
      h('legend', {}, legend),
      hint ? h('p', { class: 'hint', id: `${name}-hint` }, hint) : false,
      h(
        'div',
        { class: 'placement-options' },
        ...options.map(([value, label]) =>
          h(
            'div',
            { class: 'placement-option' },
            h('input', { type: 'radio', name, id: `${name}-${value}`, value, checked: chosen === value }),
            h('label', { for: `${name}-${value}` }, label),
          ),
        ),
      ),
    );
  const ratings = PLACEMENT_AREAS.map((area) =>
    group(
      `rate-${area}`,
      t(`placement.area.${area}`),
      t(`placement.areaHint.${area}`),
      ([1, 2, 3] as const).map((n) => [String(n), t(`placement.rating.${n}`)]),
      previous?.ratings ? String(previous.ratings[area]) : undefined,
    ),
  );
  const work = group(
    'work',
    t('placement.work.legend'),
    undefined,
    PLACEMENT_WORK.map((w) => [w, t(`placement.work.${w}`)]),
    previous?.work,
  );
  const form = h(
    'form',
    { class: 'placement-form', novalidate: true },
    h('h2', { tabindex: -1 }, t('placement.step.rate')),
    h('p', {}, t('placement.rate.intro')),
    ...ratings,
    work,
    status,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button button-primary' }, t('placement.begin')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    const missing = [...ratings, work].filter((g) => !value(g.dataset.group!));
    if (missing.length > 0) {
      status.textContent = t('placement.missing', {
        list: missing.map((g) => g.querySelector('legend')!.textContent).join(', '),
      });
      status.hidden = false;
      missing[0]!.querySelector('input')!.focus();
      return;
    }
    onDone({
      ratings: Object.fromEntries(PLACEMENT_AREAS.map((a) => [a, Number(value(`rate-${a}`)) as SelfRating])) as Record<
        PlacementArea,
        SelfRating
      >,
      work: value('work') as PlacementWork,
    });
  });
  return form;
}
