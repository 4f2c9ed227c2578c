import { describe, expect, it } from 'vitest';
import { checkIntegrity, type IntegrityInput } from '../../../src/lib/content/content-integrity';
import type { RiskMatrixExercise } from '../../../src/schemas/exercise/risk-matrix';
import { sampleRiskMatrix } from '../exercise/risk-matrix/risk-fixture';

/** One module in both languages carrying a risk matrix, placed in its body; `en` may differ from `vi`. */
function catalogue(vi: RiskMatrixExercise, en: RiskMatrixExercise): IntegrityInput {
  const module = (lang: 'vi' | 'en', exercise: RiskMatrixExercise) => ({
    lang,
    key: 'data-thinking/m1',
    file: `content/modules/${lang}/data-thinking/m1.mdx`,
    course: 'data-thinking',
    order: 1,
    keyTerms: [],
    exercises: [exercise],
    placedExercises: [exercise.id],
  });
  return {
    courses: (['vi', 'en'] as const).map((lang) => ({ lang, key: 'data-thinking', file: `content/courses/${lang}/data-thinking.yaml` })),
    modules: [module('vi', vi), module('en', en)],
    glossary: [],
    plan: [{ id: 'data-thinking/m1' }],
    paths: [],
  };
}

/** The English twin: every text in other words, the answer key the same. */
function translated(overrides: (risks: RiskMatrixExercise['risks']) => void = () => {}): RiskMatrixExercise {
  const en = sampleRiskMatrix();
  en.title = 'Another title';
  en.scenario = 'The same situation, told in the other language, at some length.';
  for (const risk of en.risks) {
    risk.text = `Said otherwise: ${risk.text}`;
    risk.explanation = `Explained otherwise: ${risk.explanation}`;
  }
  overrides(en.risks);
  return en;
}

describe('risk matrix translations', () => {
  it('accept vi and en that differ only in their texts, and treatments listed in another order', () => {
    const en = translated((risks) => risks[2]!.treatments.reverse());
    expect(checkIntegrity(catalogue(sampleRiskMatrix(), en))).toEqual([]);
  });

  it('fail the build, naming the file, when a reference place, tolerance, treatment or risk differs', () => {
    const changes: Array<(risks: RiskMatrixExercise['risks']) => void> = [
      (risks) => (risks[0]!.impact = 4),
      (risks) => (risks[0]!.likelihood = 5),
      (risks) => (risks[1]!.tolerance = 1),
      (risks) => (risks[3]!.treatments = ['reduce']),
      (risks) => (risks[3]!.id = 'monthly-wobble'),
      (risks) => risks.reverse(),
    ];
    for (const change of changes) {
      const problems = checkIntegrity(catalogue(sampleRiskMatrix(), translated(change)));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^content\/modules\/vi\/data-thinking\/m1\.mdx: exercise "ward-risks" has answer key/);
      expect(problems[0]).toMatch(/content\/modules\/en\/data-thinking\/m1\.mdx/);
    }
  });
});
