import { coursePercent, moduleStatus } from '../lib/learning-summary';
import { createProgressStore, STORAGE_KEY } from '../lib/progress-store';
import { bestPercent } from '../lib/quiz-session';
import { makeTranslator, readPayload } from './strings';

/** <progress-island>: writes each module's status and each course's share done into the marks on the page. */
class ProgressIsland extends HTMLElement {
  connectedCallback() {
    const t = makeTranslator(readPayload<{ strings: Record<string, string> }>(this, '[data-progress-payload]').strings);
    const store = createProgressStore(() => window.localStorage);
    const draw = () => {
      const record = store.read();
      for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-module]')) {
        const key = mark.dataset.progressModule!;
        const status = moduleStatus(record, key);
        const best = bestPercent(record.modules[key]);
        mark.textContent = [t(`progress.status.${status}`), best !== undefined ? t('progress.best', { percent: best }) : ''].filter(Boolean).join(' · ');
        mark.dataset.status = status;
        mark.hidden = status === 'not-started';
      }
      for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-course]')) {
        const keys = mark.dataset.progressCourse!.split(' ');
        const started = keys.some((key) => moduleStatus(record, key) !== 'not-started');
        const done = keys.filter((key) => moduleStatus(record, key) === 'completed').length;
        mark.textContent = t('progress.course', { percent: coursePercent(record, keys), done, total: keys.length });
        mark.hidden = !started;
      }
    };
    draw();
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY) return;
      store.refresh();
      draw();
    });
  }
}

if (!customElements.get('progress-island')) customElements.define('progress-island', ProgressIsland);
