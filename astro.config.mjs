// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagePolicy } from './src/integrations/page-policy.mjs';
import { serviceWorker } from './src/integrations/service-worker.mjs';
import { deploymentFrom } from './src/lib/routing/deployment.ts';
import { lrsEndpoints } from './src/site-config.ts';

// SITE_URL (full address, folder included) lets a portal serve the site under a sub-path; unset, it lives at "/".
const { site, base } = deploymentFrom(process.env.SITE_URL);

export default defineConfig({
  site,
  base,
  // URLs are bookmarked and shared by learners: keep them stable and slash-terminated.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // pagePolicy rewrites pages after the build, so it runs before the service worker revisions them.
  integrations: [
    mdx(),
    pagePolicy(),
    serviceWorker(),
    {
      // A plain import() for the quiz's code. Vite wraps every dynamic import in a preload helper (1 KB gzip in
      // the quiz loader that every quiz page runs at load) to fetch the chunk's imports in parallel; with
      // modulePreload off it has nothing to preload, but stays. Astro replaces `vite.build.modulePreload`, hence
      // this hook; the helper's id is Vite's internal one, and if it changes the bench's budget shows the 1 KB.
      name: 'plain-dynamic-import',
      hooks: {
        'astro:build:setup': ({ vite }) => {
          if (vite.build) vite.build.modulePreload = false;
          (vite.plugins ??= []).push({
            name: 'plain-dynamic-import',
            enforce: 'pre',
            apply: 'build',
            load: (id) =>
              id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined,
          });
        },
      },
    },
  ],
  // Shiki colours code with style="" attributes, which the Content-Security-Policy below refuses; no module has
  // code blocks today, and if one does it is plain, readable <pre>.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Nothing is fetched from another origin, so no prefetch script either.
  prefetch: false,
  // A <meta> Content-Security-Policy on every page. Astro writes script-src and style-src itself: 'self' plus the
  // hash of every script and style it emits (so the quiz's dynamic import() of a same-origin chunk is allowed),
  // never 'unsafe-inline' or 'unsafe-eval'; pagePolicy() then keeps on each page only the hashes of its own
  // inline elements. The rest says what the site already promises: nothing from another origin, no plug-ins, no
  // <base> or form target elsewhere. (frame-ancestors and reporting need an HTTP header: see README, Deploy.)
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // Figures are SVG files under /images/; QR codes are SVG elements built in the page, not data: URLs.
        "img-src 'self'",
        // fetch() of the search index and offline-meta.json, and the statements a path sends to a Learning Record
        // Store its publisher listed at build (LRS_ENDPOINTS): exactly those folders of those hosts, nothing else.
        `connect-src ${["'self'", ...lrsEndpoints].join(' ')}`,
        "font-src 'self'",
        "manifest-src 'self'",
        // The service worker (sw.js) is a same-origin script under the site's folder.
        "worker-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // The learner's record (valibot, its schemas, the store) and the small rules that read it (pass mark,
          // best score, whole percent) are one chunk: split by which pages use which part, it cost module pages
          // ~0.4 KB gzip in import glue and lost compression. The whole progress folder, so a new file there joins
          // without touching this rule; but not progress-file.ts (backup download and upload): only My learning
          // uses it, and in the chunk it added 0.5 KB gzip to every other page (so too set-aside.ts, its copies list);
          // nor visit-notes.ts, which the quiz
          // loader runs at page load without the rest of the record code.
          codeSplitting: {
            // The cleaning of text from outside is part of reading a path, but search needs it alone: in its own
            // chunk, the search page does not load the record's code for it (12.0 KB of JS instead of 22.0).
            groups: [
              { name: 'outside-text', test: /[\\/]src[\\/]lib[\\/]text[\\/]outside-text/, priority: 1 },
              // The site's two languages ride with island-start, which every island loads anyway: on their own they
              // became a chunk of 0.1 KB that every page fetched in one more round trip.
              {
                name: 'island-start',
                test: /[\\/]src[\\/](islands[\\/]shared[\\/]island-start|i18n[\\/]languages)\./,
                priority: 1,
              },
              {
                name: 'progress',
                test: /[\\/](valibot[\\/]|src[\\/]islands[\\/]shared[\\/]browser-progress|src[\\/]lib[\\/](progress[\\/](?!progress-file|visit-notes|set-aside|transfer-link)|course-paths[\\/]path-schema|quiz[\\/](quiz-session|pass-mark|best-score)|whole-percent))/,
              },
            ],
          },
        },
      },
    },
  },
});
