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
});
