import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildIn, copyProject } from './project-copy.mjs';

/** The placement check refers to quiz questions by id: one that does not exist must stop the build, named. */
const copies: Array<{ remove: () => void }> = [];
afterEach(() => copies.splice(0).forEach((c) => c.remove()));

it('a placement question that no quiz has fails the build naming content/placement.yaml and the entry', () => {
  const copy = copyProject();
  copies.push(copy);
  const file = join(copy.dir, 'content/placement.yaml');
  const text = readFileSync(file, 'utf8');
  const broken = text.replace('question: line-chart-axis-start', 'question: no-such-question');
  expect(broken, 'the test could not find the question to break').not.toBe(text);
  writeFileSync(file, broken);
  const { status, output } = buildIn(copy.dir);
  expect(status, output).not.toBe(0);
  expect(output).toContain(
    'content/placement.yaml: "data-1" names question "no-such-question", which the vi quiz of "data-thinking/reading-charts" does not have.',
  );
});
