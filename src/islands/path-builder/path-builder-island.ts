import type { Lang } from '../../i18n/languages';
import * as v from 'valibot';
import { decodePath, encodePath } from '../../lib/course-paths/path-codec';
import { basicTokenFrom } from '../../lib/course-paths/path-lrs';
import { pathFile, pathFileName } from '../../lib/course-paths/path-file';
import type { PathModule } from '../../lib/course-paths/path-catalog';
import {
  MAX_LRS_KEY,
  MAX_PATH_NOTE,
  MAX_PATH_TITLE,
  sharedPathSchema,
  type SharedPath,
} from '../../lib/course-paths/path-schema';
import { MAX_PASS_MARK, MIN_PASS_MARK } from '../../lib/quiz/pass-mark';
import { fold } from '../../lib/fold';
import { h } from '../shared/dom';
import { downloadBlob, downloadText } from '../shared/download';
import { qrSvg } from '../shared/qr-svg';
import { qrPng } from './qr-png';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { formatDay } from '../shared/dates';
import { vietnamDate } from '../../lib/course-paths/due-date';
import { makeTranslator, type Translator } from '../shared/strings';
import type { PathBuilderPayload } from './payload';

/** What stops the form from becoming a link, and the field it is about. */
interface Problem {
  field: 'title' | 'due' | 'passMark' | 'modules' | 'lrsKey';
  text: string;
}

/**
 * <path-builder-island>: the trainer's path builder. Every change redraws the chosen list and the share output
 * (link, QR code, file) from one state, so what the trainer sees is always what the link carries. Reordering is
 * by buttons, so it works from the keyboard and with a screen reader, not only by dragging.
 */
class PathBuilderIsland extends HTMLElement {
  private t!: Translator<keyof PathBuilderPayload['strings']>;
  private data!: PathBuilderPayload;
  private language!: Lang;
  private chosen: string[] = [];
  private byKey = new Map<string, PathModule>();
  private status = h('p', { role: 'status', 'aria-live': 'polite', class: 'visually-hidden' });
  private fields = {
    title: h('input', { id: 'path-title', type: 'text', maxlength: MAX_PATH_TITLE, autocomplete: 'off' }),
    note: h('textarea', { id: 'path-note', rows: 3, maxlength: MAX_PATH_NOTE }),
    due: h('input', { id: 'path-due', type: 'date' }),
    passMark: h('input', {
      id: 'path-pass',
      type: 'number',
      min: MIN_PASS_MARK,
      max: MAX_PASS_MARK,
      step: 1,
      inputmode: 'numeric',
      'aria-describedby': 'path-pass-hint',
    }),
    lrsEndpoint: h('select', { id: 'path-lrs', 'aria-describedby': 'path-lrs-hint' }),
    lrsKey: h('input', {
      id: 'path-lrs-key',
      type: 'text',
      maxlength: MAX_LRS_KEY,
      autocomplete: 'off',
      spellcheck: false,
      'aria-describedby': 'path-lrs-key-hint',
    }),
  };
  private chosenList = h('ol', { class: 'builder-chosen' });
  private chosenSummary = h('p', { class: 'hint' });
  private picker = h('ul', { class: 'builder-picker' });
  private pickerCount = h('p', { class: 'hint', 'aria-live': 'polite' });
  private courseFilter = h('select', { id: 'builder-course' });
  private textFilter = h('input', { id: 'builder-filter', type: 'search', autocomplete: 'off' });
  private output = h('div', { class: 'builder-output' });
  /** Each field's own message, shown beside it (under its label); the list by the link repeats them as links. */
  private fieldErrors = {
    title: h('p', { class: 'field-message', id: 'path-title-error', hidden: true }),
    due: h('p', { class: 'field-message', id: 'path-due-error', hidden: true }),
    passMark: h('p', { class: 'field-message', id: 'path-pass-error', hidden: true }),
    modules: h('p', { class: 'field-message', id: 'builder-chosen-error', hidden: true }),
    lrsKey: h('p', { class: 'field-message', id: 'path-lrs-key-error', hidden: true }),
  };
  /** A due date already past is allowed (a path sent late) but said, beside the date. */
  private dueWarning = h('p', { class: 'field-warning', id: 'path-due-warning', hidden: true });
  /**
   * Fields the trainer has changed: a field not yet touched shows no error beside it (an empty title is not a
   * mistake on a page just opened), though the list by the link still says what is missing.
   */
  private touched = new Set<Problem['field']>();

