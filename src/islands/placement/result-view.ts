import type { Lang } from '../../i18n/languages';
import { startingModules } from '../../lib/placement/module-order';
import { placementReasons } from '../../lib/placement/placement-result';
import { FOUNDATION_PATH, PATH_FOR_WORK } from '../../lib/placement/recommend-path';
import { PLACEMENT_AREAS, type Placement } from '../../lib/progress/progress-schema';
import { formatMoment } from '../shared/dates';
import { h } from '../shared/dom';
import type { Translator } from '../shared/strings';
import type { ModuleLink, PathOffer, PlacementPayload, PlacementStringKey } from './payload';

/**
 * A placement's result, fresh or kept: the level per area with the answers and rating behind it, why each level
 * and why the path, the link that adds the path (the role path page's own), the modules to start with and those
 * the learner may skim, and "take it again". Everything is worked out again from the kept entry.
 */
export function resultView(
  placement: Placement,
  payload: Pick<PlacementPayload, 'paths'>,
  t: Translator<PlacementStringKey>,
  lang: Lang,
  onRetake: () => void,
): HTMLElement {
  const level = (area: (typeof PLACEMENT_AREAS)[number]) => t(`level.${placement.levels[area]}`);
  const area = (a: (typeof PLACEMENT_AREAS)[number]) => t(`placement.area.${a}`);
  const reasons = placementReasons(placement);
  const path: PathOffer | undefined = payload.paths[placement.recommended];
  const retake = h('button', { type: 'button', class: 'button' }, t('placement.retake'));
  retake.addEventListener('click', onRetake);

  const table = h(
    'table',
    { class: 'placement-levels' },
    h('caption', {}, t('placement.result.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...(['area', 'score', 'level'] as const).map((c) =>
          h('th', { scope: 'col', class: c === 'score' ? 'num' : undefined }, t(`placement.col.${c}`)),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...PLACEMENT_AREAS.map((a) =>
        h(
          'tr',
          {},
          // The rating under the area's name: four columns do not fit a 360 px phone.
          h(
            'th',
            { scope: 'row' },
            area(a),
            h(
              'span',
              { class: 'placement-rating' },
              t('placement.ratingOf', { rating: t(`placement.rating.${placement.ratings[a] as 1 | 2 | 3}`) }),
            ),
          ),
          h('td', { class: 'num' }, `${placement.scores[a].correct}/${placement.scores[a].total}`),
          h('td', { class: `placement-level is-${placement.levels[a]}` }, level(a)),
        ),
      ),
    ),
  );

  const work = placement.work ? t(`placement.work.${placement.work}`) : '';
  const pathReason = reasons.path ? t(`placement.pathReason.${reasons.path}`, { work }) : undefined;
  // "Take the essentials first, then the path for your work": that path is offered too.
  const later =
    placement.work && placement.recommended === FOUNDATION_PATH
      ? payload.paths[PATH_FOR_WORK[placement.work]]
      : undefined;

  return h(
    'section',
    { class: 'placement-result', 'aria-labelledby': 'placement-result-heading' },
    h('h2', { id: 'placement-result-heading', tabindex: -1 }, t('placement.result.heading')),
    h('p', { class: 'meta' }, t('placement.result.takenOn', { date: formatMoment(lang, placement.at) })),
    h(
      'div',
      { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-label': t('placement.result.caption') },
      table,
    ),
    h('h3', {}, t('placement.reasons.heading')),
    h(
      'ul',
      { class: 'placement-reasons' },
      ...reasons.areas.map(({ area: a, reason }) =>
        h(
          'li',
          {},
          t(`placement.reason.${reason}`, {
            area: area(a),
            correct: placement.scores[a].correct,
            total: placement.scores[a].total,
            level: level(a),
            rating: t(`placement.rating.${placement.ratings[a] as 1 | 2 | 3}`),
          }),
        ),
      ),
    ),
    path ? pathSection(path, placement, pathReason, t) : false,
    later && later !== path
      ? h('p', {}, h('a', { href: later.url }, t('placement.seePath', { path: later.title })))
      : false,
    h('div', { class: 'actions' }, retake),
  );
}

function pathSection(
  path: PathOffer,
  placement: Placement,
  reason: string | undefined,
  t: Translator<PlacementStringKey>,
): HTMLElement {
  const byKey = new Map(path.modules.map((m) => [m.key, m]));
  const { start, skip } = startingModules(
    path.modules.map((m) => m.key),
    placement.levels,
  );
  const list = (keys: string[]) =>
    h(
      'ol',
      { class: 'placement-modules' },
      ...keys
        .map((key) => byKey.get(key)!)
        .map((m: ModuleLink) => h('li', {}, h('a', { href: m.url }, `${m.number} ${m.title}`))),
    );
  return h(
    'section',
    { class: 'placement-path', 'aria-labelledby': 'placement-path-heading' },
    h('h3', { id: 'placement-path-heading' }, t('placement.path.heading', { path: path.title })),
    reason ? h('p', {}, reason) : false,
    h(
      'p',
      { class: 'actions' },
      h('a', { class: 'button button-primary', href: path.add, 'data-placement-add': '' }, t('placement.add')),
      h('a', { href: path.url }, t('placement.seePath', { path: path.title })),
    ),
    h('h4', {}, t('placement.start.heading')),
    start.length > 0 ? h('p', {}, t('placement.start.intro')) : h('p', {}, t('placement.allStrong')),
    start.length > 0 ? list(start) : false,
    skip.length > 0 ? h('h4', {}, t('placement.skip.heading')) : false,
    skip.length > 0 ? h('p', {}, t('placement.skip.intro')) : false,
    skip.length > 0 ? list(skip) : false,
  );
}
