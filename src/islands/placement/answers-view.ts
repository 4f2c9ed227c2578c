import type { Lang } from '../../i18n/languages';
import { isCorrect, type Answer } from '../../lib/quiz/quiz-scoring';
import type { QuizData } from '../../schemas/quiz';
import { feedbackBlock, questionFieldset, type ViewContext } from '../quiz/quiz-island';
import { h } from '../shared/dom';
import type { Translator } from '../shared/strings';
import type { PlacementPayload, PlacementStringKey } from './payload';

/**
 * After the check, and only then: every question as the learner answered it, with the right answer and the
 * explanations, drawn by the quiz island's own view, and a link to the module it comes from.
 */
export function answersView(
  quiz: QuizData,
  answers: Readonly<Record<string, Answer>>,
  seed: number,
  payload: Pick<PlacementPayload, 'sources'>,
  t: Translator<PlacementStringKey>,
  lang: Lang,
): HTMLElement {
  const ctx: ViewContext = { lang, t, seed, onAnswer: () => {}, announce: () => {} };
  return h(
    'section',
    { class: 'placement-answers quiz', 'aria-labelledby': 'placement-answers-heading' },
    h('h2', { id: 'placement-answers-heading' }, t('placement.answers.heading')),
    h(
      'ol',
      { class: 'placement-answer-list' },
      ...quiz.questions.map((question, index) => {
        const answer = answers[question.id];
        const source = payload.sources[question.id];
        return h(
          'li',
          {},
          h('h3', {}, t('quiz.position', { current: index + 1, total: quiz.questions.length })),
          questionFieldset(question, answer, ctx, true),
          feedbackBlock(question, answer, isCorrect(question, answer, lang) ? 'right' : 'wrong', ctx),
          source
            ? h(
                'p',
                { class: 'placement-source' },
                h(
                  'a',
                  { href: source.url },
                  t('placement.answers.from', { number: source.number, title: source.title }),
                ),
              )
            : false,
        );
      }),
    ),
  );
}
