import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// What the curriculum holds as the specs run, read from the files, so a spec need not be edited as modules are
// written: the plan's modules, a role path's steps, and which of them are written (in content/modules/vi).
const ROOT = join(import.meta.dirname, '../..');
const keys = (file: string, pattern: RegExp) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(pattern)].map((m) => m[1]!);

export const plannedModules = () => keys('seeds/curriculum-plan.yaml', /^- id: (\S+)$/gm);
export const pathSteps = (path: string) => keys(`seeds/paths/${path}.yaml`, /^\s*- ([a-z0-9-]+\/[a-z0-9-]+)\s*$/gm);
export const written = (modules: string[]) =>
  modules.filter((key) => existsSync(join(ROOT, 'content/modules/vi', `${key}.mdx`)));