  connectedCallback() {
    this.data = readPayload<PathBuilderPayload>(this, '[data-builder-payload]', [
      'modules',
      'starts',
      'sharedUrl',
      'lrsEndpoints',
      'strings',
    ]);
    this.t = makeTranslator(this.data.strings);
    this.language = islandLang(this);
    this.byKey = new Map(this.data.modules.map((m) => [m.key, m]));
    this.append(
      this.startSection(),
      this.detailsSection(),
      this.chosenSection(),
      this.pickSection(),
      this.shareSection(),
      this.status,
    );
    for (const [name, field] of Object.entries(this.fields))
      field.addEventListener(field instanceof HTMLSelectElement ? 'change' : 'input', () => {
        if (name !== 'note') this.touched.add(name as Problem['field']);
        this.drawOutput();
      });
    this.restore();
    this.drawChosen();
    this.drawPicker();
    this.querySelector('[data-builder-fallback]')?.remove(); // only now that the island is running
  }

  /**
   * The builder's own address carries the path being built (#p=…, as in the share link), so a reload, the back
   * button or a bookmark brings the draft back, and a trainer can reopen a path they shared to edit it.
   */
  private restore() {
    const decoded = decodePath(location.hash);
    if (!decoded.ok) return;
    const { title, note, due, passMark, modules, lrs } = decoded.path;
    if (lrs && this.data.lrsEndpoints.includes(lrs.endpoint)) {
      this.fields.lrsEndpoint.value = lrs.endpoint;
      this.fields.lrsKey.value = lrs.key;
    }
    this.fields.title.value = title;
    this.fields.note.value = note ?? '';
    this.fields.due.value = due ?? '';
    this.fields.passMark.value = passMark === undefined ? '' : String(passMark);
    this.chosen = modules.filter((key) => this.byKey.has(key));
  }

  private label = (field: HTMLElement, text: string) => h('label', { for: field.id }, text);

  private startSection() {
    const select = h(
      'select',
      { id: 'builder-start', 'aria-describedby': 'builder-start-hint' },
      h('option', { value: '' }, this.t('builder.startScratch')),
      ...this.data.starts.map((s) => h('option', { value: s.slug }, s.title)),
    );
    const apply = h('button', { type: 'button', class: 'button' }, this.t('builder.startApply'));
    apply.addEventListener('click', () => {
      const start = this.data.starts.find((s) => s.slug === select.value);
      this.chosen = start ? start.modules.filter((key) => this.byKey.has(key)) : [];
      if (start && this.fields.title.value.trim() === '') this.fields.title.value = start.title;
      this.announce(
        start
          ? this.t('builder.started', { count: this.chosen.length, title: start.title })
          : this.t('builder.cleared'),
      );
      this.drawChosen();
      this.drawPicker();
    });
    return h(
      'section',
      { class: 'builder-step', 'aria-labelledby': 'builder-start-heading' },
      h('h2', { id: 'builder-start-heading' }, this.t('builder.startFrom')),
      h('p', { class: 'hint', id: 'builder-start-hint' }, this.t('builder.startHint')),
      h('div', { class: 'field-row' }, this.label(select, this.t('builder.startLabel')), select, apply),
    );
  }

  private detailsSection() {
    const { title, note, due, passMark } = this.fields;
    return h(
      'section',
      { class: 'builder-step', 'aria-labelledby': 'builder-details-heading' },
      h('h2', { id: 'builder-details-heading' }, this.t('builder.details')),
      h('div', { class: 'field' }, this.label(title, this.t('builder.pathTitle')), this.fieldErrors.title, title),
      h('div', { class: 'field' }, this.label(note, this.t('builder.note')), note),
      h('div', { class: 'field' }, this.label(due, this.t('builder.due')), this.fieldErrors.due, due, this.dueWarning),
      h(
        'div',
        { class: 'field' },
        this.label(passMark, this.t('builder.passMark')),
        h('p', { class: 'hint', id: 'path-pass-hint' }, this.t('builder.passMarkHint')),
        this.fieldErrors.passMark,
        passMark,
      ),
      this.lrsFields(),
    );
  }

