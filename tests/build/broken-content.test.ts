import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIn, copyProject } from './project-copy.mjs';

/**
 * Authors will break content; the build must stop and say which file and which field. Each case builds a
 * throw-away copy of the real project with one thing broken.
 */
const copies: Array<{ remove: () => void }> = [];
afterEach(() => copies.splice(0).forEach((c) => c.remove()));

function brokenCopy(breakIt: (dir: string) => void): string {
  const copy = copyProject();
  copies.push(copy);
  breakIt(copy.dir);
  const { status, output } = buildIn(copy.dir);
  expect(status, output).not.toBe(0);
  return output;
}

const MODULE = 'content/modules/en/data-thinking/data-quality.mdx';

describe('a broken content change fails the build with a message naming the file', () => {
  it('a misspelt frontmatter field', () => {
    const output = brokenCopy((dir) => {
      const file = join(dir, MODULE);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^minutes:/m, 'minuts:'));
    });
    expect(output).toContain('en/data-thinking/data-quality');
    expect(output).toMatch(/minutes.*Required|Unrecognized key: "minuts"/s);
  });

  it('a missing translation', () => {
    const output = brokenCopy((dir) => rmSync(join(dir, MODULE)));
    expect(output).toContain(
      'content/modules/vi/data-thinking/data-quality.mdx: the module "data-thinking/data-quality" has no en translation',
    );
  });

  it('a key term with no glossary entry', () => {
    const output = brokenCopy((dir) => {
      const file = join(dir, MODULE);
      const text = readFileSync(file, 'utf8');
      // Either YAML list style an author may use: [a, b] or one "- a" per line.
      const broken = text
        .replace(/^keyTerms: \[/m, 'keyTerms: [no-such-term, ')
        .replace(/^keyTerms:[ \t]*\n/m, 'keyTerms:\n  - no-such-term\n');
      expect(broken, 'the test could not find keyTerms to break').not.toBe(text);
      writeFileSync(file, broken);
    });
    expect(output).toContain(`${MODULE}: field "keyTerms" names "no-such-term"`);
  });

  it('a quiz whose English answer key differs from the Vietnamese', () => {
    const output = brokenCopy((dir) => {
      const file = join(dir, 'content/quizzes/en/data-thinking/data-quality.yaml');
      // Move the single correct answer of the first question from its first option to its second.
      const text = readFileSync(file, 'utf8');
      const broken = text
        .replace(/^ {8}correct: true\n/m, '')
        .replace(/(      - id: validity\n)/, '$1        correct: true\n');
      expect(broken, 'the test could not find the options to swap').not.toBe(text);
      writeFileSync(file, broken);
    });
    expect(output).toMatch(
      /content\/quizzes\/vi\/data-thinking\/data-quality\.yaml: quiz "data-thinking\/data-quality": question "valid-but-wrong" has answer key/,
    );
  });

  it('a chart naming a column its CSV does not have', () => {
    const output = brokenCopy((dir) => {
      const file = join(dir, 'content/modules/en/data-thinking/reading-charts.mdx');
      const text = readFileSync(file, 'utf8');
      const broken = text.replace('y="on_time_pct"', 'y="on_time"');
      expect(broken, 'the test could not find the chart to break').not.toBe(text);
      writeFileSync(file, broken);
    });
    expect(output).toContain(
      'content/modules/en/data-thinking/reading-charts.mdx: <Chart file="reading-charts-on-time.csv">: column "on_time" not in the CSV header (commune, on_time_pct)',
    );
  });
});

describe('a broken chart critique fails the build naming the module file', () => {
  const CHARTS = 'content/modules/en/data-thinking/reading-charts.mdx';

  it('an option without its explanation', () => {
    const output = brokenCopy((dir) => {
      const file = join(dir, CHARTS);
      const text = readFileSync(file, 'utf8');
      const broken = text.replace(/(      - id: no-source\n(?: {8}\w+: .*\n)*?) {8}explanation: .*\n/, '$1');
      expect(broken, 'the test could not find the option to break').not.toBe(text);
      writeFileSync(file, broken);
    });
    expect(output).toContain('en/data-thinking/reading-charts');
    expect(output).toContain('every option needs an explanation: why it misleads here, or why it does not');
  });
});

describe('a module without a quiz', () => {
  it('builds, and its page offers "mark as done" with the progress island', () => {
    const copy = copyProject();
    copies.push(copy);
    for (const lang of ['vi', 'en']) rmSync(join(copy.dir, `content/quizzes/${lang}/data-thinking/data-quality.yaml`));
    const { status, output } = buildIn(copy.dir);
    expect(status, output).toBe(0);
    const html = readFileSync(join(copy.dir, 'dist/vi/courses/data-thinking/data-quality/index.html'), 'utf8');
    expect(html).toMatch(
      /<button[^>]*data-mark-done="data-thinking\/data-quality"[^>]*>Đánh dấu đã học xong<\/button>/,
    );
    expect(html).toContain(
      '<progress-island data-on-demand="true" data-visit="data-thinking/data-quality" data-lang="vi" data-record-keys="cdl.progress cdl.progress.visits">',
    );
    expect(html).not.toContain('<quiz-island');
  });
});
