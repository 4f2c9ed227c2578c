import { PROGRESS_CHANGED } from '../shared/progress-events';

/**
 * The only script the sender runs at load: its code comes only when the record names an LRS (a path added from
 * a link that sends), now, after a write on this page (a path just added), or after another tab's.
 */
const host = document.querySelector<HTMLElement>('[data-lrs-sender]');
if (host) {
  const key = host.dataset.recordKey ?? '';
  let loading = false;
  const check = () => {
    if (loading) return;
    let sends = false;
    try {
      sends = localStorage.getItem(key)?.includes('"lrs":') ?? false;
    } catch {
      // storage refused: nothing to send from
    }
    if (!sends) return;
    loading = true;
    void import('./lrs-sender').then(({ startSending }) => startSending(host));
  };
  window.addEventListener(PROGRESS_CHANGED, check);
  window.addEventListener('storage', (event) => {
    if (event.key === key) check();
  });
  check();
}
