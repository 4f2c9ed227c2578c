import type { APIRoute } from 'astro';
import { languages, type Lang } from '../../i18n/languages';
import { loadCatalog } from '../../lib/content/catalog';
import type { ReviewQuestions } from '../../lib/review/review-session';

/**
 * /{lang}/review-questions.json: every module's quiz questions and pass mark, so a spaced review on My learning can
 * mix questions from several modules without loading their pages. Fetched only when a review starts; the service
 * worker precaches it, so a review works offline.
 */
export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const { modules } = await loadCatalog();
  const bank: ReviewQuestions = { modules: {} };
  for (const m of modules)
    if (m.lang === lang && m.quiz) bank.modules[m.key] = { passMark: m.quiz.passMark, questions: m.quiz.questions };
  return new Response(JSON.stringify(bank), { headers: { 'Content-Type': 'application/json' } });
};
