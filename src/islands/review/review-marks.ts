import { moduleStatus } from '../../lib/progress/learning-summary';
import { isReviewDue, reviewSchedule } from '../../lib/review/review-schedule';
import { openProgressStore } from '../shared/browser-progress';
import { PROGRESS_CHANGED } from '../shared/progress-events';

/**
 * Shows each [data-review-due] mark of the page whose module is completed and due for review (at once after a
 * failed review; review-schedule.ts), from the record in this browser, and keeps them true when another tab
 * writes. Run by its loader rather than registered as a custom element: it reads no payload and draws nothing of
 * its own, and leaving island-start out keeps the chunks every module page loads as they were.
 */
const store = openProgressStore(() => draw());
function draw() {
  const record = store.read();
  const now = new Date();
  for (const mark of document.querySelectorAll<HTMLElement>('[data-review-due]')) {
    const key = mark.dataset.reviewDue!;
    mark.hidden = moduleStatus(record, key) !== 'completed' || !isReviewDue(reviewSchedule(record.modules[key]), now);
  }
}
window.addEventListener(PROGRESS_CHANGED, draw);
draw();
