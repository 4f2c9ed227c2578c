import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { extname, join } from 'node:path';
import { TYPES } from './static-server';

/**
 * A static server for the service worker's own tests: it lists every path asked for, can be pointed at another
 * build ("the site was published again"), and can hold answers back, so a test sees how many requests the
 * browser keeps open at once without measuring any time.
 */
export async function watchedServer(root: string) {
  let current = root;
  const requests: string[] = [];
  let holding: ((path: string, headers: IncomingHttpHeaders) => boolean) | undefined;
  const held: (() => void)[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const answer = () => {
      let file = join(current, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return res.writeHead(404).end();
      res
        .writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        })
        .end(readFileSync(file));
    };
    if (holding?.(path, req.headers)) held.push(answer);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    swap: (next: string) => void (current = next),
    /** Holds back every answer the predicate picks until release(). */
    hold: (pick: (path: string, headers: IncomingHttpHeaders) => boolean) => void (holding = pick),
    heldCount: () => held.length,
    release: () => {
      holding = undefined;
      held.splice(0).forEach((answer) => answer());
    },
    close: () => server.close(),
  };
}
