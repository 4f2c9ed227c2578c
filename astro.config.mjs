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
          // The learner's record (valibot, its schemas, the store) is one chunk: split by which pages use which
          // part, it cost module pages ~0.4 KB gzip in import glue and lost compression. The whole folder, so a new
          // file in src/lib/progress/ joins without touching this rule; but not progress-file.ts (backup download
          // and upload): only My learning uses it, and in the chunk it added 0.5 KB gzip to every other page.
          codeSplitting: {
            groups: [{ name: 'progress', test: /[\\/](valibot[\\/]|src[\\/]lib[\\/](progress[\\/](?!progress-file)|course-paths[\\/]path-schema|quiz[\\/]quiz-session))/ }],
          },
        },
      },
    },
  },
});
