import { getCollection } from 'astro:content';
import type { Lang } from '../../i18n/languages';
import type { PlacementArea } from '../progress/progress-schema';
import type { QuizData } from '../../schemas/quiz';
import { loadCatalog, type Module } from '../content/catalog';
import { checkPlacementRefs } from './placement-references';

export const PLACEMENT_FILE = 'content/placement.yaml';

/** The placement check in one language: its questions as one test-mode quiz, and where each comes from. */
export interface PlacementCheck {
  quiz: QuizData;
  /** By question id (the placement entry's id). */
  areas: Record<string, PlacementArea>;
  sources: Record<string, Module>;
}

/**
 * Reads content/placement.yaml at build time and resolves each reference to its module's quiz question in this
 * language. A reference that does not resolve in both languages stops the build with every problem named.
 * The questions keep their text, answers and explanations; they take the entry's id, since two modules may
 * share a question id.
 */
export async function placementCheck(lang: Lang): Promise<PlacementCheck> {
  const [entries, { modules }] = await Promise.all([getCollection('placement'), loadCatalog()]);
  const refs = entries.map((e) => ({ ...e.data, id: e.id }));
  const quizzes = modules.flatMap((m) => (m.quiz ? [{ lang: m.lang, key: m.key, data: m.quiz }] : []));
  const problems = checkPlacementRefs(PLACEMENT_FILE, refs, quizzes);
  if (problems.length > 0)
    throw new Error(`Placement check failed (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`);
  const sources: Record<string, Module> = {};
  const questions = refs.map((ref) => {
    const module = modules.find((m) => m.lang === lang && m.key === ref.module)!;
    sources[ref.id] = module;
    return { ...module.quiz!.questions.find((q) => q.id === ref.question)!, id: ref.id };
  });
  return {
    // A test: answered all through, nothing said until the end (the quiz machine's test behaviour).
    quiz: { behaviour: 'test', passMark: 80, questions },
    areas: Object.fromEntries(refs.map((r) => [r.id, r.area])),
    sources,
  };
}
