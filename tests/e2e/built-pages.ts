import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = join(import.meta.dirname, '../../dist');

/** Every page the build wrote, as the URL a reader would open ("/vi/courses/", "/404.html"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(DIST, path).split(sep).join('/');
        pages.push(rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** Module pages only: /{lang}/courses/{course}/{module}/ */
export const modulePages = () => builtPages().filter((p) => /^\/(vi|en)\/courses\/[^/]+\/[^/]+\/$/.test(p) && !p.endsWith('/print/'));
