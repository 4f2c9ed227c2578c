import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageKind, urlOfBuiltFile } from '../../src/lib/routing/page-kinds';

export const DIST = join(import.meta.dirname, '../../dist');

/** Every page the build wrote, as the URL a reader would open ("/vi/courses/", "/404.html"), from dist/ or another out dir. */
export function builtPages(dist = DIST): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(urlOfBuiltFile(relative(dist, path).split(sep).join('/')));
    }
  };
  walk(dist);
  return pages.sort();
}

/** Module pages only: /{lang}/courses/{course}/{module}/ */
export const modulePages = () => builtPages().filter((p) => pageKind(p) === 'module');

/** The file a page URL from builtPages() was built into. */
export const pageFile = (url: string, dist = DIST) => join(dist, url.endsWith('/') ? `${url}index.html` : url);
