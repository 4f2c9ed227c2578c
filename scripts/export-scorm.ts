// npm run export:scorm — writes one SCORM 1.2 package per course and per role path, in each language, into
// dist-lms/ (e.g. dist-lms/data-thinking-vi.zip, dist-lms/path-essentials-en.zip), for an agency's Moodle.
// It builds the site for packaging first (under a placeholder folder, made relative in every file copied), unless
// --no-build is given. PUBLIC_SITE=https://… makes links to pages outside the package (glossary, search) go to
// the public site; without it they lead nowhere. Runs on Node 24's own type stripping (no build step).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { importedChunks, LMS_BASE, referencedPaths, relativise } from '../src/lib/scorm/package-files.ts';
import { SCORM_XSD_FILES, scormManifest, type ScormPackage } from '../src/lib/scorm/manifest.ts';

const ROOT = join(import.meta.dirname, '..');
const SITE = join(ROOT, 'dist-lms', 'site');
const OUT = join(ROOT, 'dist-lms');
const LANGS = ['vi', 'en'] as const;
type Lang = (typeof LANGS)[number];
const DEFAULT_PASS_MARK = 80;

if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npx', ['astro', 'build', '--outDir', SITE], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: `https://lms.invalid${LMS_BASE}`, LMS_PACKAGE: '1' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const plan = parse(read('seeds/curriculum-plan.yaml')) as Array<{ id: string; number: string }>;
const written = (lang: Lang, key: string) => existsSync(join(ROOT, `content/modules/${lang}/${key}.mdx`));
const frontmatter = (lang: Lang, key: string) => parse(read(`content/modules/${lang}/${key}.mdx`).split(/^---$/m)[1]!);
const passMark = (lang: Lang, key: string): number | undefined => {
  const path = `content/quizzes/${lang}/${key}.yaml`;
  if (!existsSync(join(ROOT, path))) return undefined;
  return (parse(read(path)) as { passMark?: number }).passMark ?? DEFAULT_PASS_MARK;
};
const pagePath = (lang: Lang, key: string) => `${lang}/courses/${key}/index.html`;

/** A page (not an asset): another SCO's page or a site page, which an LMS frame must not navigate into. */
const isPage = (path: string) => path === '' || path.endsWith('/') || path.endsWith('.html');

/** The assets a SCO page needs, followed through stylesheets and script imports. */
function assetsOf(page: string): Set<string> {
  const found = new Set<string>();
  const queue = referencedPaths(readFileSync(join(SITE, page), 'utf8')).filter((p) => !isPage(p));
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (found.has(path) || !existsSync(join(SITE, path)) || statSync(join(SITE, path)).isDirectory()) continue;
    found.add(path);
    if (/\.(js|css|svg)$/.test(path)) {
      const text = readFileSync(join(SITE, path), 'utf8');
      queue.push(...referencedPaths(text).filter((p) => !isPage(p)));
      if (path.endsWith('.js')) queue.push(...importedChunks(path, text));
    }
  }
  return found;
}

function packageFiles(pkg: ScormPackage): Record<string, Uint8Array> {
  const pages = new Set(pkg.scos.map((sco) => sco.href));
  const assets = new Set<string>();
  for (const page of pages) for (const asset of assetsOf(page)) assets.add(asset);
  const inPackage = (path: string) => !isPage(path) && assets.has(path);
  const sample = [...pages][0]!; // every SCO page is a module page, at the same depth: scripts resolve from there
  const files: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  for (const path of [...pages, ...assets]) {
    const bytes = readFileSync(join(SITE, path));
    if (/\.(html|css|js|svg|json)$/.test(path)) {
      const from = path.endsWith('.js') ? sample : path;
      files[path] = encoder.encode(relativise(bytes.toString('utf8'), from, inPackage, process.env.PUBLIC_SITE));
    } else files[path] = bytes;
  }
  files['imsmanifest.xml'] = encoder.encode(scormManifest({ ...pkg, sharedFiles: [...assets].sort() }));
  for (const xsd of SCORM_XSD_FILES) files[xsd] = readFileSync(join(ROOT, 'src/lib/scorm/xsd', xsd));
  return files;
}

function scosFor(lang: Lang, keys: string[]) {
  return keys
    .filter((key) => written(lang, key) && existsSync(join(SITE, pagePath(lang, key))))
    .map((key) => {
      const number = plan.find((p) => p.id === key)?.number ?? '';
      const mark = passMark(lang, key);
      return {
        key,
        title: `${number} ${frontmatter(lang, key).title}`.trim(),
        href: pagePath(lang, key),
        ...(mark === undefined ? {} : { masteryScore: mark }),
        files: [pagePath(lang, key)],
      };
    });
}

const packages: Array<{ file: string; pkg: ScormPackage }> = [];
for (const lang of LANGS) {
  for (const file of readdirSync(join(ROOT, `content/courses/${lang}`)).filter((f) => f.endsWith('.yaml'))) {
    const course = file.replace(/\.yaml$/, '');
    const keys = plan.map((p) => p.id).filter((id) => id.startsWith(`${course}/`));
    const scos = scosFor(lang, keys);
    if (scos.length === 0) continue;
    const { title } = parse(read(`content/courses/${lang}/${file}`)) as { title: string };
    packages.push({
      file: `${course}-${lang}.zip`,
      pkg: { identifier: `cdl-course-${course}-${lang}`, title, lang, scos, sharedFiles: [] },
    });
  }
  for (const file of readdirSync(join(ROOT, 'seeds/paths')).filter((f) => f.endsWith('.yaml'))) {
    const slug = file.replace(/\.yaml$/, '');
    const path = parse(read(`seeds/paths/${file}`)) as { title: Record<Lang, string>; steps: string[] };
    const scos = scosFor(lang, path.steps);
    if (scos.length === 0) continue;
    packages.push({
      file: `path-${slug}-${lang}.zip`,
      pkg: { identifier: `cdl-path-${slug}-${lang}`, title: path.title[lang], lang, scos, sharedFiles: [] },
    });
  }
}

for (const old of readdirSync(OUT).filter((f) => f.endsWith('.zip'))) rmSync(join(OUT, old));
for (const { file, pkg } of packages) {
  const zip = zipSync(packageFiles(pkg), { level: 9 });
  mkdirSync(dirname(join(OUT, file)), { recursive: true });
  writeFileSync(join(OUT, file), zip);
  console.log(
    `${file.padEnd(44)} ${String(pkg.scos.length).padStart(2)} modules ${(zip.length / 1024).toFixed(0).padStart(6)} KB`,
  );
}
