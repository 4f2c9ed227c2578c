import type { QuizData } from '../../schemas/quiz';
import { quizHash } from './quiz-session';

/**
 * What a saved, unfinished attempt is kept against: one fingerprint for a module's quiz in every language, so a
 * learner who switches language mid-quiz keeps the attempt (its answers are ids, the same in each translation;
 * quiz-key.ts makes the build refuse translations whose answer keys differ). It covers every translation's whole
 * content, so a real edit in any of them (a question, an option, an answer, a wording) still drops the attempt.
 * Translations are taken in a fixed order (by language code), so each language's page computes the same key.
 */
export function resumeKey(translations: ReadonlyArray<{ lang: string; quiz: QuizData }>): string {
  const ordered = [...translations].sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
  return quizHash(ordered.map(({ lang, quiz }) => [lang, quiz]));
}
