import type { Lang } from '../../i18n/languages';
import { activePaths, assignPath, setLearnerName } from '../../lib/course-paths/assigned-paths';
import { lrsAllowed } from '../../lib/course-paths/path-lrs';
import type { PathModule } from '../../lib/course-paths/path-catalog';
import { decodePath, pathId, unknownModules } from '../../lib/course-paths/path-codec';
import { readPathFile } from '../../lib/course-paths/path-file';
import type { SharedPath } from '../../lib/course-paths/path-schema';
import { MAX_LEARNER_NAME } from '../../lib/progress/progress-schema';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { cleanOutsideText } from '../../lib/text/outside-text';
import { openProgressStore } from '../shared/browser-progress';
import { formatDay } from '../shared/dates';
import { h, refill } from '../shared/dom';
import { fieldError, showFieldError } from '../shared/field-error';
import { announceProgressChanged } from '../shared/progress-events';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { makeTranslator, type Translator } from '../shared/strings';
import type { SharedPathPayload } from './payload';

/**
 * <shared-path-island>: opens a trainer's path from the link's fragment (or a path file) and previews it.
 * Nothing is stored until the learner chooses "Add to my learning"; a link that does not decode, or names a
 * module this site lacks, only explains itself. Every text from the link goes in as text, never as markup.
 */
class SharedPathIsland extends HTMLElement {
  private t!: Translator<keyof SharedPathPayload['strings']>;
  private data!: SharedPathPayload;
  private language: Lang = 'vi';
  private store!: ProgressStore;
  private view = h('div');
  private status = h('div', { role: 'status', 'aria-live': 'polite' });

  connectedCallback() {
    this.data = readPayload<SharedPathPayload>(this, '[data-shared-payload]', [
      'modules',
      'myLearning',
      'lrsEndpoints',
      'strings',
    ]);
    this.t = makeTranslator(this.data.strings);
    this.language = islandLang(this);
    this.store = openProgressStore();
    this.append(this.view, this.status, this.fileChooser());
    window.addEventListener('hashchange', () => this.fromLink());
    this.fromLink();
    this.querySelector('[data-shared-fallback]')?.remove(); // only now that the island is running
  }

  private fromLink() {
    this.status.replaceChildren();
    // The link opens in either language: the language switch keeps the path.
    const other = document.querySelector<HTMLAnchorElement>('a.lang-switch');
    if (other) other.hash = location.hash;
    if (location.hash === '' || location.hash === '#') {
      this.view.replaceChildren(h('p', {}, this.t('shared.noLink')));
      return;
    }
    const decoded = decodePath(location.hash);
    if (decoded.ok) this.show(decoded.path);
    else this.fail(this.t(`shared.error.${decoded.reason}`));
  }

