import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkPlacementRefs, type PlacementRef } from '../../../src/lib/placement/placement-references';
import { placementQuestionSchema } from '../../../src/schemas/placement';
import { quizSchema, type QuizData } from '../../../src/schemas/quiz';
import type { Lang } from '../../../src/i18n/languages';

const FILE = 'content/placement.yaml';
const refs: PlacementRef[] = YAML.parse(readFileSync(FILE, 'utf8')).map((r: unknown) =>
  placementQuestionSchema.parse(r),
);
const quizzes = refs.flatMap((ref) =>
  (['vi', 'en'] as Lang[]).map((lang) => ({
    lang,
    key: ref.module,
    data: quizSchema.parse(YAML.parse(readFileSync(`content/quizzes/${lang}/${ref.module}.yaml`, 'utf8'))) as QuizData,
  })),
);

describe('the placement file', () => {
  it('as written: every reference resolves in both languages, 2–3 questions an area, 8–10 in all', () => {
    expect(checkPlacementRefs(FILE, refs, quizzes)).toEqual([]);
  });

  it('names the entry whose question a language lacks, or whose module has no quiz', () => {
    const enLacks = quizzes.map((q) =>
      q.lang === 'en' && q.key === refs[0]!.module
        ? { ...q, data: { ...q.data, questions: q.data.questions.filter((x) => x.id !== refs[0]!.question) } }
        : q,
    );
    expect(checkPlacementRefs(FILE, refs, enLacks)).toContain(
      `${FILE}: "${refs[0]!.id}" names question "${refs[0]!.question}", which the en quiz of "${refs[0]!.module}" does not have.`,
    );
    const noModule = [{ ...refs[0]!, module: 'data-thinking/no-such-module' }, ...refs.slice(1)];
    expect(checkPlacementRefs(FILE, noModule, quizzes)).toEqual(
      expect.arrayContaining([
        `${FILE}: "${refs[0]!.id}" names module "data-thinking/no-such-module", which has no vi quiz.`,
        `${FILE}: "${refs[0]!.id}" names module "data-thinking/no-such-module", which has no en quiz.`,
      ]),
    );
  });

  it('refuses a question asked twice and an area with too few or too many questions', () => {
    const twice = [...refs, { ...refs[0]!, id: 'again' }];
    expect(checkPlacementRefs(FILE, twice, quizzes)).toContain(
      `${FILE}: "again" asks "${refs[0]!.module}#${refs[0]!.question}" a second time.`,
    );
    const oneRisk = refs.filter((r) => r.area !== 'risk').concat(refs.find((r) => r.area === 'risk')!);
    expect(checkPlacementRefs(FILE, oneRisk, quizzes)).toContain(
      `${FILE}: area "risk" has 1 questions; each area needs 2–3.`,
    );
    expect(checkPlacementRefs(FILE, refs.slice(0, 7), quizzes).join('\n')).toContain(
      '7 questions; the check asks 8–10.',
    );
  });
});
