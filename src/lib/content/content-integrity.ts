import { languages, type Lang } from '../../i18n/languages';
import type { QuizData } from '../../schemas/quiz';
import { compareQuizTranslations } from '../quiz/quiz-key';
import { compareExerciseTranslations } from '../exercise/exercise-key';
import { MAX_EXERCISES_PER_MODULE } from '../reports/report-schema';
import type { ExerciseData } from '../../schemas/exercise';
import type { Source } from '../../schemas/source';
import { citationConflicts } from './source-index';

/**
 * Cross-file checks that a schema alone cannot make: every translation exists, every reference resolves.
 * Pure, so it is unit-tested; the build calls it through the catalog and fails with the list of problems.
 */
export interface IntegrityInput {
  courses: Array<{ lang: Lang; key: string; file: string }>;
  modules: Array<{
    lang: Lang;
    key: string;
    file: string;
    course: string;
    order: number;
    keyTerms: string[];
    /** Declared in the frontmatter; optional so older callers and tests need not give them. */
    exercises?: ExerciseData[];
    /** The ids of the <Exercise id="…" /> elements in the body. */
    placedExercises?: string[];
    /** Optional so older callers and tests need not give them. */
    sources?: Source[];
    /** The ids of the <KeyTerm id="…"> elements in the body; optional like the two above. */
    linkedTerms?: string[];
  }>;
  glossary: Array<{ lang: Lang; key: string; file: string; seeAlso: string[] }>;
  plan: Array<{ id: string }>;
  paths: Array<{ key: string; file: string; steps: string[] }>;
  /** Optional so older callers and tests need not build quizzes. */
  quizzes?: Array<{ lang: Lang; key: string; file: string; data: QuizData }>;
  /**
   * While a course is being written module by module (CONTENT_DRAFTS=1 on an author's machine), its unwritten
   * modules are not yet a problem. Never set in CI: a published course carries every module of the plan.
   */
  allowUnwrittenModules?: boolean;
}

export function checkIntegrity(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const has = (items: Array<{ lang: Lang; key: string }>, lang: Lang, key: string) =>
    items.some((item) => item.lang === lang && item.key === key);

  // Every entry must exist in every language.
  for (const [kind, items] of [
    ['course', input.courses],
    ['module', input.modules],
    ['glossary term', input.glossary],
  ] as const) {
    for (const item of items) {
      for (const lang of languages) {
        if (!has(items, lang, item.key)) {
          problems.push(`${item.file}: the ${kind} "${item.key}" has no ${lang} translation (expected ${lang}/${item.key}).`);
        }
      }
    }
  }

  const planned = new Set(input.plan.map((p) => p.id));
  for (const mod of input.modules) {
    if (!has(input.courses, mod.lang, mod.course)) {
      problems.push(`${mod.file}: field "course" names "${mod.course}", which has no ${mod.lang} course file.`);
    }
    if (!mod.key.startsWith(`${mod.course}/`)) {
      problems.push(`${mod.file}: field "course" is "${mod.course}" but the file is in the folder of another course.`);
    }
    for (const term of mod.keyTerms) {
      if (!has(input.glossary, mod.lang, term)) {
        problems.push(`${mod.file}: field "keyTerms" names "${term}", which has no ${mod.lang} glossary entry.`);
      }
    }
    if (!planned.has(mod.key)) {
      problems.push(`${mod.file}: module "${mod.key}" is not in seeds/curriculum-plan.yaml.`);
    }
    const twin = input.modules.find((m) => m.lang !== mod.lang && m.key === mod.key);
    if (twin && twin.order !== mod.order && mod.lang === languages[0]) {
      problems.push(`${mod.file}: field "order" is ${mod.order} but ${twin.file} says ${twin.order}.`);
    }
    const clash = input.modules.find(
      (m) => m !== mod && m.lang === mod.lang && m.course === mod.course && m.order === mod.order,
    );
    if (clash && mod.file < clash.file) {
      problems.push(`${mod.file}: field "order" ${mod.order} is also used by ${clash.file}.`);
    }
  }

  // A course that is published must carry every module the plan gives it.
  for (const step of input.plan) {
    const [course] = step.id.split('/');
    for (const lang of languages) {
      if (input.allowUnwrittenModules) continue;
      if (course && has(input.courses, lang, course) && !has(input.modules, lang, step.id)) {
        problems.push(`seeds/curriculum-plan.yaml: "${step.id}" belongs to the published course "${course}" but content/modules/${lang}/${step.id}.mdx is missing.`);
      }
    }
  }

  // A key term is linked in the text at least once, where the reader meets it.
  for (const mod of input.modules) {
    if (!mod.linkedTerms) continue;
    for (const term of mod.keyTerms.filter((t) => !mod.linkedTerms!.includes(t)))
      problems.push(`${mod.file}: the key term "${term}" is never linked in the text (add <KeyTerm id="${term}">…</KeyTerm> where it is first explained).`);
  }

  for (const term of input.glossary) {
    for (const other of term.seeAlso) {
      if (!has(input.glossary, term.lang, other)) {
        problems.push(`${term.file}: field "seeAlso" names "${other}", which has no ${term.lang} glossary entry.`);
      }
    }
  }

  for (const path of input.paths) {
    for (const step of path.steps) {
      if (!planned.has(step)) {
        problems.push(`${path.file}: field "steps" names "${step}", which is not in seeds/curriculum-plan.yaml.`);
      }
    }
  }
  problems.push(...checkQuizzes(input));
  problems.push(...checkExercises(input));
  problems.push(...citationConflicts(input.modules.map((m) => ({ ...m, sources: m.sources ?? [] }))));
  return problems;
}

