import { expect, type Page } from '@playwright/test';
import { pathId } from '../../src/lib/course-paths/path-codec';
import type { SharedPath } from '../../src/lib/course-paths/path-schema';
import type { Progress } from '../../src/lib/progress/progress-schema';
import type { ReviewQuestions } from '../../src/lib/review/review-session';
import type { Question } from '../../src/schemas/quiz';
import { answer, words } from './quiz-helpers';

/** The e2e stories' learner: modules passed on given dates, on a trainer's path, with a name for the report. */
export const QUALITY = 'data-thinking/data-quality';
export const SUMMARIES = 'data-thinking/summarising-numbers';
export const REVIEW_PATH: SharedPath = { title: 'Ôn tập dữ liệu — đợt tháng 12', modules: [QUALITY, SUMMARIES] };
export const DAY = 86_400_000;

export function passedRecord(passed: Record<string, string>): Progress {
  const modules: Progress['modules'] = {};
  for (const [key, at] of Object.entries(passed))
    modules[key] = {
      visits: 1,
      lastVisit: at,
      completedAt: at,
      attempts: [
        {
          id: `e2e-${key.split('/')[1]}-attempt`,
          at,
          lang: 'vi',
          correct: 5,
          total: 5,
          percent: 100,
          passed: true,
          answers: {},
          missed: [],
        },
      ],
    };
  return {
    version: 4,
    modules,
    inProgress: {},
    paths: { [pathId(REVIEW_PATH)]: { path: REVIEW_PATH, addedAt: '2026-11-01T08:00:00.000Z' } },
    learner: { id: 'learner-e2e-review', name: 'Lê Văn Minh', at: '2026-11-01T08:00:00.000Z' },
  };
}

/** The questions every review draws from, as the site serves them. */
export async function reviewBank(page: Page, lang: 'vi' | 'en'): Promise<ReviewQuestions> {
  return (await page.request.get(`/${lang}/review-questions.json`)).json();
}

/** Answers every question of the review on screen (right or not, as `right` says) and submits. */
export async function takeReview(page: Page, lang: 'vi' | 'en', bank: ReviewQuestions, right: boolean) {
  const island = page.locator('review-island');
  const heading = island.locator('h3.quiz-position');
  await expect(heading).toBeVisible();
  const total = Number((await heading.textContent())!.match(/(\d+)\D*$/)![1]);
  const all: Question[] = Object.values(bank.modules).flatMap((m) => m.questions);
  for (let i = 1; i <= total; i++) {
    await expect(heading).toHaveText(lang === 'vi' ? `Câu ${i}/${total}` : `Question ${i} of ${total}`);
    const prompt = (await island.locator('fieldset legend').textContent())!;
    const question = all.find((q) => q.prompt === prompt)!;
    expect(question, prompt).toBeDefined();
    await answer(page, question, lang, right, island);
    await island.getByRole('button', { name: i < total ? words[lang].next : words[lang].submit }).click();
  }
  return total;
}
