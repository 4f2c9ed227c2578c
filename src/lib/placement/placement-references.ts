import { languages, type Lang } from '../../i18n/languages';
import { PLACEMENT_AREAS } from '../progress/progress-schema';
import type { QuizData } from '../../schemas/quiz';

/** How many diagnostic questions the check asks, in all and per area (issue 17). */
export const PLACEMENT_TOTAL = { min: 8, max: 10 } as const;
export const PLACEMENT_PER_AREA = { min: 2, max: 3 } as const;

export interface PlacementRef {
  id: string;
  area: string;
  module: string;
  question: string;
}

/**
 * What is wrong with the placement file's references, each problem naming the file and the entry: a module
 * without a quiz or a question missing in a language, the same question twice, or too few or too many
 * questions in all or in an area. Pure, so it is unit-tested; the start page's build throws the list.
 */
export function checkPlacementRefs(
  file: string,
  refs: readonly PlacementRef[],
  quizzes: ReadonlyArray<{ lang: Lang; key: string; data: QuizData }>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    for (const lang of languages) {
      const quiz = quizzes.find((q) => q.lang === lang && q.key === ref.module);
      if (!quiz) problems.push(`${file}: "${ref.id}" names module "${ref.module}", which has no ${lang} quiz.`);
      else if (!quiz.data.questions.some((q) => q.id === ref.question))
        problems.push(
          `${file}: "${ref.id}" names question "${ref.question}", which the ${lang} quiz of "${ref.module}" does not have.`,
        );
    }
    const target = `${ref.module}#${ref.question}`;
    if (seen.has(target)) problems.push(`${file}: "${ref.id}" asks "${target}" a second time.`);
    seen.add(target);
  }
  if (refs.length < PLACEMENT_TOTAL.min || refs.length > PLACEMENT_TOTAL.max)
    problems.push(`${file}: ${refs.length} questions; the check asks ${PLACEMENT_TOTAL.min}–${PLACEMENT_TOTAL.max}.`);
  for (const area of PLACEMENT_AREAS) {
    const count = refs.filter((r) => r.area === area).length;
    if (count < PLACEMENT_PER_AREA.min || count > PLACEMENT_PER_AREA.max)
      problems.push(
        `${file}: area "${area}" has ${count} questions; each area needs ${PLACEMENT_PER_AREA.min}–${PLACEMENT_PER_AREA.max}.`,
      );
  }
  return problems;
}
