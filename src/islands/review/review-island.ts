import type { Lang } from '../../i18n/languages';
import type { Progress } from '../../lib/progress/progress-schema';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { MODULES_PER_SESSION, QUESTIONS_PER_MODULE } from '../../lib/review/review-pick';
import { isReviewDue, reviewSchedule } from '../../lib/review/review-schedule';
import { buildSession, dueModules, recordReviews, type ReviewQuestions } from '../../lib/review/review-session';
import { openProgressStore } from '../shared/browser-progress';
import { formatMoment } from '../shared/dates';
import { fill, h } from '../shared/dom';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { announceProgressChanged } from '../shared/progress-events';
import { makeTranslator, type Translator } from '../shared/strings';
import type { ReviewableModule, ReviewPayload, ReviewStringKey } from './payload';
import type { ResultLine } from './review-run';

/**
 * <review-island>: the spaced review on My learning. Lists the passed modules due for review (and when each was
 * passed) and when the others come back; "Start the review" fetches every module's questions
 * (review-questions.json, precached for offline) and the quiz machine's code, runs one mixed test, and records one
 * review attempt per module asked through the progress store.
 */
class ReviewIsland extends HTMLElement {
  private t!: Translator<ReviewStringKey>;
  private language: Lang = 'vi';
  private modules: ReviewableModule[] = [];
  private questionsUrl = '';
  private store!: ProgressStore;
  private bank: ReviewQuestions | undefined;
  private notices = h('div');
  private body = h('div');
  private status = h('p', { role: 'status', 'aria-live': 'polite', class: 'review-status' });
  /** While a review runs, another tab's write must not redraw the lists over it. */
  private running = false;

  connectedCallback() {
    const payload = readPayload<ReviewPayload>(this, '[data-review-payload]', ['modules', 'questions', 'strings']);
    this.modules = payload.modules;
    this.questionsUrl = payload.questions;
    this.t = makeTranslator(payload.strings);
    this.language = islandLang(this);
    this.store = openProgressStore(() => {
      if (!this.running) this.draw();
    });
    this.append(this.notices, this.body, this.status);
    this.draw();
    this.querySelector('[data-review-fallback]')?.remove(); // only now that the island is running
  }

  private date = (iso: string) => formatMoment(this.language, iso);
  private name = (m: ReviewableModule) => `${m.number} ${m.title}`;

  private showNotices() {
    this.notices.replaceChildren(
      ...this.store.notices().map((n) => h('p', { class: 'notice', role: 'note' }, this.t(`progress.notice.${n}`))),
    );
  }

  private draw() {
    this.showNotices();
    const record = this.store.read();
    const now = new Date();
    const due = new Set(dueModules(record, this.keys(), now));
    const scheduled = this.modules.flatMap((m) => {
      const schedule = reviewSchedule(record.modules[m.key]);
      return schedule.kind === 'scheduled' ? [{ module: m, schedule }] : [];
    });
    this.body.replaceChildren();
    if (scheduled.length === 0) {
      this.body.append(h('p', {}, this.t('review.nothingYet')));
      return;
    }
    const dueNow = scheduled.filter((s) => due.has(s.module.key));
    const upcoming = scheduled
      .filter((s) => !due.has(s.module.key))
      .sort((a, b) => Date.parse(a.schedule.dueAt) - Date.parse(b.schedule.dueAt));
    const item = (m: ReviewableModule, details: string) =>
      h('li', {}, h('a', { href: m.url }, this.name(m)), ` — ${details}`);
    fill(
      this.body,
      h('h3', { tabindex: -1, 'data-review-top': '' }, this.t('review.dueHeading')),
      dueNow.length === 0
        ? h('p', {}, this.t('review.noneDue'))
        : h(
            'ul',
            { class: 'review-due' },
            ...dueNow.map(({ module, schedule }) =>
              item(
                module,
                [
                  this.t('review.passedOn', { date: this.date(schedule.passedAt) }),
                  schedule.failed && this.t('review.lastFailed'),
                ]
                  .filter(Boolean)
                  .join(', '),
              ),
            ),
          ),
      dueNow.length > 0 && this.startBlock(record, [...due]),
      upcoming.length > 0 && h('h3', {}, this.t('review.upcomingHeading')),
      upcoming.length > 0 &&
        h(
          'ul',
          { class: 'review-upcoming' },
          ...upcoming.map(({ module, schedule }) =>
            item(module, this.t('review.nextOn', { date: this.date(schedule.dueAt) })),
          ),
        ),
    );
  }

