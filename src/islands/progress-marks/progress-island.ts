import { coursePercent, moduleStatus } from '../../lib/progress/learning-summary';
import type { nextStep as NextStep } from '../../lib/progress/next-step';
import { bestPercent, markDone, recordVisit } from '../../lib/quiz/quiz-session';
import { openProgressStore } from '../shared/browser-progress';
import { h } from '../shared/dom';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { PROGRESS_CHANGED } from '../shared/progress-events';
import { makeTranslator } from '../shared/strings';
import type { ProgressMarksPayload } from './payload';

/**
 * <progress-island>: writes each module's status and each course's share done into the marks on the page, and
 * runs the "mark as done" button of modules that have no quiz. A "what to do next" button ([data-progress-next])
 * keeps its "start" text and link until the record says otherwise (nextStep, the rule My learning uses too).
 */
class ProgressIsland extends HTMLElement {
  connectedCallback() {
    const payload = readPayload<ProgressMarksPayload>(this, '[data-progress-payload]', ['strings']);
    const t = makeTranslator(payload.strings);
    let nextStep: typeof NextStep | undefined; // fetched below, on pages that need it
    const lang = islandLang(this);
    const store = openProgressStore(() => draw());
    if (this.dataset.visit) store.update((r) => recordVisit(r, this.dataset.visit!, lang, new Date()));
    const status = h('p', { role: 'status', class: 'progress-status' });
    this.append(status);
    const draw = () => {
      const record = store.read();
      for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-module]')) {
        const key = mark.dataset.progressModule!;
        const status = moduleStatus(record, key);
        const best = bestPercent(record.modules[key]);
        mark.dataset.status = status;
        // Nothing to say before a start (and the dictionary has no "not started" mark): the mark stays hidden.
        mark.hidden = status === 'not-started';
        mark.textContent =
          status === 'not-started'
            ? ''
            : [t(`progress.status.${status}`), best !== undefined ? t('progress.best', { percent: best }) : '']
                .filter(Boolean)
                .join(' · ');
      }
      for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-course]')) {
        const keys = mark.dataset.progressCourse!.split(' ');
        const started = keys.some((key) => moduleStatus(record, key) !== 'not-started');
        const done = keys.filter((key) => moduleStatus(record, key) === 'completed').length;
        mark.textContent = t(mark.dataset.progressLabel === 'path' ? 'progress.path' : 'progress.course', {
          percent: coursePercent(record, keys),
          done,
          total: keys.length,
        });
        mark.hidden = !started;
      }
      const step = payload.next && nextStep ? nextStep(record, payload.next) : undefined;
      for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-progress-next]')) {
        link.dataset.startHref ??= link.getAttribute('href') ?? '';
        link.dataset.startText ??= link.textContent ?? '';
        if (step?.kind === 'continue') {
          link.href = step.module.url;
          link.textContent = t('progress.next', { number: step.module.number, title: step.module.title });
        } else {
          link.href = step?.kind === 'all-done' ? payload.next![0]!.url : link.dataset.startHref;
          link.textContent = step?.kind === 'all-done' ? t('progress.reviewFirst') : link.dataset.startText;
        }
      }
      // Modules without a quiz offer "mark as done" until they are done.
      for (const button of document.querySelectorAll<HTMLButtonElement>('[data-mark-done]')) {
        button.hidden = moduleStatus(record, button.dataset.markDone!) === 'completed';
      }
    };
    document.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-mark-done]');
      if (!button) return;
      store.update((r) => markDone(r, button.dataset.markDone!, new Date()));
      draw();
      status.textContent = t('progress.markedDone');
    });
    window.addEventListener(PROGRESS_CHANGED, draw); // a quiz on this page was just passed
    // Only pages with a "what to do next" button need the rule (and the path code it reads): module pages do not.
    if (payload.next)
      void import('../../lib/progress/next-step').then((m) => {
        nextStep = m.nextStep;
        draw();
      });
    draw();
  }
}

defineIsland('progress-island', ProgressIsland);
