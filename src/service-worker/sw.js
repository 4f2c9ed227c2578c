// The site's service worker. src/integrations/service-worker.mjs bundles it after each build and puts the precache
// list (every built page, script, style, index and figure, each with its revision) in place of self.__WB_MANIFEST.
// It does what Workbox's generateSW wrote before, with Workbox's own parts, save one thing: the install asks for up
// to six files at once instead of one after another (generateSW has no such option). The cache's name, its keys
// and the revision checks are Workbox's, so a reader who installed the earlier worker upgrades in place.
// Plain JavaScript: the project's type check knows the page's globals, not a worker's.
import { clientsClaim } from 'workbox-core';
import { PrecacheController, PrecacheFallbackPlugin, PrecacheRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { eachAtMost } from '../lib/offline/each-at-most';

// A browser opens at most six connections to one host over HTTP/1.1: more would only queue, and an unbounded
// burst of hundreds can fail in Chrome (net::ERR_INSUFFICIENT_RESOURCES, Workbox issue 2528). Chromium itself lets
// an installing worker keep only three fetches outstanding (its ThrottleInstallingServiceWorker feature) and holds
// the rest back, so there three is what we get: measured, 12 lanes install no faster than 6.
const AT_ONCE = 6;

// URLs here are relative ("vi/index.html") and resolve against sw.js, which sits in the site's folder, so the same
// worker serves a site at "/" and one under a portal's sub-path.
const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);

// Pages live at …/vi/courses/…/ : map those URLs to their index.html, and let a search keep its ?q=.
registerRoute(
  new PrecacheRoute(precache, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/^utm_/, /^q$/] }),
);
// A page that is neither cached nor reachable: the translated offline page instead of the browser's error.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkOnly({
    plugins: [new PrecacheFallbackPlugin({ fallbackURL: 'offline/index.html', precacheController: precache })],
  }),
);

// What PrecacheController.install does, a few files at a time. Its strategy first looks in the cache under the
// file's revisioned key, so an upgrade fetches only the files that changed, and a file that came before an install
// failed (a cut link) is not fetched again. Every file in the list has a revision, so it is fetched with cache:
// 'reload', as Workbox fetches those: a stale copy in the HTTP cache never goes in under a new revision. Any answer
// but a success fails the install, and the browser tries again on a later visit.
self.addEventListener('install', (event) => {
  event.waitUntil(
    eachAtMost(precache.getURLsToCacheKeys(), AT_ONCE, async ([url, cacheKey]) => {
      const integrity = precache.getIntegrityForCacheKey(cacheKey);
      const request = new Request(url, { integrity, cache: 'reload', credentials: 'same-origin' });
      await Promise.all(precache.strategy.handleAll({ params: { cacheKey }, request, event }));
    }),
  );
});
// Drops the cached files this version no longer lists, then earlier Workbox versions' caches, and takes over the
// open pages at once (their first visit included), as before.
self.addEventListener('activate', precache.activate);
cleanupOutdatedCaches();
clientsClaim();

// Never swap versions under a reader: the page asks first (src/islands/offline-status/), then posts SKIP_WAITING.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});
