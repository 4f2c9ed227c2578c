import { describe, expect, it } from 'vitest';
import { riskMatrixSchema } from '../../../../src/schemas/exercise/risk-matrix';
import { sampleRiskMatrix } from './risk-fixture';

const valid = () => JSON.parse(JSON.stringify(sampleRiskMatrix()));
const problems = (value: unknown) => {
  const result = riskMatrixSchema.safeParse(value);
  return result.success ? '' : JSON.stringify(result.error.issues);
};

describe('risk matrix declaration', () => {
  it('accepts a full declaration and fills a tolerance of 1 where the author gives none', () => {
    expect(problems(valid())).toBe('');
    expect(sampleRiskMatrix().risks[0]!.tolerance).toBe(1);
  });

  it('asks for four to six risks', () => {
    const three = valid();
    three.risks = three.risks.slice(0, 3);
    expect(problems(three)).toMatch(/four to six risks/);
    const seven = valid();
    seven.risks = [...seven.risks, ...seven.risks.slice(0, 3)].map((r: object, i: number) => ({ ...r, id: `r${i}` }));
    expect(problems(seven)).toMatch(/four to six risks/);
  });

  it('names a level outside 1–5, a tolerance outside 0–2, and a missing explanation', () => {
    const bad = valid();
    bad.risks[0].likelihood = 6;
    bad.risks[1].tolerance = 3;
    delete bad.risks[2].explanation;
    const message = problems(bad);
    expect(message).toMatch(/levels run from 1 to 5/);
    expect(message).toMatch(/tolerance runs from 0 to 2/);
    expect(message).toMatch(/"explanation"/);
  });

  it('names an unknown treatment, none at all, two risks with one id, and a scale without five levels', () => {
    const bad = valid();
    bad.risks[0].treatments = ['transfer'];
    bad.risks[1].treatments = [];
    bad.risks[3].id = bad.risks[2].id;
    bad.scales.impact = bad.scales.impact.slice(0, 4);
    const message = problems(bad);
    expect(message).toMatch(/transfer|avoid/);
    expect(message).toMatch(/at least one accepted treatment/);
    expect(message).toMatch(/exactly five levels/);
    const twins = valid();
    twins.risks[3].id = twins.risks[2].id;
    expect(problems(twins)).toMatch(/two risks have the same id/);
  });

  it('refuses a field it does not know, so a misspelt key is named', () => {
    const bad = valid();
    bad.risks[0].treatment = 'reduce';
    expect(problems(bad)).toMatch(/treatment/);
  });
});
