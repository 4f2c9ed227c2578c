import { latestPlacement } from '../../lib/placement/latest-placement';
import { openProgressStore } from '../shared/browser-progress';
import { formatMoment } from '../shared/dates';
import { h } from '../shared/dom';
import { defineIsland, islandLang, readPayload, requireElement } from '../shared/island-start';
import { makeTranslator } from '../shared/strings';
import type { PlacementLinePayload } from './line-payload';

/**
 * <placement-line-island> on My learning: one line with the latest placement result and a link back to the check.
 * The link is in the page already (it works without JavaScript); this only says what the last check found.
 */
class PlacementLineIsland extends HTMLElement {
  connectedCallback() {
    const data = readPayload<PlacementLinePayload>(this, '[data-placement-line-payload]', ['paths', 'strings']);
    const t = makeTranslator(data.strings);
    const lang = islandLang(this);
    const link = requireElement<HTMLAnchorElement>(this, 'a');
    const line = h('span');
    link.before(line);
    const draw = () => {
      const latest = latestPlacement(store.read());
      line.textContent = latest
        ? `${t('placement.learning.line', {
            date: formatMoment(lang, latest.at),
            path: data.paths[latest.recommended] ?? latest.recommended,
          })} `
        : '';
      link.textContent = t(latest ? 'placement.learning.see' : 'placement.learning.take');
    };
    const store = openProgressStore(draw);
    draw();
  }
}

defineIsland('placement-line-island', PlacementLineIsland);
