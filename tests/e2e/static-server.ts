import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';

/** Content types of the files a build holds, for the test servers. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A static server whose folder can be swapped: "the site was published again" for the update test. With `base`
 * it serves the folder under that sub-path only, as a portal does (`/hoc-du-lieu/`), and lists every request
 * that asked for anything outside it.
 */
export async function swappableServer(
  root: string,
  { base = '/' }: { base?: string } = {},
): Promise<{
  url: string;
  swap: (next: string) => void;
  close: () => void;
  outside: string[];
}> {
  let current = root;
  const outside: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const notFound = () =>
      res.writeHead(404, { 'Content-Type': TYPES['.html']! }).end(readFileSync(join(current, '404.html')));
    if (!path.startsWith(base)) {
      outside.push(path);
      notFound();
      return;
    }
    let file = join(current, path.slice(base.length - 1));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      notFound();
      return;
    }
    res
      .writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, swap: (next) => (current = next), close: () => server.close(), outside };
}
