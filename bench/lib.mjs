// Helpers shared by the benches: where the build is, and what a page really downloads.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');
export const gzip = (data) => gzipSync(data).length;
export const kb = (bytes) => (bytes / 1024).toFixed(1);

/** A page's entry scripts plus every chunk they import statically (what the browser fetches before running). */
export function withStaticImports(entries) {
  const seen = new Set();
  const visit = (href) => {
    if (seen.has(href)) return;
    seen.add(href);
    const path = join(DIST, href);
    if (!existsSync(path)) return;
    const code = readFileSync(path, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(new URL(spec, `http://x${href}`).pathname);
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/** Gzip bytes of the JS a built page loads. */
export function pageScriptBytes(pagePath) {
  const html = readFileSync(join(DIST, pagePath), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]);
  return withStaticImports(entries).reduce((sum, href) => sum + (existsSync(join(DIST, href)) ? gzip(readFileSync(join(DIST, href))) : 0), 0);
}
