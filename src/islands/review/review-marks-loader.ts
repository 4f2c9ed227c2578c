/**
 * The only script the review marks run at load: with no record in this browser nothing was passed, so nothing is
 * due. (Nothing on a course page writes a record, so there is no later write to wait for.)
 */
for (const host of document.querySelectorAll<HTMLElement>('[data-review-marks]')) {
  let held = true;
  try {
    held = localStorage.getItem(host.dataset.recordKey ?? '') !== null;
  } catch {
    // storage refused: the store says so in its own words
  }
  if (held) void import('./review-marks');
}
