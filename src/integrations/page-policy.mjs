// After the build, before the service worker precaches the pages: each page's Content-Security-Policy keeps only
// the hashes its own inline scripts and styles need (see src/lib/security/page-policy.ts for why that changes
// nothing a browser allows).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { narrowPagePolicy } from '../lib/security/page-policy.ts';

export function pagePolicy() {
  return {
    name: 'civic-data-literacy:page-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        let saved = 0;
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = readFileSync(file, 'utf8');
          const narrowed = narrowPagePolicy(html);
          if (narrowed === html) continue;
          writeFileSync(file, narrowed);
          pages += 1;
          saved += html.length - narrowed.length;
        }
        logger.info(
          `content security policy: ${pages} pages keep only their own inline hashes (${(saved / 1024).toFixed(0)} KB less HTML)`,
        );
      },
    },
  };
}
