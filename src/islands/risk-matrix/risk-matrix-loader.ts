/**
 * The only script a page with a risk matrix runs at load. It fetches the exercise's own code (risk-matrix-island.ts,
 * with XState and the record's store) only when the exercise comes near the screen, is focused or pressed, or is
 * the page's target: the module's text comes first on a slow link. A plain dynamic import, a chunk the service
 * worker precaches with every built script, so the exercise still opens offline.
 */
const NEAR = '0px 0px 50% 0px'; // half a screen below the fold: the code is usually there before the exercise is

for (const host of document.querySelectorAll<HTMLElement>('risk-matrix-island')) {
  const section = host.closest('section') ?? host;
  const note = host.querySelector<HTMLElement>('.exercise-noscript');
  // JavaScript runs, so "needs JavaScript" is not true here; it comes back if the code cannot be fetched.
  if (note) note.hidden = true;

  let observer: IntersectionObserver | undefined;
  const events = ['focusin', 'pointerdown'] as const;
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    observer?.disconnect();
    for (const type of events) section.removeEventListener(type, load);
    window.removeEventListener('hashchange', onHash);
    import('./risk-matrix-island').catch(() => {
      // Offline before this chunk was ever cached: the task stays readable; try again on the next approach.
      loading = false;
      if (note) note.hidden = false;
      watch();
    });
  };
  const onHash = () => {
    if (section.matches(':target') || section.querySelector(':target')) load();
  };
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
