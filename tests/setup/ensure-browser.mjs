// Makes sure a Chromium exists before the end-to-end tests: installs Debian's with apt-get when it is missing and
// we are root (a fresh machine, CI), and otherwise says plainly what to do.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumExecutable, SYSTEM_CHROMIUM } from './browser.mjs';

const wanted = chromiumExecutable();
if (wanted === undefined || existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (wanted === SYSTEM_CHROMIUM && isRoot && hasApt) {
  console.log("Chromium is missing: installing Debian's chromium with apt-get (one time)…");
  const run = (args) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (
    run(['update', '-qq']).status === 0 &&
    run(['install', '-y', '-qq', 'chromium']).status === 0 &&
    existsSync(SYSTEM_CHROMIUM)
  ) {
    process.exit(0);
  }
}
console.error(
  [
    `No Chromium found at ${wanted}. The end-to-end tests need one of:`,
    '  - Debian/Ubuntu: sudo apt-get install chromium',
    '  - anywhere Playwright can download: npx playwright install chromium',
    '  - any Chromium: CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);