  private keys = () => this.modules.map((m) => m.key);

  private startBlock(record: Progress, due: string[]): HTMLElement {
    const asked = Math.min(due.length, MODULES_PER_SESSION);
    const button = h('button', { type: 'button', class: 'button button-primary' }, this.t('review.start'));
    button.addEventListener('click', () => void this.start(button));
    return h(
      'div',
      { class: 'review-start' },
      h('p', { class: 'hint' }, this.t('review.size', { count: this.sizeOf(record, due.slice(0, asked)) })),
      due.length > asked ? h('p', { class: 'hint' }, this.t('review.later')) : false,
      button,
    );
  }

  /** The count said before the questions are fetched: as many per module as pickQuestions takes (every quiz has 3+). */
  private sizeOf(_record: Progress, due: string[]) {
    return due.length * QUESTIONS_PER_MODULE;
  }

  private async start(button: HTMLButtonElement) {
    button.disabled = true;
    this.status.textContent = this.t('review.loading');
    let run: typeof import('./review-run');
    try {
      [this.bank, run] = await Promise.all([this.bank ?? this.fetchBank(), import('./review-run')]);
    } catch {
      // Offline before the site was ever kept, or a failed request: nothing was stored, the button stays.
      this.status.textContent = this.t('review.loadFailed');
      button.disabled = false;
      return;
    }
    this.status.textContent = '';
    const bank = this.bank;
    const session = buildSession(this.store.read(), dueModules(this.store.read(), this.keys(), new Date()), bank);
    if (session.quiz.questions.length === 0) return this.draw();
    this.running = true;
    run.runReview(this.body, {
      session,
      lang: this.language,
      t: this.t,
      label: (sessionId) => {
        const module = this.modules.find((m) => m.key === session.origin[sessionId]?.module);
        return module ? this.t('review.from', { number: module.number, title: module.title }) : '';
      },
      finish: (answers) => {
        const results = run.reviewAttempts(session, bank, answers, this.language, new Date(), () =>
          crypto.randomUUID(),
        );
        this.store.update((r) => recordReviews(r, results));
        announceProgressChanged();
        this.showNotices(); // a full storage says so here, and the review is kept for this visit
        const record = this.store.read();
        return results.map(({ module, attempt }): ResultLine => {
          const info = this.modules.find((m) => m.key === module)!;
          const schedule = reviewSchedule(record.modules[module]);
          const next = schedule.kind === 'scheduled' && !isReviewDue(schedule, new Date()) ? schedule.dueAt : undefined;
          return {
            text: this.t('review.moduleResult', { ...info, correct: attempt.correct, total: attempt.total }),
            passed: attempt.passed,
            verdict: attempt.passed
              ? this.t('review.modulePassed', { date: next ? this.date(next) : '' })
              : this.t('review.moduleFailed'),
          };
        });
      },
      close: () => {
        this.running = false;
        this.draw();
        this.querySelector<HTMLElement>('[data-review-top]')?.focus();
      },
    });
  }

  private async fetchBank(): Promise<ReviewQuestions> {
    const response = await fetch(this.questionsUrl);
    if (!response.ok) throw new Error(`review-island: ${this.questionsUrl} answered ${response.status}`);
    const bank = (await response.json()) as ReviewQuestions;
    if (typeof bank?.modules !== 'object' || bank.modules === null) throw new Error('review-island: no modules');
    return bank;
  }
}

defineIsland('review-island', ReviewIsland);
