/** Fired on window by an island of "My learning" after it changes the record, so the page's other islands redraw. */
export const PROGRESS_CHANGED = 'cdl:progress-changed';
export const announceProgressChanged = () => window.dispatchEvent(new Event(PROGRESS_CHANGED));
