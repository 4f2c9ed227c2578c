import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/** The parts of the project a build reads. node_modules is linked, not copied. */
const PARTS = ['src', 'content', 'seeds', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A throw-away copy of the project, so a test (or an author) can break content and build it without touching
 * the real tree or a build running there.
 * @returns {{ dir: string, remove: () => void }}
 */
export function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'cdl-build-'));
  for (const part of PARTS) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** @returns {{ status: number | null, output: string }} */
export function buildIn(dir) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
