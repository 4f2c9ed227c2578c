import type { QuizTexts } from '../../lib/quiz/quiz-texts';

/** Reads the prompts and option/item texts from the quiz's server-rendered list (see Quiz.astro). */
export function readListTexts(root: ParentNode): QuizTexts {
  const texts: QuizTexts = {};
  for (const question of root.querySelectorAll<HTMLElement>('[data-question]')) {
    const parts: Record<string, string> = {};
    for (const part of question.querySelectorAll<HTMLElement>('[data-part]'))
      parts[part.dataset.part!] = part.textContent ?? '';
    texts[question.dataset.question!] = { prompt: question.querySelector('[data-prompt]')?.textContent ?? '', parts };
  }
  return texts;
}
