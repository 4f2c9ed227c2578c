/**
 * Which built files a SCORM package needs, and how their site-absolute URLs become relative ones. The site is built
 * for the package under a placeholder folder (LMS_BASE): an LMS serves a package from a folder of its own choosing
 * (Moodle: /pluginfile.php/…/content/1/), so no absolute path can be right there, while a relative one always is.
 * No imports, so the export script runs it with Node's own type stripping.
 */
export const LMS_BASE = '/cdl-scorm-package/';

/** Site-absolute references under the placeholder in an HTML page, a stylesheet or a script. */
const REFERENCE = new RegExp(`${escapeRegExp(LMS_BASE)}([^"'\\s)?#]*)`, 'g');

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The package paths a text refers to under the placeholder base ("_astro/quiz.js", "vi/glossary/"). */
export function referencedPaths(text: string): string[] {
  return [...new Set([...text.matchAll(REFERENCE)].map((m) => decodeURI(m[1]!)))];
}

/** The chunks a built script imports by relative path ("./progress.js"), resolved against its own path. */
export function importedChunks(scriptPath: string, code: string): string[] {
  const folder = scriptPath.split('/').slice(0, -1);
  const found = new Set<string>();
  // Static imports ("./x.js"), and dynamic ones, which the minifier writes with backquotes (import(`./x.js`)).
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    const parts = [...folder];
    for (const part of match[1]!.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    found.add(parts.join('/'));
  }
  return [...found];
}

/** The "../" that leads from a file at `path` (package-relative) back to the package root. */
export const toRoot = (path: string) => '../'.repeat(path.split('/').length - 1);

/**
 * The text with every placeholder reference made relative to `fromPath`, the file's own place in the package for
 * HTML and CSS; a script's URLs resolve against the page that runs it, so scripts are rewritten for the pages'
 * depth (every SCO page is a module page, all at the same depth). A reference to a page not in the package
 * (the glossary, search) goes to the public site when one is given, else to nothing but its own fragment, if any.
 */
export function relativise(
  text: string,
  fromPath: string,
  inPackage: (path: string) => boolean,
  publicSite?: string,
): string {
  const up = toRoot(fromPath);
  return text.replace(REFERENCE, (_whole, rest: string) => {
    const path = decodeURI(rest);
    if (path === '' || inPackage(path) || inPackage(`${path}index.html`)) return `${up}${rest}`;
    return publicSite ? `${publicSite.replace(/\/$/, '')}/${rest}` : '';
  });
}
