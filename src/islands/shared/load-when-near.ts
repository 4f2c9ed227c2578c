/**
 * What an exercise's page runs for it at load: the exercise's code (its island, XState and the record's store) is
 * fetched only when the exercise comes near the screen, is focused or pressed, or is the page's target, so a
 * learner on a slow link gets the text first. `load` is a plain dynamic import, a chunk the service worker
 * precaches with every built script, so the exercise still works offline; if it cannot come, the "needs
 * JavaScript" note shows again and the next approach tries once more.
 */
const NEAR = '0px 0px 50% 0px'; // half a screen below the fold: the code is usually there before the exercise is

export function loadWhenNear(tag: string, load: () => Promise<unknown>): void {
  for (const host of document.querySelectorAll<HTMLElement>(tag)) {
    const section = host.closest('section') ?? host;
    const note = section.querySelector<HTMLElement>('.exercise-noscript');
    // JavaScript runs, so "needs JavaScript" is not true here, unless the code cannot come (offline, never cached).
    if (note) note.hidden = true;

    let observer: IntersectionObserver | undefined;
    const events = ['focusin', 'pointerdown'] as const;
    let loading = false;
    const start = () => {
      if (loading) return;
      loading = true;
      observer?.disconnect();
      for (const type of events) section.removeEventListener(type, start);
      window.removeEventListener('hashchange', onHash);
      load().catch(() => {
        loading = false;
        if (note) note.hidden = false;
        watch();
      });
    };
    const onHash = () => {
      if (section.matches(':target') || section.querySelector(':target')) start();
    };
    const watch = () => {
      for (const type of events) section.addEventListener(type, start);
      window.addEventListener('hashchange', onHash);
      observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
        rootMargin: NEAR,
      });
      observer.observe(section);
      onHash();
    };
    watch();
  }
}
