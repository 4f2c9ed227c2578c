import { h } from './dom';

/**
 * An error message beside the field it is about, GOV.UK style: between the hint and the input, in the error
 * colour, with a hidden "Error:" for screen readers, and the input pointing at it (aria-describedby,
 * aria-invalid). Hidden until there is something to say.
 */
export function fieldError(id: string, prefix: string): HTMLParagraphElement {
  const error = h('p', { id, class: 'error-message', hidden: true });
  error.dataset.prefix = prefix;
  return error;
}

/** Shows `message` beside the field (or clears it when empty); the field's box takes the error style too. */
export function showFieldError(
  field: HTMLElement,
  input: HTMLElement,
  error: HTMLParagraphElement,
  message: string,
): void {
  const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id);
  error.replaceChildren();
  error.hidden = message === '';
  field.classList.toggle('field-error', message !== '');
  if (message === '') {
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', described.join(' '));
    return;
  }
  error.append(h('span', { class: 'visually-hidden' }, `${error.dataset.prefix} `), message);
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', [...described, error.id].join(' '));
}
