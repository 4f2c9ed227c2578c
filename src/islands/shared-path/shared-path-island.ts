import type { Lang } from '../../i18n/languages';
import { activePaths, assignPath } from '../../lib/course-paths/assigned-paths';
import type { PathModule } from '../../lib/course-paths/path-catalog';
import { decodePath, pathId, unknownModules } from '../../lib/course-paths/path-codec';
import { readPathFile } from '../../lib/course-paths/path-file';
import type { SharedPath } from '../../lib/course-paths/path-schema';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { openProgressStore } from '../shared/browser-progress';
import { formatDay } from '../shared/dates';
import { h, refill } from '../shared/dom';
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
    this.data = readPayload<SharedPathPayload>(this, '[data-shared-payload]', ['modules', 'myLearning', 'strings']);
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
    const modules = path.modules.map((key) => byKey.get(key)!);
    const minutes = modules.reduce((sum, m) => sum + m.minutes, 0);
    const id = pathId(path);
    const add = h('button', { type: 'button', class: 'button' }, this.t('shared.add'));
    add.addEventListener('click', () => {
      this.store.update((record) => assignPath(record, path, new Date()));
      this.drawAdded(modules[0]!, this.t('shared.added'));
      add.remove();
    });
    const already = activePaths(this.store.read()).some((p) => p.id === id);
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
      already ? false : h('div', { class: 'actions' }, add),
    );
    if (already) this.drawAdded(modules[0]!, this.t('shared.already'));
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
