import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../../i18n/languages';
import { checkIntegrity } from './content-integrity';
import { placedExercises } from './placed-exercises';
import { linkedTerms } from './linked-terms';
import { splitLocalisedId, splitModuleKey } from './entry-id';
import type { QuizData } from '../../schemas/quiz';

/**
 * The one place pages read content from. It loads every collection once, checks that translations and references
 * hold (failing the build with every problem listed), and hands pages plain, sorted, per-language views.
 */
export interface Course {
  lang: Lang;
  slug: string;
  data: CollectionEntry<'courses'>['data'];
}
export interface Module {
  lang: Lang;
  course: string;
  slug: string;
  /** "course/module": the id the record, quizzes, paths and search use for this module in every language. */
  key: string;
  /** "1.2": course order and module order. */
  number: string;
  entry: CollectionEntry<'modules'>;
  data: CollectionEntry<'modules'>['data'];
  /** The module's quiz, from content/quizzes/{lang}/{course}/{module}.yaml, if it has one. */
  quiz?: QuizData;
}
export interface Term {
  lang: Lang;
  slug: string;
  data: CollectionEntry<'glossary'>['data'];
}

export interface Catalog {
  courses: Course[];
  modules: Module[];
  glossary: Term[];
}

let loading: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  loading ??= build();
  return loading;
}

const fileOf = (entry: { filePath?: string; id: string }) => entry.filePath ?? entry.id;

async function build(): Promise<Catalog> {
  const [courseEntries, moduleEntries, termEntries, plan, paths, quizEntries] = await Promise.all([
    getCollection('courses'),
    getCollection('modules'),
    getCollection('glossary'),
    getCollection('plan'),
    getCollection('paths'),
    getCollection('quizzes'),
  ]);
  const quizzes = quizEntries.map((entry) => ({ ...splitLocalisedId(entry.id), file: fileOf(entry), data: entry.data }));

  const courses = courseEntries.map((entry) => {
    const { lang, key } = splitLocalisedId(entry.id);
    return { lang, slug: key, data: entry.data, file: fileOf(entry) };
  });
  const glossary = termEntries.map((entry) => {
    const { lang, key } = splitLocalisedId(entry.id);
    return { lang, slug: key, data: entry.data, file: fileOf(entry) };
  });
  const modules = moduleEntries.map((entry) => {
    const { lang, key } = splitLocalisedId(entry.id);
    const { course, module } = splitModuleKey(key);
    const courseOrder = courses.find((c) => c.slug === entry.data.course)?.data.order ?? 0;
    return {
      lang,
      course,
      slug: module,
      key,
      number: `${courseOrder}.${entry.data.order}`,
      entry,
      data: entry.data,
      file: fileOf(entry),
      quiz: quizzes.find((q) => q.lang === lang && q.key === key)?.data,
    };
  });

  const problems = checkIntegrity({
    courses: courses.map((c) => ({ lang: c.lang, key: c.slug, file: c.file })),
    modules: modules.map((m) => ({
      lang: m.lang,
      key: m.key,
      file: m.file,
      course: m.data.course,
      order: m.data.order,
      keyTerms: m.data.keyTerms,
      exercises: m.data.exercises,
      placedExercises: placedExercises(m.entry.body ?? ''),
      sources: m.data.sources,
      linkedTerms: linkedTerms(m.entry.body ?? ''),
    })),
    glossary: glossary.map((g) => ({ lang: g.lang, key: g.slug, file: g.file, seeAlso: g.data.seeAlso })),
    plan: plan.map((p) => ({ id: p.id })),
    paths: paths.map((p) => ({ key: p.id, file: fileOf(p), steps: p.data.steps })),
    quizzes,
    allowUnwrittenModules: process.env.CONTENT_DRAFTS === '1',
  });
  if (problems.length > 0) {
    throw new Error(`Content check failed (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`);
  }

  courses.sort((a, b) => a.data.order - b.data.order);
  modules.sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true }));
  return { courses, modules, glossary };
}

export async function coursesIn(lang: Lang): Promise<Course[]> {
  return (await loadCatalog()).courses.filter((c) => c.lang === lang);
}

export async function modulesOf(lang: Lang, course: string): Promise<Module[]> {
  return (await loadCatalog()).modules.filter((m) => m.lang === lang && m.course === course);
}

export async function glossaryIn(lang: Lang): Promise<Term[]> {
  const collator = new Intl.Collator(lang);
  return (await loadCatalog()).glossary
    .filter((t) => t.lang === lang)
    .sort((a, b) => collator.compare(a.data.term, b.data.term));
}

export async function findTerm(lang: Lang, slug: string): Promise<Term | undefined> {
  return (await loadCatalog()).glossary.find((t) => t.lang === lang && t.slug === slug);
}
