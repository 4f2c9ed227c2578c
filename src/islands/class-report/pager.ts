import { h } from '../shared/dom';

export interface PagerWords {
  /** The navigation landmark's name, e.g. "Pages of the learner table". */
  nav: string;
  previous: string;
  next: string;
  /** "Learners 51–100 of 5,000", filled from {from}, {to}, {total}. */
  status: (from: string, to: string, total: string) => string;
}

/**
 * Previous / next buttons for a long list shown a page at a time, with where the reader is in words. The page
 * redraws the list and this with it, and a live region made anew is not announced, so the page says the new
 * place in a live region of its own that stays. A button at the end is disabled, and focus moves to the other
 * one, so the keyboard never lands on nothing.
 */
export function pager(options: {
  words: PagerWords;
  page: number;
  size: number;
  total: number;
  format: (n: number) => string;
  onPage: (via: 'previous' | 'next') => void;
}): HTMLElement {
  const { words, page, size, total, format } = options;
  const last = Math.max(0, Math.ceil(total / size) - 1);
  const from = total === 0 ? 0 : page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  const previous = h(
    'button',
    { type: 'button', class: 'button', 'data-pager': 'previous', disabled: page === 0 },
    words.previous,
  );
  const next = h(
    'button',
    { type: 'button', class: 'button', 'data-pager': 'next', disabled: page >= last },
    words.next,
  );
  // The page number is the caller's to move: a second press before the redraw lands still moves on by one.
  previous.addEventListener('click', () => options.onPage('previous'));
  next.addEventListener('click', () => options.onPage('next'));
  return h(
    'nav',
    { class: 'class-pager', 'aria-label': words.nav },
    previous,
    h('p', { class: 'pager-status' }, words.status(format(from), format(to), format(total))),
    next,
  );
}

/** After a page change, focus where the reader was, or on the other button when theirs became disabled. */
export function refocusPager(container: Element, via: 'previous' | 'next'): void {
  const same = container.querySelector<HTMLButtonElement>(`[data-pager="${via}"]`);
  const other = container.querySelector<HTMLButtonElement>(`[data-pager="${via === 'next' ? 'previous' : 'next'}"]`);
  (same && !same.disabled ? same : other)?.focus();
}
