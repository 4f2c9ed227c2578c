import { describe, expect, it } from 'vitest';
import { checkIntegrity, type IntegrityInput } from '../../../src/lib/content/content-integrity';
import { critique } from '../exercise/chart-critique/critique-fixture';

/** One module in both languages, each declaring the chart critique, placed or not. */
function withCritique(en: { misleadsTotals: boolean; placed: boolean }): IntegrityInput {
  const file = (lang: string) => `content/modules/${lang}/data-thinking/m1.mdx`;
  const module = (lang: 'vi' | 'en', exercise: ReturnType<typeof critique>, placed: boolean) => ({
    lang,
    key: 'data-thinking/m1',
    file: file(lang),
    course: 'data-thinking',
    order: 1,
    keyTerms: [],
    exercises: [exercise],
    placedExercises: placed ? ['vaccination-chart'] : [],
  });
  const translated = critique({
    title: 'What misleads?',
    options: critique().options.map((o) => (o.id === 'totals' ? { ...o, misleads: en.misleadsTotals } : o)),
  });
  return {
    courses: (['vi', 'en'] as const).map((lang) => ({ lang, key: 'data-thinking', file: `${lang}.yaml` })),
    modules: [module('vi', critique(), true), module('en', translated, en.placed)],
    glossary: [],
    plan: [{ id: 'data-thinking/m1' }],
    paths: [],
  };
}

describe('a chart critique in the content check', () => {
  it('counts <ChartCritique> as placing it, and accepts translations that differ only in text', () => {
    expect(checkIntegrity(withCritique({ misleadsTotals: false, placed: true }))).toEqual([]);
  });

  it('fails when an option misleads in English but not in Vietnamese, naming the option', () => {
    expect(checkIntegrity(withCritique({ misleadsTotals: true, placed: true })).join('\n')).toMatch(
      /vi\/data-thinking\/m1.mdx: exercise "vaccination-chart" has answer key .*"totals","misleads":false.* but .*"totals","misleads":true/,
    );
  });

  it('says to place it with <ChartCritique> and its charts when it is declared but not placed', () => {
    expect(checkIntegrity(withCritique({ misleadsTotals: false, placed: false }))).toEqual([
      'content/modules/en/data-thinking/m1.mdx: the exercise "vaccination-chart" is declared but not placed (add <ChartCritique id="vaccination-chart"> with its two charts).',
    ]);
  });
});