/** Every exercise declared is placed in its module's body and every one placed is declared; vi and en agree. */
function checkExercises(input: IntegrityInput): string[] {
  const problems: string[] = [];
  for (const mod of input.modules) {
    const declared = (mod.exercises ?? []).map((e) => e.id);
    const placed = mod.placedExercises ?? [];
    // More would be left out of the learner's report to the trainer, silently.
    if (declared.length > MAX_EXERCISES_PER_MODULE)
      problems.push(
        `${mod.file}: ${declared.length} exercises declared; a learner's report carries at most ${MAX_EXERCISES_PER_MODULE} per module.`,
      );
    for (const id of placed.filter((id) => !declared.includes(id)))
      problems.push(`${mod.file}: <Exercise id="${id}" /> names no exercise in the frontmatter's "exercises".`);
    for (const ex of (mod.exercises ?? []).filter((e) => !placed.includes(e.id)))
      problems.push(
        `${mod.file}: the exercise "${ex.id}" is declared but not placed (add ${
          // A chart critique brings its two charts as slots, which <Exercise> cannot pass.
          ex.kind === 'chart-critique'
            ? `<ChartCritique id="${ex.id}"> with its two charts`
            : `<Exercise id="${ex.id}" />`
        }).`,
      );
    if (mod.lang !== languages[0]) continue;
    for (const lang of languages.slice(1)) {
      const twin = input.modules.find((m) => m.lang === lang && m.key === mod.key);
      if (!twin) continue; // reported above as a missing translation
      for (const problem of compareExerciseTranslations(mod.exercises ?? [], twin.exercises ?? [], {
        a: mod.file,
        b: twin.file,
      }))
        problems.push(`${mod.file}: ${problem}.`);
    }
  }
  return problems;
}

/** A quiz belongs to a module, exists in every language, and has the same answer key in each. */
function checkQuizzes(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const quizzes = input.quizzes ?? [];
  for (const quiz of quizzes) {
    if (!input.modules.some((m) => m.lang === quiz.lang && m.key === quiz.key)) {
      problems.push(`${quiz.file}: there is no module ${quiz.lang}/${quiz.key} for this quiz.`);
    }
    for (const lang of languages) {
      if (lang === quiz.lang) continue;
      const twin = quizzes.find((q) => q.lang === lang && q.key === quiz.key);
      if (!twin) {
        problems.push(`${quiz.file}: the quiz "${quiz.key}" has no ${lang} translation (expected content/quizzes/${lang}/${quiz.key}.yaml).`);
      } else if (quiz.lang === languages[0]) {
        for (const problem of compareQuizTranslations(quiz.data, twin.data, { a: quiz.file, b: twin.file })) {
          problems.push(`${quiz.file}: quiz "${quiz.key}": ${problem}.`);
        }
      }
    }
  }
  return problems;
}