  /** Only on a site whose publisher listed record stores (LRS_ENDPOINTS): which one, and its write key. */
  private lrsFields() {
    if (this.data.lrsEndpoints.length === 0) return false;
    const { lrsEndpoint, lrsKey } = this.fields;
    lrsEndpoint.append(
      h('option', { value: '' }, this.t('lrs.builder.none')),
      ...this.data.lrsEndpoints.map((endpoint) => h('option', { value: endpoint }, endpoint)),
    );
    const key = h(
      'div',
      { class: 'field' },
      this.label(lrsKey, this.t('lrs.builder.key')),
      h('p', { class: 'hint', id: 'path-lrs-key-hint' }, this.t('lrs.builder.keyHint')),
      this.fieldErrors.lrsKey,
      lrsKey,
    );
    const showKey = () => (key.hidden = lrsEndpoint.value === '');
    lrsEndpoint.addEventListener('change', showKey);
    queueMicrotask(showKey); // after restore() has chosen a draft's endpoint
    return h(
      'div',
      {},
      h(
        'div',
        { class: 'field' },
        this.label(lrsEndpoint, this.t('lrs.builder.endpoint')),
        h('p', { class: 'hint', id: 'path-lrs-hint' }, this.t('lrs.builder.endpointHint')),
        lrsEndpoint,
      ),
      key,
    );
  }

  private chosenSection() {
    return h(
      'section',
      { class: 'builder-step', 'aria-labelledby': 'builder-chosen-heading' },
      h('h2', { id: 'builder-chosen-heading' }, this.t('builder.chosen')),
      this.fieldErrors.modules,
      this.chosenSummary,
      this.chosenList,
    );
  }

  private pickSection() {
    const courses = [...new Map(this.data.modules.map((m) => [m.course, m.courseTitle])).entries()];
    this.courseFilter.append(
      h('option', { value: '' }, this.t('builder.allCourses')),
      ...courses.map(([slug, title]) => h('option', { value: slug }, title)),
    );
    this.courseFilter.addEventListener('change', () => this.drawPicker());
    this.textFilter.addEventListener('input', () => this.drawPicker());
    return h(
      'section',
      { class: 'builder-step', 'aria-labelledby': 'builder-pick-heading' },
      h('h2', { id: 'builder-pick-heading' }, this.t('builder.pick')),
      h('p', { class: 'hint' }, this.t('builder.pickHint')),
      h(
        'div',
        { class: 'field-row' },
        h('div', { class: 'field' }, this.label(this.courseFilter, this.t('builder.filterCourse')), this.courseFilter),
        h('div', { class: 'field' }, this.label(this.textFilter, this.t('builder.filterText')), this.textFilter),
      ),
      this.pickerCount,
      this.picker,
    );
  }

  private shareSection() {
    return h(
      'section',
      { class: 'builder-step', 'aria-labelledby': 'builder-share-heading' },
      h('h2', { id: 'builder-share-heading' }, this.t('builder.share')),
      this.output,
    );
  }

  private moduleLine = (m: PathModule) =>
    `${m.number} ${m.title} (${this.t('builder.minutes', { minutes: m.minutes })})`;

  private drawChosen() {
    const minutes = this.chosen.reduce((sum, key) => sum + (this.byKey.get(key)?.minutes ?? 0), 0);
    this.chosenSummary.textContent =
      this.chosen.length === 0
        ? this.t('builder.chosenEmpty')
        : this.t('builder.summary', { count: this.chosen.length, minutes });
    this.chosenList.replaceChildren(
      ...this.chosen.map((key, index) => {
        const m = this.byKey.get(key)!;
        const button = (action: 'up' | 'down' | 'remove', text: string, label: string, disabled: boolean) => {
          const b = h(
            'button',
            { type: 'button', class: 'small-button', 'aria-label': label, 'data-action': action, disabled },
            text,
          );
          b.addEventListener('click', () => this.change(index, action));
          return b;
        };
        return h(
          'li',
          { 'data-key': key },
          h('span', { class: 'builder-name' }, this.moduleLine(m)),
          h(
            'span',
            { class: 'builder-buttons' },
            button('up', this.t('builder.moveUp'), this.t('builder.moveUpLabel', { title: m.title }), index === 0),
            button(
              'down',
              this.t('builder.moveDown'),
              this.t('builder.moveDownLabel', { title: m.title }),
              index === this.chosen.length - 1,
            ),
            button('remove', this.t('builder.remove'), this.t('builder.removeLabel', { title: m.title }), false),
          ),
        );
      }),
    );
    this.drawOutput();
  }

