// Writes the service worker after the build (`@vite-pwa/astro` does not support Astro 7): Workbox's getManifest
// lists every page of both languages, the CSS and JS, the search indexes, icons and figures with their revisions,
// and esbuild bundles src/service-worker/sw.js (Workbox's precache, routes and cleanup, filled several files at once)
// around that list. generateSW, used before, writes the same worker but installs one file after another: on a
// 150 ms link that was 36 s of round trips of the 51 s a first visit took to be available offline.
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const WORKER_SOURCE = fileURLToPath(new URL('../service-worker/sw.js', import.meta.url));
// Workbox's runtime modules (workbox-precaching, -routing, …) come with workbox-build at its own version; look
// there too in case npm did not hoist them.
const WORKBOX_MODULES = join(
  dirname(createRequire(import.meta.url).resolve('workbox-build/package.json')),
  'node_modules',
);

/** What the worker precaches, for getManifest (and for the test that installs the worker of earlier builds). */
export const precacheFiles = (root) => ({
  globDirectory: root,
  globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,csv,xlsx}'],
  // The LMS bridge's script is built with every module page but runs only in a SCORM package (LMS_PACKAGE=1, where
  // there is no service worker): a learner on the site never needs it offline.
  globIgnores: ['sw.js', 'offline-meta.json', '_astro/LmsBridge.astro_astro_type_script_*.js'],
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
});

export function serviceWorker() {
  return {
    name: 'civic-data-literacy:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { manifestEntries = [], count, size, warnings } = await getManifest(precacheFiles(root));
        for (const warning of warnings) logger.warn(warning);
        // Precache URLs are relative to dist/ ("vi/index.html"): the worker resolves them against its own URL, so
        // they hold under whatever folder sw.js is served from ("/" or a portal's sub-path).
        const { outputFiles } = await build({
          entryPoints: [WORKER_SOURCE],
          write: false,
          bundle: true,
          minify: true,
          // Workbox's modules are written for this (generateSW mangles the same): it keeps the worker small.
          mangleProps: /(^_|_$)/,
          reserveProps: /^__WB_MANIFEST$/,
          format: 'iife',
          target: 'es2020',
          legalComments: 'none',
          nodePaths: [WORKBOX_MODULES],
          // Workbox's modules keep their logging and assertions behind NODE_ENV, as generateSW's production mode.
          define: {
            'process.env.NODE_ENV': '"production"',
            'self.__WB_MANIFEST': JSON.stringify(manifestEntries),
          },
          logLevel: 'warning',
        });
        const worker = outputFiles[0].text;
        // A worker without its list would install, and say "available offline", having saved nothing.
        const missing = manifestEntries.filter((entry) => !worker.includes(entry.revision));
        if (missing.length) throw new Error(`sw.js lacks ${missing.length} precache entries, e.g. ${missing[0].url}`);
        writeFileSync(join(root, 'sw.js'), worker);
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
