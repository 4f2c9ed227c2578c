import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../schemas/quiz';
import type { PlacementPayload } from './payload';

/** Test helpers for the placement specs: the check as the page carries it, answered by keyboard alone. */
export const words = {
  vi: {
    begin: 'Sang phần câu hỏi',
    next: 'Câu tiếp theo',
    submit: 'Nộp bài',
    true: 'Đúng',
    false: 'Sai',
    number: 'Câu trả lời của bạn',
    add: 'Thêm lộ trình này vào việc học của tôi',
    sharedAdd: 'Thêm vào việc học của tôi',
    goLearning: 'Đến trang Việc học của tôi',
    retake: 'Làm lại bài đánh giá',
    result: 'Kết quả đánh giá',
    right: 'Chính xác.',
    wrong: 'Chưa chính xác.',
  },
  en: {
    begin: 'Go on to the questions',
    next: 'Next question',
    submit: 'Submit answers',
    true: 'True',
    false: 'False',
    number: 'Your answer',
    add: 'Add this path to my learning',
    sharedAdd: 'Add to my learning',
    goLearning: 'Go to My learning',
    retake: 'Take the check again',
    result: 'Your result',
    right: 'Correct.',
    wrong: 'Not quite.',
  },
} as const;
export type Lang = keyof typeof words;

export const payloadOf = (page: Page): Promise<PlacementPayload> =>
  page.evaluate(() => JSON.parse(document.querySelector('[data-placement-payload]')!.textContent!));

/** Presses Tab until `target` has focus, as a keyboard user would (and fails if it never comes). */
export async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Chooses a radio of a group by keyboard: Tab into the group, Space, then arrows (which wrap) until the wanted one is checked. */
export async function chooseRadio(page: Page, group: Locator, label: string) {
  // Tab lands on the group's checked radio, or its first when none is.
  const checked = group.locator('input[type=radio]:checked');
  await tabTo(page, (await checked.count()) > 0 ? checked : group.locator('input[type=radio]').first());
  await page.keyboard.press('Space');
  const wanted = group.getByLabel(label, { exact: true });
  for (let i = 0; i < 8 && !(await wanted.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(wanted).toBeChecked();
}

/** Answers the question on screen by keyboard, rightly or wrongly. */
export async function answerByKeyboard(page: Page, question: Question, lang: Lang, right: boolean) {
  const island = page.locator('placement-island');
  const group = island.locator('fieldset.quiz-question');
  const w = words[lang];
  switch (question.type) {
    case 'single':
      return chooseRadio(page, group, question.options.find((o) => o.correct === right)!.text);
    case 'true-false':
      return chooseRadio(page, group, question.answer === right ? w.true : w.false);
    case 'multiple': {
      const chosen = right ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!];
      for (const option of chosen) {
        await tabTo(page, group.getByLabel(option.text, { exact: true }));
        await page.keyboard.press('Space');
      }
      return;
    }
    case 'numeric': {
      await tabTo(page, group.getByLabel(w.number, { exact: true }));
      const value = right ? question.answer : question.answer + 100;
      await page.keyboard.type(String(value).replace('.', lang === 'vi' ? ',' : '.'));
      return;
    }
    default:
      throw new Error(`no keyboard answer written for ${question.type} questions`);
  }
}

/**
 * Takes the whole check by keyboard: the ratings and the kind of work (by their labels), then every question,
 * right where `rightIds` says, and submits.
 */
export async function takeByKeyboard(
  page: Page,
  lang: Lang,
  ratings: Record<string, string>,
  work: string,
  rightIds: ReadonlySet<string>,
) {
  const island = page.locator('placement-island');
  const w = words[lang];
  for (const [area, label] of Object.entries(ratings))
    await chooseRadio(page, island.locator(`fieldset[data-group="rate-${area}"]`), label);
  await chooseRadio(page, island.locator('fieldset[data-group="work"]'), work);
  await tabTo(page, island.getByRole('button', { name: w.begin }));
  await page.keyboard.press('Enter');
  const { quiz } = await payloadOf(page);
  for (const [i, question] of quiz.questions.entries()) {
    await expect(island.getByRole('heading', { level: 2 })).toHaveText(
      lang === 'vi' ? `Câu ${i + 1}/${quiz.questions.length}` : `Question ${i + 1} of ${quiz.questions.length}`,
    );
    await answerByKeyboard(page, question, lang, rightIds.has(question.id));
    const last = i === quiz.questions.length - 1;
    await tabTo(page, island.getByRole('button', { name: last ? w.submit : w.next, exact: true }));
    await page.keyboard.press('Enter');
  }
  await expect(island.getByRole('heading', { name: w.result })).toBeFocused();
  return quiz;
}
