import type { CertificateCheck } from '../../lib/class/certificate-check';
import type { ClassModule } from '../../lib/class/class-report';
import { h } from '../shared/dom';
import { fieldError, showFieldError } from '../shared/field-error';
import type { Translator } from '../shared/strings';

type CheckKey = `certificate.check.${string}` & keyof CheckStrings;
type CheckStrings = Record<
  | 'certificate.check.title'
  | 'certificate.check.label'
  | 'certificate.check.hint'
  | 'certificate.check.button'
  | 'certificate.check.empty'
  | 'certificate.check.notACode'
  | 'certificate.check.match'
  | 'certificate.check.unknown'
  | 'certificate.check.unknownLink'
  | `certificate.check.mismatch.${Extract<CertificateCheck, { kind: 'mismatch' }>['reason']}`,
  string
>;

/**
 * "Check a certificate" on the class report: a code or a pasted verify link, checked (in the class worker, over
 * every report held) and answered in one sentence that starts with match, mismatch or unknown. A form, so Enter
 * checks; the answer is announced where the button is.
 */
export function certificateCheckView(
  t: Translator<CheckKey | 'assigned.errorPrefix'>,
  modules: readonly ClassModule[],
  check: (input: string) => Promise<CertificateCheck>,
): HTMLElement {
  const box = h('div', { class: 'field' });
  const input = h('input', {
    id: 'certificate-check',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'certificate-check-hint',
  });
  const error = fieldError('certificate-check-error', t('assigned.errorPrefix'));
  const answer = h('div', { role: 'status', 'aria-live': 'polite', 'data-certificate-answer': '' });
  const known = new Map(modules.map((m) => [m.key, m.number ? `${m.number} ${m.title}` : m.title]));
  const form = h(
    'form',
    { class: 'certificate-check', novalidate: true },
    box,
    h('button', { type: 'submit', class: 'button' }, t('certificate.check.button')),
  );
  box.append(
    h('label', { for: 'certificate-check' }, t('certificate.check.label')),
    h('p', { class: 'hint', id: 'certificate-check-hint' }, t('certificate.check.hint')),
    error,
    input,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    showFieldError(box, input, error, text === '' ? t('certificate.check.empty') : '');
    answer.replaceChildren();
    if (text === '') return input.focus();
    void check(text).then((result) => {
      if (result.kind === 'not-a-code') {
        showFieldError(box, input, error, t('certificate.check.notACode'));
        return;
      }
      answer.replaceChildren(...sentences(result));
    });
  });
  const sentences = (result: Exclude<CertificateCheck, { kind: 'not-a-code' }>): HTMLElement[] => {
    if (result.kind === 'match')
      return [
        h(
          'p',
          { class: 'check-result check-match', 'data-result': 'match' },
          t('certificate.check.match', {
            name: result.reportName,
            code: result.certificate.code,
            title: result.certificate.pathTitle,
          }),
        ),
      ];
    if (result.kind === 'unknown')
      return [
        h(
          'p',
          { class: 'check-result check-unknown', 'data-result': 'unknown' },
          t('certificate.check.unknown', { code: result.code }),
        ),
        ...(result.linkConsistent ? [h('p', {}, t('certificate.check.unknownLink'))] : []),
      ];
    const modulesNamed = (result.modules ?? []).map((key) => known.get(key) ?? key).join('; ');
    return [
      h(
        'p',
        { class: 'check-result check-mismatch', 'data-result': 'mismatch' },
        t(`certificate.check.mismatch.${result.reason}`, { code: result.code ?? '', modules: modulesNamed }),
      ),
    ];
  };
  return h(
    'section',
    { 'aria-labelledby': 'certificate-check-title', class: 'certificate-check-section' },
    h('h2', { id: 'certificate-check-title' }, t('certificate.check.title')),
    form,
    answer,
  );
}
