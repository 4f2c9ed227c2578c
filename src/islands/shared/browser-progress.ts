import { durableCopy, holdsMore, withoutFinishedQuizzes } from '../../lib/progress/durable-copy';
import { mergeProgress } from '../../lib/progress/progress-merge';
import { createProgressStore, salvage, STORAGE_KEY, type ProgressStore } from '../../lib/progress/progress-store';

let opened: ProgressStore | undefined;
const listeners: Array<() => void> = [];
const redrawAll = () => listeners.forEach((redraw) => redraw());

/**
 * The learner's record in this browser: one store per page, shared by its islands, so what the first island's
 * read learns (a damaged part copied aside, a newer version) every island knows, and one `storage` event from
 * another tab is one re-read. That re-read writes back anything of this tab's the other tab wrote over without
 * reading it; then each island's `onOtherTab` redraws. Every write is also kept in IndexedDB (durable-copy.ts),
 * and what that copy holds that localStorage lost (a browser killed before it wrote to disk) is merged back here.
 */
export function openProgressStore(onOtherTab?: () => void): ProgressStore {
  if (onOtherTab) listeners.push(onOtherTab);
  if (opened) return opened;
  const durable = durableCopy(window.indexedDB);
  const store = createProgressStore(() => window.localStorage, undefined, durable.save);
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    store.refresh();
    redrawAll();
  });
  void durable.load().then((text) => {
    const copy = text === undefined ? undefined : salvage(text).record;
    if (!copy || !holdsMore(store.read(), copy)) return;
    if (store.update((r) => withoutFinishedQuizzes(mergeProgress(r, copy)))) redrawAll();
  });
  return (opened = store);
}
