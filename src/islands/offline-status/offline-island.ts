import { h } from '../shared/dom';
import { locales } from '../../i18n/languages';
import { defineIsland, islandLang, readPayload, requireElement } from '../shared/island-start';
import { makeTranslator } from '../shared/strings';
import type { OfflineStatusPayload } from './payload';

/**
 * <offline-island>: registers sw.js (at the site's folder) (production builds only), says when the whole site is saved for offline
 * reading, notes when the reader is offline, and offers — never forces — a reload when a new version waits.
 */
// The site's folder ("/", or the portal's sub-path with SITE_URL), where the build writes sw.js: Astro's base, a
// string fixed at build, so the script on every page carries no URL code (urls.ts would add ~0.5 KB gzip).
const SITE_FOLDER = import.meta.env.BASE_URL;

class OfflineIsland extends HTMLElement {
  private reloading = false;

  connectedCallback() {
    const lang = islandLang(this);
    const t = makeTranslator(readPayload<OfflineStatusPayload>(this, '[data-offline-payload]', ['strings']).strings);
    const status = requireElement(this, '.offline-status');
    const update = requireElement(this, '.offline-update');
    let ready = '';
    const show = () => {
      status.textContent = navigator.onLine ? ready : t('offline.now');
      this.dataset.online = String(navigator.onLine); // styles the notice that must not be missed
    };
    window.addEventListener('online', show);
    window.addEventListener('offline', show);
    show();
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;

    const showReady = async () => {
      try {
        const meta = (await (await fetch(`${SITE_FOLDER}offline-meta.json`)).json()) as { bytes: number };
        const size = new Intl.NumberFormat(locales[lang], {
          style: 'unit',
          unit: 'megabyte',
          maximumFractionDigits: 1,
        }).format(meta.bytes / 1_000_000);
        ready = t('offline.ready', { size });
      } catch {
        ready = t('offline.ready', { size: '…' });
      }
      this.dataset.state = 'ready';
      show();
    };
    const offerUpdate = (waiting: ServiceWorker) => {
      const button = h('button', { type: 'button', class: 'button' }, t('offline.reload'));
      button.addEventListener('click', () => {
        this.reloading = true;
        waiting.postMessage({ type: 'SKIP_WAITING' });
      });
      update.replaceChildren(h('p', {}, t('offline.update'), ' ', button));
      update.hidden = false;
    };
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (this.reloading) location.reload();
    });

    // Registration can be refused (private modes, policies, blocked by a test): then the site simply stays online-only.
    void Promise.resolve(navigator.serviceWorker.register(`${SITE_FOLDER}sw.js`, { scope: SITE_FOLDER })).then(
      (registration) => {
        if (!registration) return;
        const watch = (worker: ServiceWorker) => {
          if (!navigator.serviceWorker.controller) ready = t('offline.saving');
          show();
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
            if (worker.state === 'activated') void showReady();
          });
        };
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
        if (registration.installing) watch(registration.installing);
        else if (registration.active) void showReady();
        registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));
      },
      () => undefined,
    );
  }
}

defineIsland('offline-island', OfflineIsland);
