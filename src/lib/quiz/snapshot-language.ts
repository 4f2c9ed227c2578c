import { locales, type Lang } from '../../i18n/languages';
import type { QuizData } from '../../schemas/quiz';
import { parseTypedNumber, type Answer } from './quiz-scoring';

/**
 * A saved snapshot (already checked by snapshotFits) made ready for this page: the page's own quiz and language in
 * place of those it was saved with, so a learner who switched language reads the questions in the new one and
 * keeps every answer (answers are ids). A typed number is rewritten in the new language's way, because "1.250"
 * is one thousand two hundred and fifty in Vietnamese but one and a quarter in English.
 */
export function snapshotForPage<S extends { context: unknown }>(snapshot: S, quiz: QuizData, lang: Lang): S {
  const context = snapshot.context as { lang: Lang; answers: Record<string, Answer> };
  const answers = Object.fromEntries(
    Object.entries(context.answers).map(([id, answer]) => [id, retype(answer, context.lang, lang)]),
  );
  return { ...snapshot, context: { ...context, quiz, lang, answers } };
}

function retype(answer: Answer, from: Lang, to: Lang): Answer {
  if (answer.type !== 'numeric' || from === to) return answer;
  const value = parseTypedNumber(answer.text, from);
  if (value === undefined) return answer; // not a number in either language: shown as typed, and said so
  const text = new Intl.NumberFormat(locales[to], { useGrouping: false, maximumFractionDigits: 20 }).format(value);
  return { type: 'numeric', text };
}
