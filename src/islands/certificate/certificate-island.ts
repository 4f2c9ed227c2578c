import type { Lang } from '../../i18n/languages';
import { setLearnerName } from '../../lib/course-paths/assigned-paths';
import { encodeCertificate } from '../../lib/certificate/certificate-link';
import {
  certificateClaims,
  certificatesOfPath,
  issueCertificate,
  issuedFor,
  type CertificateModuleFacts,
  type ClaimsResult,
} from '../../lib/certificate/certificate-issue';
import { MAX_LEARNER_NAME, type Certificate } from '../../lib/progress/progress-schema';
import type { ProgressStore } from '../../lib/progress/progress-store';
import { urls } from '../../lib/routing/urls';
import { cleanOutsideText } from '../../lib/text/outside-text';
import { openProgressStore } from '../shared/browser-progress';
import { announceProgressChanged } from '../shared/progress-events';
import { formatMoment } from '../shared/dates';
import { fill, h, refill } from '../shared/dom';
import { fieldError, showFieldError } from '../shared/field-error';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { makeTranslator, type Translator } from '../shared/strings';
import { certificateSheet } from './certificate-sheet';
import type { CertificatePayload } from './payload';

/**
 * <certificate-island>: the certificate of completion for the assigned path named by ?path=<pathId>. It issues
 * (through store.update, so another tab's writes are merged, never lost) only when the path is done by its own
 * rule and a name is given, asking for the name here when the record has none; re-opening shows the certificate
 * already issued for the same content and writes nothing. A bad or unfinished path gets a message, never a sheet.
 */
class CertificateIsland extends HTMLElement {
  private t!: Translator<keyof CertificatePayload['strings']>;
  private data!: CertificatePayload;
  private language: Lang = 'vi';
  private store!: ProgressStore;
  private catalog = new Map<string, CertificateModuleFacts>();
  private body = h('div');
  private status = h('p', { role: 'status', 'aria-live': 'polite' });

  connectedCallback() {
    this.data = readPayload<CertificatePayload>(this, '[data-certificate-payload]', [
      'modules',
      'myLearning',
      'siteName',
      'strings',
    ]);
    this.t = makeTranslator(this.data.strings);
    this.language = islandLang(this);
    this.catalog = new Map(this.data.modules.map((m) => [m.key, m]));
    this.store = openProgressStore(() => this.draw());
    this.append(this.status, this.body);
    this.querySelector('[data-certificate-fallback]')?.remove(); // only now that the island is running
    this.draw();
  }

  private get pathId(): string {
    return new URLSearchParams(location.search).get('path')?.trim() ?? '';
  }

  private claims(record = this.store.read()): ClaimsResult {
    return certificateClaims(record, this.pathId, this.catalog, this.language);
  }

  private draw(): void {
    if (this.pathId === '') return this.refuse(this.t('certificate.error.noPath'));
    const result = this.claims();
    if (result.ok) return this.issue();
    if (result.reason === 'no-name') return this.askName();
    if (result.reason === 'incomplete') {
      const total = this.store.read().paths[this.pathId]!.path.modules.length;
      return this.refuse(this.t('certificate.error.incomplete', { done: result.done ?? 0, total }));
    }
    this.refuse(
      this.t(result.reason === 'unknown-module' ? 'certificate.error.unknownModule' : 'certificate.error.unknownPath'),
    );
  }

  private refuse(message: string) {
    this.body.replaceChildren(
      h('p', { class: 'notice', role: 'alert' }, message),
      h('p', {}, h('a', { href: this.data.myLearning }, this.t('certificate.backToLearning'))),
    );
  }

