import { inAppBrowser } from '../../lib/browser/in-app-browser';
import { h } from '../shared/dom';
import { defineIsland, readPayload } from '../shared/island-start';
import { makeTranslator } from '../shared/strings';
import type { InAppPayload } from './payload';

/**
 * <in-app-island>: inside an app's own browser (Zalo, Facebook, Messenger, Instagram), a notice that progress
 * made here is not in the phone's browser, how to open the page there (with the address to copy, since these
 * browsers often hide it), and where to move a record already made here.
 */
class InAppIsland extends HTMLElement {
  connectedCallback() {
    const payload = readPayload<InAppPayload>(this, '[data-in-app-payload]', ['strings']);
    const found = inAppBrowser(navigator.userAgent);
    if (!found) return;
    const t = makeTranslator(payload.strings);
    const app = found.app;
    const address = h('input', {
      type: 'text',
      id: 'in-app-address',
      readonly: true,
      value: location.href,
      'aria-label': t('inApp.copy'),
    });
    const copied = h('p', { role: 'status' });
    const copy = h('button', { type: 'button', class: 'small-button' }, t('inApp.copy'));
    copy.addEventListener('click', async () => {
      address.select(); // selected either way: a long press copies it where the clipboard is refused
      try {
        await navigator.clipboard.writeText(location.href);
        copied.textContent = t('inApp.copied');
      } catch {
        copied.textContent = '';
      }
    });
    this.append(
      h(
        'section',
        { class: 'notice in-app-notice', 'aria-labelledby': 'in-app-heading' },
        h('h2', { id: 'in-app-heading' }, t('inApp.title', { app })),
        h('p', {}, t('inApp.text', { app })),
        h('p', {}, t(`inApp.how.${found.platform}`)),
        h('div', { class: 'field-row' }, address, copy),
        copied,
        payload.myLearning
          ? h('p', {}, h('a', { href: payload.myLearning }, t('inApp.move', { app })))
          : h('p', {}, t('inApp.moveHere', { app })),
      ),
    );
  }
}

defineIsland('in-app-island', InAppIsland);