  private fileChooser() {
    const input = h('input', { id: 'shared-file', type: 'file', accept: '.json,application/json' });
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      this.status.replaceChildren();
      const result = readPathFile(await file.text());
      if (result.ok) this.show(result.path);
      // A huge file is no path file of ours: one message for both.
      else this.fail(this.t(`shared.error.${result.reason === 'too-long' ? 'not-a-path-file' : result.reason}`));
      input.value = '';
    });
    return h(
      'div',
      { class: 'field shared-file' },
      h('label', { for: 'shared-file' }, this.t('shared.openFile')),
      input,
    );
  }

  private fail(message: string) {
    this.view.replaceChildren(
      h(
        'div',
        { class: 'notice notice-error', role: 'alert' },
        h('p', {}, message),
        h('p', {}, this.t('shared.nothingChanged')),
      ),
    );
  }

  private show(path: SharedPath) {
    const byKey = new Map(this.data.modules.map((m) => [m.key, m]));
    const unknown = unknownModules(path, byKey.keys());
    if (unknown.length > 0) {
      this.fail(this.t('shared.error.unknown', { list: unknown.join(', ') }));
      return;
    }
    if (!lrsAllowed(path, this.data.lrsEndpoints)) {
      this.fail(this.t('lrs.notAllowed', { endpoint: path.lrs!.endpoint }));
      return;
    }
    const modules = path.modules.map((key) => byKey.get(key)!);
    const minutes = modules.reduce((sum, m) => sum + m.minutes, 0);
    const id = pathId(path);
    const add = h('button', { type: 'button', class: 'button' }, this.t('shared.add'));
    // A path whose sending the learner stopped can be added again: that is how sending starts anew.
    const stopped = Boolean(path.lrs && this.store.read().paths[id]?.lrsStoppedAt);
    const already = !stopped && activePaths(this.store.read()).some((p) => p.id === id);
    const sending = path.lrs && !already ? this.lrsSection(path.lrs.endpoint) : undefined;
    add.addEventListener('click', () => {
      const name = sending?.name();
      if (name === null) return;
      this.store.update((record) => {
        const named = name ? setLearnerName(record, name, new Date(), () => crypto.randomUUID()) : record;
        return assignPath(named, path, new Date());
      });
      announceProgressChanged(); // a path that sends: its statements go now
      this.drawAdded(modules[0]!, this.t('shared.added'));
      add.remove();
      sending?.lock();
    });
    refill(
      this.view,
      h('h2', { class: 'shared-title' }, path.title),
      path.note
        ? h(
            'section',
            { class: 'shared-note', 'aria-labelledby': 'shared-note-heading' },
            h('h3', { id: 'shared-note-heading' }, this.t('shared.noteHeading')),
            h('p', { class: 'pre-line' }, path.note),
          )
        : false,
      h(
        'ul',
        { class: 'meta' },
        h('li', {}, this.t('shared.summary', { count: modules.length, minutes })),
        path.due ? h('li', {}, this.t('shared.due', { date: formatDay(this.language, path.due) })) : false,
        path.passMark ? h('li', {}, this.t('shared.passMark', { percent: path.passMark })) : false,
      ),
      h(
        'ol',
        { class: 'shared-modules' },
        ...modules.map((m) =>
          h(
            'li',
            {},
            h('a', { href: m.url }, `${m.number} ${m.title}`),
            ` (${this.t('shared.minutes', { minutes: m.minutes })})`,
          ),
        ),
      ),
      sending?.section ?? false,
      already ? false : h('div', { class: 'actions' }, add),
    );
    if (already) this.drawAdded(modules[0]!, this.t('shared.already'));
  }

  /**
   * What a path that sends to an LRS tells the learner before they add it: where, what, and how to stop; and
   * the learner's name, when the record has none yet, since every statement names its actor. name() is the
   * name to save (undefined when the record has one), or null after showing why it is needed.
   */
  private lrsSection(endpoint: string) {
    const needsName = !this.store.read().learner?.name.trim();
    const input = h('input', {
      id: 'shared-learner-name',
      type: 'text',
      maxlength: MAX_LEARNER_NAME,
      autocomplete: 'name',
    });
    const error = fieldError('shared-learner-name-error', this.t('lrs.errorPrefix'));
    const field = h('div', { class: 'field' }, h('label', { for: input.id }, this.t('lrs.name')), error, input);
    const section = h(
      'section',
      { class: 'notice shared-lrs', 'aria-labelledby': 'shared-lrs-heading' },
      h('h3', { id: 'shared-lrs-heading' }, this.t('lrs.heading')),
      h('p', {}, this.t('lrs.sendsTo', { endpoint })),
      h('h4', {}, this.t('lrs.whatHeading')),
      h(
        'ul',
        {},
        h('li', {}, this.t('lrs.what.who')),
        h('li', {}, this.t('lrs.what.attempts')),
        h('li', {}, this.t('lrs.what.more')),
      ),
      h('p', {}, this.t('lrs.selfReported')),
      h('p', {}, this.t('lrs.stopAnyTime')),
      needsName ? field : false,
    );
    return {
      section,
      name: (): string | undefined | null => {
        if (!needsName) return undefined;
        const name = cleanOutsideText(input.value, 'name');
        showFieldError(field, input, error, name === '' ? this.t('lrs.needName') : '');
        if (name === '') input.focus();
        return name === '' ? null : name;
      },
      lock: () => input.setAttribute('readonly', ''),
    };
  }

  private drawAdded(first: PathModule, message: string) {
    const notices = this.store.notices().map((n) => h('p', { class: 'notice' }, this.t(`progress.notice.${n}`)));
    this.status.replaceChildren(
      h('p', {}, message),
      ...notices,
      h(
        'p',
        { class: 'actions' },
        h('a', { href: this.data.myLearning, class: 'button' }, this.t('shared.goLearning')),
        h('a', { href: first.url }, this.t('shared.start', { number: first.number, title: first.title })),
      ),
    );
  }
}

defineIsland('shared-path-island', SharedPathIsland);