  /** Moves or removes one chosen module, then puts focus where a keyboard user expects it to be. */
  private change(index: number, action: 'up' | 'down' | 'remove') {
    const key = this.chosen[index]!;
    const title = this.byKey.get(key)!.title;
    if (action === 'remove') {
      this.chosen.splice(index, 1);
      this.touched.add('modules');
      this.announce(this.t('builder.removed', { title }));
    } else {
      const to = action === 'up' ? index - 1 : index + 1;
      [this.chosen[index], this.chosen[to]] = [this.chosen[to]!, key];
      this.announce(this.t('builder.moved', { title, position: to + 1, count: this.chosen.length }));
    }
    this.drawChosen();
    this.drawPicker();
    const items = [...this.chosenList.children] as HTMLElement[];
    if (action === 'remove') {
      const next = items[Math.min(index, items.length - 1)];
      (
        next?.querySelector<HTMLButtonElement>('[data-action="remove"]') ??
        this.chosenSummary.closest('section')?.querySelector('h2')
      )?.focus();
    } else {
      const moved = items.find((li) => li.dataset.key === key);
      const same = moved?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
      // At the top or bottom that button is now disabled: the other direction is the useful next key press.
      (same && !same.disabled
        ? same
        : moved?.querySelector<HTMLButtonElement>(`[data-action="${action === 'up' ? 'down' : 'up'}"]`)
      )?.focus();
    }
  }

  private drawPicker() {
    const course = this.courseFilter.value;
    const words = fold(this.textFilter.value.toLowerCase()).split(/\s+/).filter(Boolean);
    const shown = this.data.modules.filter((m) => {
      if (course && m.course !== course) return false;
      const haystack = fold(`${m.number} ${m.title}`.toLowerCase());
      return words.every((w) => haystack.includes(w));
    });
    this.pickerCount.textContent =
      shown.length === 0 ? this.t('builder.noMatch') : this.t('builder.showing', { count: shown.length });
    this.picker.replaceChildren(
      ...shown.map((m) => {
        const id = `pick-${m.key.replace('/', '--')}`;
        const box = h('input', { type: 'checkbox', id, checked: this.chosen.includes(m.key) });
        box.addEventListener('change', () => {
          this.chosen = box.checked ? [...this.chosen, m.key] : this.chosen.filter((k) => k !== m.key);
          this.touched.add('modules');
          this.drawChosen();
        });
        return h(
          'li',
          {},
          box,
          h('label', { for: id }, this.moduleLine(m), m.hasQuiz ? ` · ${this.t('builder.hasQuiz')}` : ''),
        );
      }),
    );
  }

  /** The path as the form describes it, or the problems that stop it from becoming a link. */
  private current(): { path: SharedPath } | { problems: Problem[] } {
    const { title, note, due, passMark, lrsEndpoint, lrsKey } = this.fields;
    const problems: Problem[] = [];
    const endpoint = lrsEndpoint.value;
    const token = endpoint ? basicTokenFrom(lrsKey.value) : undefined;
    if (endpoint && !token) problems.push({ field: 'lrsKey', text: this.t('lrs.builder.needKey') });
    if (title.value.trim() === '') problems.push({ field: 'title', text: this.t('builder.needTitle') });
    if (this.chosen.length === 0) problems.push({ field: 'modules', text: this.t('builder.needModules') });
    const mark = passMark.value.trim();
    // Checked here, not only by the schema below, so the field says so while the title is still missing too.
    const markOutOfRange = !/^\d+$/.test(mark) || Number(mark) < MIN_PASS_MARK || Number(mark) > MAX_PASS_MARK;
    if (mark !== '' && markOutOfRange) problems.push({ field: 'passMark', text: this.t('builder.badPassMark') });
    if (due.validity.badInput) problems.push({ field: 'due', text: this.t('builder.badDue') });
    const candidate = {
      title: title.value.trim(),
      ...(note.value.trim() ? { note: note.value.trim() } : {}),
      ...(due.value ? { due: due.value } : {}),
      ...(mark ? { passMark: Number(mark) } : {}),
      ...(endpoint && token ? { lrs: { endpoint, key: token, lang: this.language } } : {}),
      modules: this.chosen,
    };
    const parsed = v.safeParse(sharedPathSchema, candidate);
    if (problems.length === 0 && !parsed.success)
      problems.push(
        mark
          ? { field: 'passMark', text: this.t('builder.badPassMark') }
          : { field: 'due', text: this.t('builder.badDue') },
      );
    return problems.length > 0 || !parsed.success ? { problems } : { path: parsed.output };
  }

