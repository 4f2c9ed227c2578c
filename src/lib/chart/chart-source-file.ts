/**
 * Which MDX file a chart comes from, for the build error an author reads. A component sees only the page it is
 * rendered on: a module page names its file (/vi/courses/data-thinking/reading-charts/ is
 * content/modules/vi/data-thinking/reading-charts.mdx); elsewhere (a course's print view holds every module) the
 * files are those among the candidates whose text has a <Chart> reading that CSV.
 */
const MODULE_PAGE = /^(?:.*\/)?(vi|en)\/courses\/([^/]+)\/([^/]+)\/$/;

export function chartSourceFiles(pathname: string, csvFile: string, candidates: Record<string, string> = {}): string[] {
  const page = MODULE_PAGE.exec(pathname);
  if (page && page[3] !== 'print') return [`content/modules/${page[1]}/${page[2]}/${page[3]}.mdx`];
  const uses = new RegExp(`<Chart\\b[^>]*\\bfile="${csvFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`);
  // A course's print view holds that course's modules in its language: only those can be the file.
  const folder = page ? `content/modules/${page[1]}/${page[2]}/` : '';
  const found = Object.entries(candidates)
    .filter(([path, text]) => path.replace(/^\//, '').startsWith(folder) && uses.test(text))
    .map(([path]) => path.replace(/^\//, ''));
  return found.length > 0 ? found : [`the page ${pathname}`];
}
