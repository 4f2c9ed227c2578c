import type { SetAsideCopy } from '../../lib/progress/set-aside';
import { confirmStep } from '../shared/confirm-step';
import { h } from '../shared/dom';
import type { Translator } from '../shared/strings';
import type { LearningPayload } from './payload';

export interface CopyActions {
  download(copy: SetAsideCopy): void;
  restore(copy: SetAsideCopy, number: number): void;
  remove(copy: SetAsideCopy, number: number): void;
  kept(): void;
}

/**
 * "Copies set aside" on My learning: each copy the store kept of a damaged record (or of the record before an
 * erase) says what it holds and offers download, restore (only when it would add something) and delete.
 */
export function setAsideSection(
  copies: SetAsideCopy[],
  t: Translator<keyof LearningPayload['strings']>,
  actions: CopyActions,
): HTMLElement | undefined {
  if (copies.length === 0) return undefined;
  let counted = 0;
  const items = copies.map((copy) => {
    // The damaged record itself is not a copy: it gets no number.
    const number = copy.kind === 'held' ? 0 : ++counted;
    const facts = { number, size: copy.sizeKb, attempts: copy.attempts, unreadable: copy.unreadable };
    const text = {
      damaged: 'learning.copy',
      unparsed: 'learning.copyUnparsed',
      'before-reset': 'learning.copyBeforeReset',
      held: 'learning.copyHeld',
    } as const;
    const download = h(
      'button',
      { type: 'button', class: 'small-button' },
      copy.kind === 'held' ? t('learning.copyDownloadHeld') : t('learning.copyDownload', { number }),
    );
    download.addEventListener('click', () => actions.download(copy));
    const restore =
      copy.adds > 0
        ? h(
            'button',
            { type: 'button', class: 'small-button' },
            t('learning.copyRestore', { count: copy.adds, number }),
          )
        : undefined;
    restore?.addEventListener('click', () => actions.restore(copy, number));
    // The damaged record itself is never deleted from here: it is the record, and the store keeps it safe.
    const remove =
      copy.kind === 'held'
        ? undefined
        : confirmStep({
            label: t('learning.copyDelete', { number }),
            question: t('learning.copyDeleteConfirm', { number }),
            yes: t('learning.copyDeleteYes'),
            no: t('learning.copyDeleteNo'),
            onYes: () => actions.remove(copy, number),
            onNo: actions.kept,
            triggerClass: 'small-button small-button-danger',
          });
    return h(
      'li',
      { class: 'set-aside-copy', 'data-copy': copy.key },
      h('p', {}, t(text[copy.kind], facts)),
      copy.adds === 0 && copy.kind !== 'unparsed' ? h('p', { class: 'hint' }, t('learning.copyNothingNew')) : undefined,
      h('div', { class: 'actions' }, download, restore),
      remove,
    );
  });
  return h(
    'section',
    { class: 'set-aside', 'aria-labelledby': 'set-aside-heading' },
    h('h2', { id: 'set-aside-heading' }, t('learning.copies')),
    h('p', {}, t('learning.copiesIntro')),
    h('ul', { class: 'set-aside-list' }, ...items),
  );
}
