// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { serviceWorker } from './src/integrations/service-worker.mjs';

export default defineConfig({
  // URLs are bookmarked and shared by learners: keep them stable and slash-terminated.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
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
            load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
          });
        },
      },
    },
  ],
  devToolbar: { enabled: false },
  // Nothing is fetched from another origin, so no prefetch script either.
  prefetch: false,
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // The learner's record (valibot, its schemas, the store) and the small rules that read it (pass mark,
          // best score, whole percent) are one chunk: split by which pages use which part, it cost module pages
          // ~0.4 KB gzip in import glue and lost compression. The whole progress folder, so a new file there joins
          // without touching this rule; but not progress-file.ts (backup download and upload): only My learning
          // uses it, and in the chunk it added 0.5 KB gzip to every other page; nor visit-notes.ts, which the quiz
          // loader runs at page load without the rest of the record code.
          codeSplitting: {
            groups: [{ name: 'progress', test: /[\\/](valibot[\\/]|src[\\/]lib[\\/](progress[\\/](?!progress-file|visit-notes)|course-paths[\\/]path-schema|quiz[\\/](quiz-session|pass-mark|best-score)|whole-percent))/ }],
          },
        },
      },
    },
  },
});
