// Generates the service worker after the build with Workbox (`@vite-pwa/astro` does not support Astro 7): every
// page of both languages, the CSS and JS, the search indexes, icons and figures are precached under revisioned
// URLs; old caches are cleaned up; a new version waits until the reader agrees to reload.
import { generateSW, getManifest } from 'workbox-build';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The offline page, under the site's folder (Astro's `base`). */
export const OFFLINE_PAGE = 'offline/';

export function serviceWorker() {
  // "/" or, with SITE_URL, the portal's sub-path ("/hoc-du-lieu/"): the worker is served from there (sw.js),
  // controls only that folder (its default scope), and resolves its relative precache URLs against it.
  let base = '/';
  return {
    name: 'civic-data-literacy:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = {
          globDirectory: root,
          globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,csv,xlsx}'],
          // The LMS bridge's script is built with every module page but runs only in a SCORM package (LMS_PACKAGE=1,
          // where there is no service worker): a learner on the site never needs it offline.
          globIgnores: ['sw.js', 'workbox-*.js', 'offline-meta.json', '_astro/LmsBridge.astro_astro_type_script_*.js'],
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        };
        const { manifestEntries = [] } = await getManifest(files);
        const { count, size, warnings } = await generateSW({
          ...files,
          sourcemap: false,
          swDest: join(root, 'sw.js'),
          // Precache URLs are relative to dist/ ("vi/index.html"), so they resolve under whatever folder sw.js sits in.
          // Pages live at {base}vi/courses/…/ : map those URLs to their index.html, and let a search keep its ?q=.
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/^utm_/, /^q$/],
          inlineWorkboxRuntime: true,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          // Never swap versions under a reader: the page asks first, then posts SKIP_WAITING.
          skipWaiting: false,
          runtimeCaching: [
            {
              // A page that is not cached, with no network: the translated offline page instead of an error.
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: `${base}${OFFLINE_PAGE}index.html` } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        // What the reader is told once everything is saved ("available offline, 1.2 MB").
        const gzipBytes = manifestEntries.reduce(
          (sum, entry) => sum + gzipSync(readFileSync(join(root, entry.url))).length,
          0,
        );
        writeFileSync(join(root, 'offline-meta.json'), JSON.stringify({ count, bytes: size, gzipBytes }));
        logger.info(
          `service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB (${(gzipBytes / 1024).toFixed(0)} KB gzip)`,
        );
      },
    },
  };
}
