import type { QuizData } from '../../schemas/quiz';

/**
 * A quiz page sends each text once: the server-rendered list (what a reader without JavaScript reads) carries the
 * prompts and the option and item texts, and the island's payload carries the rest (structure, ids, answers,
 * explanations). The island joins them back into the quiz before it replaces the list.
 */
type Question = QuizData['questions'][number];
type WithoutTexts<Q> = Q extends { options: (infer O)[] }
  ? Omit<Q, 'prompt' | 'options'> & { options: Omit<O, 'text'>[] }
  : Q extends { items: (infer I)[] }
    ? Omit<Q, 'prompt' | 'items'> & { items: Omit<I, 'text'>[] }
    : Omit<Q, 'prompt'>;
export type QuestionSkeleton = WithoutTexts<Question>;
export type QuizSkeleton = Omit<QuizData, 'questions'> & { questions: QuestionSkeleton[] };

/** Per question id: its prompt and the text of each option or item, by id (what the page's list shows). */
export type QuizTexts = Record<string, { prompt: string; parts: Record<string, string> }>;

/** A text the payload needs and the page's list does not have: the page and its payload do not belong together. */
export class QuizTextMissingError extends Error {
  override name = 'QuizTextMissingError';
}

export function quizSkeleton(quiz: QuizData): QuizSkeleton {
  return {
    ...quiz,
    questions: quiz.questions.map((question) => {
      const { prompt: _prompt, ...rest } = question;
      if ('options' in rest) return { ...rest, options: rest.options.map(({ text: _text, ...option }) => option) };
      if ('items' in rest) return { ...rest, items: rest.items.map(({ text: _text, ...item }) => item) };
      return rest;
    }) as QuestionSkeleton[],
  };
}

/** What quizSkeleton() leaves out; the island reads the same from the page's list. */
export function quizTexts(quiz: QuizData): QuizTexts {
  return Object.fromEntries(
    quiz.questions.map((q) => {
      const parts = 'options' in q ? q.options : 'items' in q ? q.items : [];
      return [q.id, { prompt: q.prompt, parts: Object.fromEntries(parts.map((p) => [p.id, p.text])) }];
    }),
  );
}

/** The whole quiz again. Throws QuizTextMissingError rather than show a question without its words. */
export function joinQuizTexts(skeleton: QuizSkeleton, texts: QuizTexts): QuizData {
  const own = (record: Record<string, string> | undefined, id: string, what: string) => {
    const value = record && Object.hasOwn(record, id) ? record[id] : undefined;
    if (typeof value !== 'string') throw new QuizTextMissingError(`No text for ${what} "${id}"`);
    return value;
  };
  return {
    ...skeleton,
    questions: skeleton.questions.map((question) => {
      const entry = Object.hasOwn(texts, question.id) ? texts[question.id] : undefined;
      const prompt = own(entry ? { [question.id]: entry.prompt } : undefined, question.id, 'question');
      const text = (id: string) => own(entry?.parts, id, `part of question "${question.id}":`);
      // Keys in the order the content schema gives them (id, then its text), so the joined quiz serialises, and
      // hashes, exactly as the build's did.
      const { id, ...rest } = question;
      const withText = <P extends { id: string }>({ id: part, ...other }: P) => ({
        id: part,
        text: text(part),
        ...other,
      });
      if ('options' in rest) return { id, prompt, ...rest, options: rest.options.map(withText) };
      if ('items' in rest) return { id, prompt, ...rest, items: rest.items.map(withText) };
      return { id, prompt, ...rest };
    }) as Question[],
  };
}
