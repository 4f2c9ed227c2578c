import type { Lang } from '../../i18n/languages';
import { loadCatalog } from '../content/catalog';
import { exerciseInfosField } from '../content/exercise-infos';
import { exerciseItemLabels } from '../exercise/item-labels';
import type { ExerciseInfo } from '../progress/learning-summary';
import { urls } from '../routing/urls';

/**
 * What the trainer and path pages tell their islands about each module, in one language: enough to list, link
 * and time a path, nothing of the module's text. Built at build time, sent as the island's JSON payload.
 */
export interface PathModule {
  key: string;
  course: string;
  courseTitle: string;
  number: string;
  title: string;
  minutes: number;
  hasQuiz: boolean;
  url: string;
  courseUrl: string;
  /** The module's exercises (titles in this language), for the report's statements and completion; absent if none. */
  exercises?: ExerciseInfo[];
}

export async function pathModulesIn(lang: Lang): Promise<PathModule[]> {
  const { courses, modules } = await loadCatalog();
  return modules
    .filter((m) => m.lang === lang)
    .map((m) => ({
      key: m.key,
      course: m.course,
      courseTitle: courses.find((c) => c.lang === lang && c.slug === m.course)?.data.title ?? m.course,
      number: m.number,
      title: m.data.title,
      minutes: m.data.minutes,
      hasQuiz: m.quiz !== undefined,
      url: urls.module(lang, m.course, m.slug),
      courseUrl: urls.course(lang, m.course),
      ...exerciseInfosField(m.data.exercises),
    }));
}

/** Question prompts by "course/module#question", for the class report's "most missed" list. */
export async function questionPromptsIn(lang: Lang): Promise<Record<string, string>> {
  const { modules } = await loadCatalog();
  return Object.fromEntries(
    modules
      .filter((m) => m.lang === lang && m.quiz)
      .flatMap((m) => m.quiz!.questions.map((q) => [`${m.key}#${q.id}`, q.prompt])),
  );
}

/**
 * What each exercise's answer-key items are called, by "course/module#exercise#item", so the class view names the
 * problems the class misses most (see exerciseItemLabels).
 */
export async function exerciseItemLabelsIn(lang: Lang): Promise<Record<string, string>> {
  const { modules } = await loadCatalog();
  return Object.fromEntries(
    modules
      .filter((m) => m.lang === lang)
      .flatMap((m) =>
        (m.data.exercises ?? []).flatMap((e) =>
          Object.entries(exerciseItemLabels(e)).map(([item, label]) => [`${m.key}#${e.id}#${item}`, label]),
        ),
      ),
  );
}
