import { h } from './dom';

/**
 * A destructive action that asks first, GOV.UK style: the trigger opens an inline question with "yes" and "no"
 * (focus moves to the safe answer), and either answer returns focus to the trigger. No modal dialog to trap focus.
 */
export function confirmStep(options: {
  label: string;
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo?: () => void;
  /** The trigger's look: a full button by default, a small one beside other small actions. */
  triggerClass?: string;
}): HTMLElement {
  const trigger = h(
    'button',
    { type: 'button', class: options.triggerClass ?? 'button', 'aria-expanded': 'false' },
    options.label,
  );
  const yes = h('button', { type: 'button', class: 'button button-danger' }, options.yes);
  const no = h('button', { type: 'button', class: 'button' }, options.no);
  const box = h(
    'div',
    { class: 'learning-confirm', hidden: true },
    h('p', {}, options.question),
    h('div', { class: 'actions' }, yes, no),
  );
  const close = () => {
    box.hidden = true;
    trigger.setAttribute('aria-expanded', 'false');
  };
  trigger.addEventListener('click', () => {
    box.hidden = false;
    trigger.setAttribute('aria-expanded', 'true');
    no.focus();
  });
  no.addEventListener('click', () => {
    close();
    options.onNo?.();
    trigger.focus();
  });
  yes.addEventListener('click', () => {
    close();
    options.onYes();
    if (trigger.isConnected) trigger.focus();
  });
  return h('div', { class: 'confirm-step' }, trigger, box);
}