  /** The name field as My learning has it (same label, hint, limits and cleaning), then issuing. */
  private askName() {
    const box = h('div', { class: 'field' });
    const input = h('input', {
      id: 'learner-name',
      type: 'text',
      maxlength: MAX_LEARNER_NAME,
      autocomplete: 'name',
      'aria-describedby': 'learner-name-hint',
    });
    const error = fieldError('learner-name-error', this.t('assigned.errorPrefix'));
    const issue = h('button', { type: 'button', class: 'button' }, this.t('certificate.issue'));
    issue.addEventListener('click', () => {
      const name = cleanOutsideText(input.value, 'name'); // as the trainer's page will show it
      if (name === '') {
        showFieldError(box, input, error, this.t('certificate.needName'));
        input.focus();
        return;
      }
      this.store.update((r) => setLearnerName(r, name, new Date(), () => crypto.randomUUID()));
      this.draw();
      this.querySelector<HTMLElement>('#certificate-sheet-title')?.focus();
    });
    fill(
      box,
      h('label', { for: 'learner-name' }, this.t('assigned.name')),
      h('p', { class: 'hint', id: 'learner-name-hint' }, this.t('assigned.nameHint')),
      error,
    );
    box.append(h('div', { class: 'field-row' }, input, issue));
    this.body.replaceChildren(h('p', {}, this.t('certificate.nameIntro')), box);
  }

  private issue(): void {
    const before = this.claims();
    const existing = before.ok ? issuedFor(this.store.read(), before.claims) : undefined;
    let certificate = existing;
    let saved = true;
    if (!existing) {
      // Worked out again on the record update() reads, which may hold another tab's newer writes.
      saved = this.store.update((record) => {
        const result = this.claims(record);
        if (!result.ok) return record;
        const issued = issueCertificate(record, result.claims, new Date());
        certificate = issued.certificate;
        return issued.record;
      });
      announceProgressChanged(); // a path that sends to an LRS sends the certificate's statement now
    }
    if (!certificate) return this.draw();
    this.status.textContent = !saved
      ? ''
      : existing
        ? this.t('certificate.same', { date: formatMoment(this.language, certificate.issuedAt) })
        : this.t('certificate.new');
    this.show(certificate, saved);
  }

  private show(certificate: Certificate, saved: boolean) {
    const link = new URL(urls.verify(this.language, encodeCertificate(certificate)), location.href).href;
    const sheet = certificateSheet(certificate, this.t, this.language, {
      siteName: this.data.siteName,
      verifyLink: link,
    });
    sheet.querySelector('h2')?.setAttribute('tabindex', '-1');
    const print = h('button', { type: 'button', class: 'button' }, this.t('certificate.print'));
    print.addEventListener('click', () => window.print());
    const copy = h('button', { type: 'button', class: 'button' }, this.t('certificate.copyLink'));
    const copied = h('p', { role: 'status', 'aria-live': 'polite' });
    // Where the clipboard is refused (an in-app browser, an old phone), the link is offered selected to copy by hand.
    const byHand = () => {
      const field = h('input', {
        type: 'text',
        readonly: true,
        value: link,
        class: 'certificate-link-copy',
        'aria-label': this.t('certificate.copyLink'),
      });
      refill(copied, this.t('certificate.copyFailed'), field);
      field.select();
    };
    copy.addEventListener('click', () => {
      if (!navigator.clipboard) return byHand();
      navigator.clipboard.writeText(link).then(() => refill(copied, this.t('certificate.copied')), byHand);
    });
    const earlier = certificatesOfPath(this.store.read(), this.pathId).filter((c) => c.code !== certificate.code);
    refill(
      this.body,
      saved ? false : h('p', { class: 'notice', role: 'alert' }, this.t('certificate.error.notSaved')),
      h(
        'div',
        { class: 'no-print certificate-actions' },
        h('p', { class: 'hint' }, this.t('certificate.printHint')),
        h('div', { class: 'actions' }, print, copy),
        copied,
        h('p', { class: 'certificate-link' }, h('a', { href: link }, this.t('certificate.openVerify'))),
      ),
      sheet,
      earlier.length > 0
        ? h(
            'section',
            { class: 'no-print', 'aria-labelledby': 'certificate-earlier' },
            h('h2', { id: 'certificate-earlier' }, this.t('certificate.earlier')),
            h(
              'ul',
              {},
              ...earlier.map((c) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    { href: urls.verify(this.language, encodeCertificate(c)) },
                    this.t('certificate.earlierItem', {
                      code: c.code,
                      date: formatMoment(this.language, c.issuedAt),
                      name: c.learner.name,
                    }),
                  ),
                ),
              ),
            ),
          )
        : false,
    );
  }
}

defineIsland('certificate-island', CertificateIsland);
