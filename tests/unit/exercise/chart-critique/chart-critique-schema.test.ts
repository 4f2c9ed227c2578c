import { describe, expect, it } from 'vitest';
import { exercisesSchema } from '../../../../src/schemas/exercise';
import { chartCritiqueKey } from '../../../../src/lib/exercise/chart-critique/answer-key';
import { compareExerciseTranslations } from '../../../../src/lib/exercise/exercise-key';
import { critique, critiqueDeclaration } from './critique-fixture';

const problems = (overrides: Record<string, unknown>) => {
  const parsed = exercisesSchema.safeParse([critiqueDeclaration(overrides)]);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const options = () => critiqueDeclaration().options;

describe('a chart critique as declared', () => {
  it('accepts a declaration with its scenario and explained options', () => {
    expect(problems({})).toEqual([]);
  });

  it('names an option without an explanation, or explained in a word', () => {
    const [first, ...rest] = options();
    const { explanation: _gone, ...unexplained } = first!;
    expect(problems({ options: [unexplained, ...rest] }).join('\n')).toMatch(
      /options\.0\.explanation: every option needs an explanation/,
    );
    expect(problems({ options: [{ ...first!, explanation: 'Axis.' }, ...rest] }).join('\n')).toMatch(
      /options\.0\.explanation: an explanation must say why/,
    );
  });

  it('refuses a critique where nothing misleads, or everything does', () => {
    const none = options().map((o) => ({ ...o, misleads: false }));
    expect(problems({ options: none }).join('\n')).toMatch(/options: no option has misleads: true/);
    const all = options().map((o) => ({ ...o, misleads: true }));
    expect(problems({ options: all }).join('\n')).toMatch(/options: every option has misleads: true/);
  });

  it('refuses two options with one id, an option without misleads, and fields it does not know', () => {
    const [first, second, ...rest] = options();
    expect(problems({ options: [first, { ...second!, id: first!.id }, ...rest] }).join('\n')).toMatch(
      /options: two options have the same id/,
    );
    const { misleads: _gone, ...undecided } = first!;
    expect(problems({ options: [undecided, second, ...rest] }).join('\n')).toMatch(
      /options\.0\.misleads: say whether this option misleads/,
    );
    expect(problems({ chart: 'x.svg' }).join('\n')).toMatch(/chart/);
    expect(problems({ scenario: undefined }).join('\n')).toMatch(/scenario/);
  });
});

describe('the chart critique answer key', () => {
  const names = { a: 'vi/m.mdx', b: 'en/m.mdx' };

  it('is the options ids and verdicts only, so translated texts agree', () => {
    const vi = critique();
    const en = critique({
      title: 'Điều gì gây hiểu nhầm?',
      scenario: 'Báo cáo của Sở Y tế tỉnh.',
      options: options().map((o) => ({ ...o, label: `${o.label} (vi)`, explanation: `${o.explanation} (vi)` })),
    });
    expect(chartCritiqueKey(vi)).toEqual(chartCritiqueKey(en));
    expect(compareExerciseTranslations([vi], [en], names)).toEqual([]);
  });

  it('tells vi and en apart when an option misleads in one and not the other, or an id differs', () => {
    const vi = critique();
    const flipped = critique({ options: options().map((o) => (o.id === 'dual-axis' ? { ...o, misleads: true } : o)) });
    expect(compareExerciseTranslations([vi], [flipped], names).join('\n')).toMatch(
      /exercise "vaccination-chart" has answer key .*"dual-axis","misleads":false.* in vi\/m.mdx but .*"dual-axis","misleads":true/,
    );
    const renamed = critique({ options: options().map((o) => (o.id === 'totals' ? { ...o, id: 'counts' } : o)) });
    expect(compareExerciseTranslations([vi], [renamed], names)).toHaveLength(1);
  });
});
