// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { serviceWorker } from './src/integrations/service-worker.mjs';

export default defineConfig({
  // URLs are bookmarked and shared by learners: keep them stable and slash-terminated.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), serviceWorker()],
  devToolbar: { enabled: false },
  // Nothing is fetched from another origin, so no prefetch script either.
  prefetch: false,
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // The learner's record (zod/mini, its schemas, the store) and the small rules that read it (pass mark,
          // best score, whole percent) are one chunk: split by which pages use which part, it cost module
          // pages ~0.4 KB gzip in import glue and lost compression.
          codeSplitting: {
            // The cleaning of text from outside is part of reading a path, but search needs it alone: in its own
            // chunk, the search page does not load the record's code for it (12.0 KB of JS instead of 22.0).
            groups: [
              { name: 'outside-text', test: /[\\/]src[\\/]lib[\\/]text[\\/]outside-text/, priority: 1 },
              { name: 'progress', test: /[\\/](zod[\\/]|src[\\/]lib[\\/](progress[\\/]progress-(schema|store|merge|migrations)|course-paths[\\/]path-schema|quiz[\\/](quiz-session|pass-mark|best-score)|whole-percent))/ },
            ],
          },
        },
      },
    },
  },
});
