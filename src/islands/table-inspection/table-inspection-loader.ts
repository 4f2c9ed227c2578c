/**
 * The only script a page with a table inspection runs at load. It fetches the exercise's code (the island, XState and
 * the record's store) only when the exercise comes near the screen, is focused or pressed, or is the page's target:
 * the module's text comes first on a slow link. A plain dynamic import, a chunk the service worker precaches, so it
 * still opens offline. Visits are the quiz loader's to note, not this one's.
 */
const NEAR = '0px 0px 50% 0px'; // half a screen below the fold: the code is usually there before the table is

for (const host of document.querySelectorAll<HTMLElement>('table-inspection-island')) {
  const section = host.closest('section') ?? host;
  const note = section.querySelector<HTMLElement>('.exercise-noscript');
  // JavaScript runs: "needs JavaScript" is not true here, unless the code cannot come (offline, never cached).
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
    import('./table-inspection-island').catch(() => {
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
