import { codeMatches } from '../../lib/certificate/certificate-code';
import { decodeCertificate, type CertificateDecodeFailure } from '../../lib/certificate/certificate-link';
import { h } from '../shared/dom';
import { defineIsland, islandLang, readPayload } from '../shared/island-start';
import { makeTranslator, type Translator } from '../shared/strings';
import { certificateSheet } from '../certificate/certificate-sheet';
import type { VerifyPayload } from './payload';

const failureKey = {
  empty: 'verify.error.empty',
  'too-long': 'verify.error.tooLong',
  'newer-version': 'verify.error.newer',
  damaged: 'verify.error.damaged',
  invalid: 'verify.error.invalid',
} as const satisfies Record<CertificateDecodeFailure, string>;

/**
 * <verify-island>: reads the certificate the link carries in its fragment (#c=…), recomputes its code and shows the
 * certificate only when the code matches what it says. An edited link gets "changed" and the code it carries, and
 * its content is not shown at all, so no screenshot of this page can show altered content as verified. Stores
 * nothing and asks nothing of the network.
 */
class VerifyIsland extends HTMLElement {
  private t!: Translator<keyof VerifyPayload['strings']>;
  private data!: VerifyPayload;
  private body = h('div', { role: 'status' });

  connectedCallback() {
    this.data = readPayload<VerifyPayload>(this, '[data-verify-payload]', ['siteName', 'strings']);
    this.t = makeTranslator(this.data.strings);
    islandLang(this);
    this.append(this.body);
    this.querySelector('[data-verify-fallback]')?.remove(); // only now that the island is running
    this.draw();
    window.addEventListener('hashchange', () => this.draw());
  }

  private draw() {
    const decoded = decodeCertificate(location.hash);
    if (!decoded.ok) {
      this.body.replaceChildren(h('p', { class: 'notice' }, this.t(failureKey[decoded.reason])));
      return;
    }
    const { certificate } = decoded;
    if (!codeMatches(certificate)) {
      this.body.replaceChildren(
        h('p', { class: 'verify-result changed' }, this.t('verify.changed')),
        h('p', {}, this.t('verify.changedCode', { code: certificate.code })),
      );
      return;
    }
    this.body.replaceChildren(
      h('p', { class: 'verify-result' }, this.t('verify.matches')),
      certificateSheet(certificate, this.t, islandLang(this), { siteName: this.data.siteName }),
    );
  }
}

defineIsland('verify-island', VerifyIsland);
