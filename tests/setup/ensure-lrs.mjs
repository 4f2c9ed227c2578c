// Installs the test LRS (tests/lrs, its own package.json and lock) before the end-to-end tests when it is missing
// or not the version its lock names. It has its own folder so the site's own install stays small; this step runs
// once on a fresh clone or CI machine and is a no-op after.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const lrsDir = join(import.meta.dirname, '..', 'lrs');
const PACKAGE = '@learninglocker/xapi-statements';

const versionIn = (file, pick) => {
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
};
const wanted = versionIn(join(lrsDir, 'package-lock.json'), (lock) => lock.packages[`node_modules/${PACKAGE}`].version);
const installed = versionIn(join(lrsDir, 'node_modules', PACKAGE, 'package.json'), (manifest) => manifest.version);
if (wanted !== undefined && installed === wanted) process.exit(0);

console.log(`The test LRS (${PACKAGE} ${wanted}) is not installed: installing it into tests/lrs (one time)…`);
// npm runs on the Node that runs this file (the pinned 24), not on whatever `node` comes first on PATH.
const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
};
const npm = (args) => spawnSync('npm', [...args, '--no-audit', '--no-fund'], { cwd: lrsDir, env, encoding: 'utf8' });

let result = npm(['ci']);
// As .ci/run does for the site: npm ci refuses a lock lacking optional platform packages this registry does not
// serve; npm install from the same lock keeps its versions and skips those.
if (
  result.status !== 0 &&
  /can only install packages when your package\.json and package-lock\.json/.test(result.stderr)
) {
  console.log('npm ci refused the lock file over optional platform packages; installing with npm install instead.');
  result = npm(['install', '--no-save']);
}
if (result.status !== 0 || !existsSync(join(lrsDir, 'node_modules', PACKAGE))) {
  console.error(result.stdout, result.stderr);
  console.error(`Could not install the test LRS. Try by hand: cd tests/lrs && npm ci`);
  process.exit(1);
}
