import { noteVisit } from '../../lib/progress/visit-notes';

/**
 * The only script a quiz page runs at load. It notes the visit (visit-notes.ts: no record code needed) and fetches
 * the quiz's own code, quiz-island.ts with XState and the record's store, only when the quiz comes near the screen,
 * is focused or pressed, or is the page's target (opened at #quiz-heading): a learner on a slow link gets the text
 * first. A plain dynamic import: Astro's build makes it a chunk of its own, which the service worker precaches
 * with every built script, so the quiz still opens offline; no inline script, no eval.
 */
const NEAR = '0px 0px 50% 0px'; // half a screen below the fold: the code is usually there before the quiz is

for (const host of document.querySelectorAll<HTMLElement>('quiz-island')) {
  noteVisit(() => window.localStorage, host.dataset.visitNotes ?? '', {
    module: host.dataset.module ?? '',
    lang: host.dataset.lang === 'en' ? 'en' : 'vi',
    at: new Date().toISOString(),
  });

  const section = host.closest('section') ?? host;
  const start = host.querySelector<HTMLButtonElement>('[data-quiz-start]');
  const note = host.querySelector<HTMLElement>('.quiz-noscript');
  // JavaScript runs: the "needs JavaScript" note is not true here, and the start button makes the quiz reachable
  // by Tab before its code has come.
  const placeholder = (on: boolean) => {
    if (start) start.hidden = !on;
    if (note) note.hidden = on;
  };
  placeholder(true);

  let observer: IntersectionObserver | undefined;
  const events = ['focusin', 'pointerdown'] as const;
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    observer?.disconnect();
    for (const type of events) section.removeEventListener(type, load);
    window.removeEventListener('hashchange', onHash);
    import('./quiz-island').catch(() => {
      // Offline before this chunk was ever cached: the list stays readable; try again on the next approach.
      loading = false;
      placeholder(false);
      watch();
    });
  };
  // Opened at the quiz (#quiz-heading), or sent there by a link on the page.
  const onHash = () => {
    if (section.matches(':target') || section.querySelector(':target')) load();
  };
  // Pressed before the code came: the island starts the quiz as soon as it runs.
  start?.addEventListener('click', () => host.setAttribute('data-start-asked', ''));
  const watch = () => {
    for (const type of events) section.addEventListener(type, load);
    window.addEventListener('hashchange', onHash);
    observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), {
      rootMargin: NEAR,
    });
    observer.observe(section);
    onHash();
  };
  watch();
}
