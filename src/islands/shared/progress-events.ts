/** Fired on window by an island after it changes the record (a quiz passed, a backup merged), so the page's other islands redraw. */
export const PROGRESS_CHANGED = 'cdl:progress-changed';
export const announceProgressChanged = () => window.dispatchEvent(new Event(PROGRESS_CHANGED));
/** Fired on window by the LRS sender after each try, so My learning redraws what it says was sent. */
export const LRS_SENT = 'cdl:lrs-sent';
