import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { joinQuizTexts, type QuizSkeleton, type QuizTexts } from '../../src/lib/quiz/quiz-texts';
import type { QuizData, Question } from '../../src/schemas/quiz';

/**
 * The quiz as the page carries it, so tests answer by the content instead of hard-coding it: the payload and the
 * list's texts of the page as served (the island has replaced the list by now), joined as the island joins them.
 */
export async function quizOf(page: Page | Frame): Promise<QuizData> {
  const { skeleton, texts } = await page.evaluate(async () => {
    const served = new DOMParser().parseFromString(await (await fetch(location.pathname)).text(), 'text/html');
    const texts: QuizTexts = {};
    for (const q of served.querySelectorAll<HTMLElement>('[data-question]')) {
      const parts = Object.fromEntries(
        [...q.querySelectorAll<HTMLElement>('[data-part]')].map((p) => [p.dataset.part!, p.textContent ?? '']),
      );
      texts[q.dataset.question!] = { prompt: q.querySelector('[data-prompt]')?.textContent ?? '', parts };
    }
    return {
      skeleton: JSON.parse(served.querySelector('[data-quiz-payload]')!.textContent!).quiz as QuizSkeleton,
      texts,
    };
  });
  return joinQuizTexts(skeleton, texts);
}

/**
 * Brings the quiz on screen, as a learner scrolls to it, and waits until its code has come and replaced the list
 * (quiz-loader.ts loads it only then), so a test never clicks the list's start button as it is being replaced.
 */
export async function quizReady(page: Page | Frame): Promise<void> {
  await page.locator('quiz-island').scrollIntoViewIfNeeded();
  await expect(page.locator('quiz-island .quiz-body')).toBeAttached();
}

export const words = {
  vi: {
    check: 'Kiểm tra đáp án',
    next: 'Câu tiếp theo',
    result: 'Xem kết quả',
    start: 'Bắt đầu làm bài',
    true: 'Đúng',
    false: 'Sai',
    number: 'Câu trả lời của bạn',
    retry: 'Làm lại bài',
    tryAgain: 'Làm lại câu này',
    submit: 'Nộp bài',
    previous: 'Câu trước',
    review: 'Xem lại các câu trả lời',
  },
  en: {
    check: 'Check answer',
    next: 'Next question',
    result: 'See your result',
    start: 'Start the quiz',
    true: 'True',
    false: 'False',
    number: 'Your answer',
    retry: 'Try the quiz again',
    tryAgain: 'Try this one again',
    submit: 'Submit answers',
    previous: 'Previous question',
    review: 'Review your answers',
  },
} as const;

/**
 * Answers the question on screen, rightly or wrongly, through the controls a learner uses; `within` is what draws
 * it (the module's quiz, or My learning's spaced review, which draws questions the same way).
 */
export async function answer(
  page: Page | Frame,
  question: Question,
  lang: 'vi' | 'en',
  right: boolean,
  within: Locator = page.locator('quiz-island'),
) {
  const quiz = within;
  const w = words[lang];
  switch (question.type) {
    case 'single': {
      const option = question.options.find((o) => o.correct === right)!;
      await quiz.getByLabel(option.text, { exact: true }).check();
      break;
    }
    case 'multiple': {
      const chosen = right ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!];
      for (const option of chosen) await quiz.getByLabel(option.text, { exact: true }).check();
      break;
    }
    case 'true-false':
      await quiz.getByLabel(question.answer === right ? w.true : w.false, { exact: true }).check();
      break;
    case 'numeric': {
      const value = right ? question.answer : question.answer + 100 + question.tolerance * 10;
      await quiz.getByLabel(w.number, { exact: true }).fill(
        new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
          maximumFractionDigits: 6,
          useGrouping: false,
        }).format(value),
      );
      break;
    }
    case 'order': {
      if (!right) break; // the starting order is never the right one
      const up = lang === 'vi' ? (t: string) => `Đưa “${t}” lên` : (t: string) => `Move “${t}” up`;
      for (let target = 0; target < question.items.length; target++) {
        const item = question.items[target]!;
        const texts = await quiz.locator('.quiz-order li > span:first-child').allTextContents();
        for (let at = texts.indexOf(item.text); at > target; at--)
          await quiz.getByRole('button', { name: up(item.text) }).click();
      }
      await expect(quiz.locator('.quiz-order li > span:first-child')).toHaveText(question.items.map((i) => i.text));
      break;
    }
  }
}

/** Runs a whole practice quiz, checking each answer; `rightAt(i)` says which to get right. */
export async function takePracticeQuiz(page: Page | Frame, lang: 'vi' | 'en', rightAt: (index: number) => boolean) {
  const quiz = await quizOf(page);
  const w = words[lang];
  const island = page.locator('quiz-island');
  for (const [i, question] of quiz.questions.entries()) {
    await expect(island.getByRole('heading', { level: 3 })).toContainText(
      lang === 'vi' ? `Câu ${i + 1}/` : `Question ${i + 1} of`,
    );
    await answer(page, question, lang, rightAt(i));
    await island.getByRole('button', { name: w.check }).click();
    await island.getByRole('button', { name: i === quiz.questions.length - 1 ? w.result : w.next }).click();
  }
  return quiz;
}
