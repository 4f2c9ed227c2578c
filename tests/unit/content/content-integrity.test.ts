import { describe, expect, it } from 'vitest';
import { linkedTerms } from '../../../src/lib/content/linked-terms';
import { checkIntegrity, type IntegrityInput } from '../../../src/lib/content/content-integrity';
import { critique } from '../exercise/chart-critique/critique-fixture';

/** A small, consistent catalogue: one course, two modules, two terms, in both languages. */
function clean(): IntegrityInput {
  const both = <T extends object>(make: (lang: 'vi' | 'en') => T) => [make('vi'), make('en')];
  return {
    courses: both((lang) => ({ lang, key: 'data-thinking', file: `content/courses/${lang}/data-thinking.yaml` })),
    modules: [1, 2].flatMap((order) =>
      both((lang) => ({
        lang,
        key: `data-thinking/m${order}`,
        file: `content/modules/${lang}/data-thinking/m${order}.mdx`,
        course: 'data-thinking',
        order,
        keyTerms: ['metadata'],
      })),
    ),
    glossary: ['metadata', 'variable'].flatMap((key) =>
      both((lang) => ({ lang, key, file: `content/glossary/${lang}/${key}.yaml`, seeAlso: key === 'metadata' ? ['variable'] : [] })),
    ),
    plan: [{ id: 'data-thinking/m1' }, { id: 'data-thinking/m2' }, { id: 'risk/r1' }],
    paths: [{ key: 'essentials', file: 'seeds/paths/essentials.yaml', steps: ['data-thinking/m1', 'risk/r1'] }],
  };
}

const quizData = (answer: boolean) => ({
  behaviour: 'practice' as const,
  passMark: 80,
  questions: [{ id: 'q1', type: 'true-false' as const, prompt: 'Is it?', answer, explanation: 'Because it is so.' }],
});

