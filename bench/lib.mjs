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
  return withImports(entries, false);
}

/**
 * A page's entry scripts plus every chunk they may ever load: static imports and the chunks behind import()
 * (the quiz's code, fetched when the learner reaches the quiz), followed through their own imports in turn.
 */
export function withAllImports(entries) {
  return withImports(entries, true);
}

function withImports(entries, dynamic) {
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
    // The bundler writes import(`./chunk.js`) with any quote; a computed import() would be missed, so none is used.
    if (dynamic) {
      for (const [, spec] of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) {
        visit(new URL(spec, `http://x${href}`).pathname);
      }
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/** Gzip bytes of the JS a built page loads. */
export function pageScriptBytes(pagePath) {
  const html = readFileSync(join(DIST, pagePath), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]);
  return withStaticImports(entries).reduce(
    (sum, href) => sum + (existsSync(join(DIST, href)) ? gzip(readFileSync(join(DIST, href))) : 0),
    0,
  );
}

/**
 * Serves dist/ on loopback, gzip-compressed like a real static host. With `link`, every response waits out the
 * latency and shares one link of the given bandwidth (browser throttling does not reach service-worker fetches,
 * so the server does it). Returns { url, close }.
 */
export async function serveDist(extra = {}, link) {
  let linkFreeAt = 0;
  const send = (res, body) => {
    if (!link) return res.end(body);
    const chunk = 16 * 1024;
    let at = Math.max(Date.now() + link.latencyMs, linkFreeAt);
    for (let offset = 0; offset < body.length; offset += chunk) {
      const part = body.subarray(offset, offset + chunk);
      at += (part.length / link.bytesPerSecond) * 1000;
      const last = offset + chunk >= body.length;
      setTimeout(() => (last ? res.end(part) : res.write(part)), at - Date.now());
    }
    if (body.length === 0) setTimeout(() => res.end(), at - Date.now());
    linkFreeAt = at;
  };
  const { createServer } = await import('node:http');
  const { extname } = await import('node:path');
  const { statSync } = await import('node:fs');
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.webmanifest': 'application/manifest+json',
  };
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mapped = Object.entries(extra).find(([prefix]) => url.startsWith(prefix));
    let path = mapped ? join(mapped[1], url.slice(mapped[0].length)) : join(DIST, url);
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return send(res.writeHead(404), Buffer.alloc(0));
    const body = readFileSync(path);
    const compress =
      /gzip/.test(req.headers['accept-encoding'] ?? '') && /\.(html|js|css|json|svg|webmanifest)$/.test(path);
    res.writeHead(200, {
      'Content-Type': types[extname(path)] ?? 'application/octet-stream',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    send(res, compress ? gzipSync(body) : body);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * In a page with the English test quiz started: answers every question with its first choice (any answer will
 * do) and moves on, up to where only "Submit answers" is left to press.
 */
export const answerTestQuiz = (page) =>
  page.evaluate(async () => {
    const island = document.querySelector('quiz-island');
    const next = () => [...island.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Next question');
    for (let step = 0; step < 50; step++) {
      const choice = island.querySelector('input[type=radio], input[type=checkbox]');
      const text = island.querySelector('input[type=text], input:not([type])');
      if (choice) choice.click();
      else if (text) {
        text.value = '1';
        text.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (!next()) return;
      next().click();
      await new Promise((r) => setTimeout(r, 0));
    }
  });