  /** Each field's message beside it, for the fields the trainer has touched; the date's warning when it is past. */
  private drawFieldMessages(problems: Problem[]) {
    for (const [name, element] of Object.entries(this.fieldErrors) as Array<[Problem['field'], HTMLElement]>) {
      const problem = problems.find((p) => p.field === name);
      const shown = problem !== undefined && this.touched.has(name);
      element.textContent = shown ? problem.text : '';
      element.hidden = !shown;
      const input = name === 'modules' ? undefined : this.fields[name];
      if (input) input.toggleAttribute('aria-invalid', shown);
    }
    const due = this.fields.due.value;
    const past = due !== '' && !this.fields.due.validity.badInput && due < vietnamDate(new Date());
    this.dueWarning.textContent = past ? this.t('builder.dueInPast', { date: formatDay(this.language, due) }) : '';
    this.dueWarning.hidden = !past;
    const describedBy = (input: HTMLElement, ...ids: Array<string | false>) => {
      const list = ids.filter((id): id is string => id !== false);
      if (list.length > 0) input.setAttribute('aria-describedby', list.join(' '));
      else input.removeAttribute('aria-describedby');
    };
    describedBy(this.fields.title, !this.fieldErrors.title.hidden && 'path-title-error');
    describedBy(this.fields.due, !this.fieldErrors.due.hidden && 'path-due-error', past && 'path-due-warning');
    describedBy(this.fields.passMark, 'path-pass-hint', !this.fieldErrors.passMark.hidden && 'path-pass-error');
    describedBy(this.fields.lrsKey, 'path-lrs-key-hint', !this.fieldErrors.lrsKey.hidden && 'path-lrs-key-error');
  }

  private drawOutput() {
    const state = this.current();
    this.drawFieldMessages('problems' in state ? state.problems : []);
    if ('problems' in state) {
      const target = (p: Problem) => (p.field === 'modules' ? 'builder-pick-heading' : this.fields[p.field].id);
      this.output.replaceChildren(
        h(
          'div',
          { class: 'notice' },
          h('p', {}, this.t('builder.problems')),
          h('ul', {}, ...state.problems.map((p) => h('li', {}, h('a', { href: `#${target(p)}` }, p.text)))),
        ),
      );
      return;
    }
    const { path } = state;
    const code = encodePath(path);
    history.replaceState(history.state, '', `#p=${code}`);
    const otherLanguage = document.querySelector<HTMLAnchorElement>('a.lang-switch');
    if (otherLanguage) otherLanguage.hash = `p=${code}`; // the draft follows a switch of language
    const link = new URL(`${this.data.sharedUrl}#p=${code}`, location.href).href;
    const linkField = h('input', {
      id: 'builder-link',
      type: 'text',
      readonly: true,
      value: link,
      'aria-describedby': 'builder-link-hint',
    });
    linkField.addEventListener('focus', () => linkField.select());
    const copy = h('button', { type: 'button', class: 'button' }, this.t('builder.copy'));
    // Said where the trainer looks, beside the button, not only to a screen reader (it is a live region too).
    const copied = h('p', { class: 'copy-result', role: 'status' });
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(link);
        copied.textContent = this.t('builder.copied');
        copied.classList.remove('copy-failed');
      } catch {
        linkField.focus();
        copied.textContent = this.t('builder.copyFailed');
        copied.classList.add('copy-failed');
      }
    });
    const download = h('button', { type: 'button', class: 'button' }, this.t('builder.download'));
    download.addEventListener('click', () => downloadText(pathFileName(path), pathFile(path, link)));
    const qr = qrSvg(link, this.t('builder.qrAlt', { title: path.title }));
    const qrDownload = h('button', { type: 'button', class: 'button' }, this.t('builder.qrDownload'));
    qrDownload.addEventListener('click', async () => {
      const png = await qrPng(link);
      if (png) downloadBlob(pathFileName(path).replace(/\.cdl-path\.json$/, '-qr.png'), png);
    });
    this.output.replaceChildren(
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'builder-link' }, this.t('builder.link')),
        h('p', { class: 'hint', id: 'builder-link-hint' }, this.t('builder.linkHint')),
        linkField,
      ),
      h('div', { class: 'actions' }, copy, h('a', { href: link, class: 'button' }, this.t('builder.preview'))),
      copied,
      h('h3', {}, this.t('builder.qr')),
      qr
        ? h(
            'div',
            { class: 'builder-qr' },
            h('p', { class: 'hint' }, this.t('builder.qrHint')),
            qr,
            h('div', { class: 'actions' }, qrDownload),
          )
        : h('p', { class: 'notice' }, this.t('builder.qrTooLong')),
      h('h3', {}, this.t('builder.download')),
      h('p', { class: 'hint' }, this.t('builder.fileHint')),
      h('div', { class: 'actions' }, download),
    );
  }

  private announce(text: string) {
    this.status.textContent = text;
  }
}

defineIsland('path-builder-island', PathBuilderIsland);
