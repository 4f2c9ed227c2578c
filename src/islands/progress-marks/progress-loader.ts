import { PROGRESS_CHANGED } from '../shared/progress-events';

/**
 * The only script the progress marks run at load. A browser with no record yet has nothing to mark, and its start
 * buttons already say the right thing, so the marks' code (the record's store) is fetched only when there is a
 * record, a visit to record, or a record just written on this page (a quiz passed): reading pages stay light.
 */
for (const host of document.querySelectorAll<HTMLElement>('progress-island')) {
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    window.removeEventListener(PROGRESS_CHANGED, load);
    void import('./progress-island');
  };
  const hasRecord = () => {
    try {
      return (host.dataset.recordKeys ?? '').split(' ').some((key) => key && localStorage.getItem(key) !== null);
    } catch {
      return true; // storage refused: the store says so in its own words
    }
  };
  if (host.dataset.visit || hasRecord()) load();
  else window.addEventListener(PROGRESS_CHANGED, load);
}
