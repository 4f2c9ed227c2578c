import type { Lang } from '../../i18n/languages';
import type { SearchPayload } from '../../lib/search/build-index';
import { loadIndex, MAX_QUERY, search, snippet, suggest, type LoadedIndex } from '../../lib/search/query';
import { cleanOutsideText } from '../../lib/text/outside-text';
import { h } from '../shared/dom';
import { defineIsland, islandLang, readPayload, requireElement } from '../shared/island-start';
import { makeTranslator } from '../shared/strings';
import type { SearchIslandPayload } from './payload';

/**
 * <search-island>: the search page. Runs the query in the URL (?q=…), so a search can be shared and the header's
 * plain GET form lands here; the index is fetched on first use (a query in the URL or focus on the box).
 */
class SearchIsland extends HTMLElement {
  private loading?: Promise<LoadedIndex>;

  connectedCallback() {
    const { index: indexUrl, strings } = readPayload<SearchIslandPayload>(this, '[data-search-payload]', [
      'index',
      'strings',
    ]);
    const t = makeTranslator(strings);
    const lang: Lang = islandLang(this);
    const form = requireElement<HTMLFormElement>(this, 'form');
    const input = requireElement<HTMLInputElement>(form, 'input[name="q"]');
    const status = requireElement(this, '.search-status');
    const suggestion = requireElement(this, '.search-suggestion');
    const list = requireElement<HTMLOListElement>(this, '.search-results');

    const load = () =>
      (this.loading ??= fetch(indexUrl)
        .then((response) => {
          if (!response.ok) throw new Error(String(response.status));
          return response.json() as Promise<SearchPayload>;
        })
        .then(loadIndex)
        .catch((error) => {
          this.loading = undefined; // let a later attempt try again (back online)
          throw error;
        }));

    const run = async (query: string) => {
      list.replaceChildren();
      suggestion.replaceChildren();
      const q = query.trim().slice(0, MAX_QUERY);
      if (!q) {
        status.textContent = '';
        return;
      }
      status.textContent = t('search.loading');
      let index: LoadedIndex;
      try {
        index = await load();
      } catch {
        status.textContent = t('search.error');
        return;
      }
      const results = search(index, q);
      status.textContent = results.length
        ? t('search.count', { count: results.length, query: q })
        : t('search.none', { query: q });
      if (results.length === 0) {
        const better = suggest(index, q);
        if (better) {
          const link = h('a', { href: `?q=${encodeURIComponent(better)}` }, better);
          link.addEventListener('click', (event) => {
            event.preventDefault();
            input.value = better;
            submit(better);
          });
          suggestion.append(h('p', {}, `${t('search.suggest')} `, link));
        }
        return;
      }
      for (const result of results) {
        const passage = h('p', {});
        for (const part of snippet(index.docs[result.ref]!.x, result.matched, lang))
          passage.append(part.hit ? h('mark', {}, part.text) : part.text);
        list.append(
          h(
            'li',
            {},
            h('a', { href: result.url }, result.title),
            h(
              'p',
              { class: 'search-meta' },
              `${t(`search.kind.${result.kind}`)}${result.course ? ` · ${result.course}` : ''}`,
            ),
            passage,
          ),
        );
      }
    };

    const submit = (query: string) => {
      const url = new URL(location.href);
      url.searchParams.set('q', query);
      history.replaceState(null, '', url);
      void run(query);
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit(input.value);
    });
    input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });

    // Arrow keys move between the box and the results; Enter follows a result (it is a link).
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const links = [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
      if (links.length === 0) return;
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
      if (document.activeElement === input && event.key === 'ArrowDown') links[0]!.focus();
      else if (at >= 0 && next < 0) input.focus();
      else if (at >= 0 && next < links.length) links[next]!.focus();
      else return;
      event.preventDefault();
    });

    // A search link is text from outside: "N results for «…»" shows it, so it is cleaned as a path title is.
    const initial = cleanOutsideText(new URLSearchParams(location.search).get('q') ?? '', 'line');
    input.value = initial.slice(0, MAX_QUERY);
    if (initial) void run(initial);
    this.querySelector('[data-search-fallback]')?.remove(); // only now that the island is running
  }
}

defineIsland('search-island', SearchIsland);