describe('content integrity', () => {
  it('names a quiz whose translation is missing, whose module is missing, or whose answers differ', () => {
    const input = clean();
    input.quizzes = [
      { lang: 'vi', key: 'data-thinking/m1', file: 'content/quizzes/vi/data-thinking/m1.yaml', data: quizData(true) },
      { lang: 'en', key: 'data-thinking/m1', file: 'content/quizzes/en/data-thinking/m1.yaml', data: quizData(false) },
      { lang: 'vi', key: 'data-thinking/m9', file: 'content/quizzes/vi/data-thinking/m9.yaml', data: quizData(true) },
    ];
    const problems = checkIntegrity(input);
    expect(problems).toContain('content/quizzes/vi/data-thinking/m9.yaml: there is no module vi/data-thinking/m9 for this quiz.');
    expect(problems).toContain(
      'content/quizzes/vi/data-thinking/m9.yaml: the quiz "data-thinking/m9" has no en translation (expected content/quizzes/en/data-thinking/m9.yaml).',
    );
    expect(problems.join('\n')).toMatch(/m1.yaml: quiz "data-thinking\/m1": question "q1" has answer key "true-false: true" in .* but "true-false: false"/);
    input.quizzes = input.quizzes.slice(0, 1).concat({ ...input.quizzes[0]!, lang: 'en', file: 'en.yaml' });
    expect(checkIntegrity(input)).toEqual([]);
  });

  it('accepts a consistent catalogue, including path steps to planned modules', () => {
    expect(checkIntegrity(clean())).toEqual([]);
  });

  it('names the file whose translation is missing', () => {
    const input = clean();
    input.modules = input.modules.filter((m) => !(m.lang === 'en' && m.key === 'data-thinking/m2'));
    expect(checkIntegrity(input)).toContain(
      'content/modules/vi/data-thinking/m2.mdx: the module "data-thinking/m2" has no en translation (expected en/data-thinking/m2).',
    );
    input.glossary = input.glossary.filter((g) => !(g.lang === 'vi' && g.key === 'variable'));
    expect(checkIntegrity(input).join('\n')).toMatch(/content\/glossary\/en\/variable.yaml: the glossary term "variable" has no vi translation/);
  });

  it('names the file and field of a dangling reference', () => {
    const input = clean();
    input.modules[0]!.keyTerms = ['metadata', 'no-such-term'];
    input.modules[1]!.course = 'no-such-course';
    input.glossary[0]!.seeAlso = ['ghost'];
    input.paths[0]!.steps.push('data-thinking/unknown');
    const problems = checkIntegrity(input).join('\n');
    expect(problems).toMatch(/m1.mdx: field "keyTerms" names "no-such-term"/);
    expect(problems).toMatch(/en\/data-thinking\/m1.mdx: field "course" names "no-such-course"/);
    expect(problems).toMatch(/vi\/metadata.yaml: field "seeAlso" names "ghost"/);
    expect(problems).toMatch(/seeds\/paths\/essentials.yaml: field "steps" names "data-thinking\/unknown"/);
  });

  it('requires every written module to be planned and every planned module of a published course to be written', () => {
    const input = clean();
    input.plan = [{ id: 'data-thinking/m1' }, { id: 'data-thinking/m3' }, { id: 'risk/r1' }];
    const problems = checkIntegrity(input).join('\n');
    expect(problems).toMatch(/m2.mdx: module "data-thinking\/m2" is not in seeds\/curriculum-plan.yaml/);
    expect(problems).toMatch(/"data-thinking\/m3" belongs to the published course "data-thinking" but content\/modules\/vi\/data-thinking\/m3.mdx is missing/);
  });

  it('lets an author build a course being written module by module, and still names unplanned modules', () => {
    const input = { ...clean(), allowUnwrittenModules: true };
    input.plan = [{ id: 'data-thinking/m1' }, { id: 'data-thinking/m3' }];
    const problems = checkIntegrity(input).join('\n');
    expect(problems).not.toMatch(/m3.mdx is missing/);
    expect(problems).toMatch(/m2.mdx: module "data-thinking\/m2" is not in seeds\/curriculum-plan.yaml/);
  });

  it('names a key term the text never links, and reads <KeyTerm> elements from the body', () => {
    const input = clean();
    const vi = input.modules.find((m) => m.lang === 'vi')!;
    vi.linkedTerms = linkedTerms(
      `Một <KeyTerm id="${vi.keyTerms[0]}">thuật ngữ</KeyTerm> và <KeyTerm id="other" >khác</KeyTerm>.`,
    );
    vi.keyTerms = [vi.keyTerms[0]!, 'never-linked'];
    const problems = checkIntegrity(input).join('\n');
    expect(problems).toMatch(new RegExp(`${vi.file}: the key term "never-linked" is never linked in the text`));
    expect(problems).not.toMatch(new RegExp(`key term "${vi.keyTerms[0]}" is never linked`));
  });

  it('catches translations that disagree on order, and two modules with one place', () => {
    const input = clean();
    input.modules.find((m) => m.lang === 'en' && m.key === 'data-thinking/m2')!.order = 1;
    const problems = checkIntegrity(input).join('\n');
    expect(problems).toMatch(/vi\/data-thinking\/m2.mdx: field "order" is 2 but content\/modules\/en\/data-thinking\/m2.mdx says 1/);
    expect(problems).toMatch(/en\/data-thinking\/m1.mdx: field "order" 1 is also used by content\/modules\/en\/data-thinking\/m2.mdx/);
  });

  it('holds placed exercises, declared exercises and their vi/en answer keys to each other', () => {
    const input = clean();
    const exercise = (passMark: number) => critique({ id: 'inspect-list', passMark });
    const [vi, en] = input.modules.filter((m) => m.key === 'data-thinking/m1');
    Object.assign(vi!, { exercises: [exercise(70)], placedExercises: ['inspect-list', 'ghost'] });
    Object.assign(en!, { exercises: [exercise(80)], placedExercises: [] });
    const problems = checkIntegrity(input).join('\n');
    expect(problems).toMatch(/vi\/data-thinking\/m1.mdx: <Exercise id="ghost" \/> names no exercise/);
    expect(problems).toMatch(/en\/data-thinking\/m1.mdx: the exercise "inspect-list" is declared but not placed/);
    expect(problems).toMatch(/vi\/data-thinking\/m1.mdx: exercise "inspect-list" has answer key .*"passMark":70.* in .*"passMark":80/);

    Object.assign(vi!, { placedExercises: ['inspect-list'] });
    Object.assign(en!, { exercises: [exercise(70)], placedExercises: ['inspect-list'] });
    expect(checkIntegrity(input)).toEqual([]);
    Object.assign(en!, { exercises: [] });
    expect(checkIntegrity(input).join('\n')).toMatch(/exercise "inspect-list" is in content\/modules\/vi\/data-thinking\/m1.mdx but not in content\/modules\/en/);
  });

  it('refuses more exercises in a module than a learner’s report can carry to the trainer', () => {
    const input = clean();
    const ids = ['e1', 'e2', 'e3', 'e4'];
    for (const mod of input.modules.filter((m) => m.key === 'data-thinking/m1'))
      Object.assign(mod, { exercises: ids.map((id) => critique({ id })), placedExercises: ids });
    expect(checkIntegrity(input).join('\n')).toMatch(
      /vi\/data-thinking\/m1.mdx: 4 exercises declared; a learner's report carries at most 3 per module/,
    );
    for (const mod of input.modules) if (mod.exercises) Object.assign(mod, { exercises: mod.exercises.slice(0, 3), placedExercises: ids.slice(0, 3) });
    expect(checkIntegrity(input)).toEqual([]);
  });
});
