import { describe, expect, it } from 'vitest';
import { compareQuizTranslations } from '../../../src/lib/quiz/quiz-key';
import { quizSchema, type QuizData } from '../../../src/schemas/quiz';

const quiz = (overrides: Partial<Record<string, unknown>> = {}): QuizData =>
  quizSchema.parse({
    behaviour: 'practice',
    questions: [
      {
        id: 'rate',
        type: 'single',
        prompt: 'Which compares places fairly?',
        options: [
          { id: 'rate', text: 'Rate', correct: true, explanation: 'Same denominator for all.' },
          { id: 'count', text: 'Count', explanation: 'Bigger places have more of everything.' },
        ],
      },
      {
        id: 'median',
        type: 'true-false',
        prompt: 'The median resists outliers.',
        answer: true,
        explanation: 'One extreme value barely moves it.',
      },
      {
        id: 'mean',
        type: 'numeric',
        prompt: 'Mean of 2, 4, 9?',
        answer: 5,
        tolerance: 0,
        explanation: 'Fifteen divided by three is five.',
      },
    ],
    ...overrides,
  });
const names = { a: 'vi/x.yaml', b: 'en/x.yaml' };

describe('comparing a quiz with its translation', () => {
  it('accepts translations that differ only in text', () => {
    const en = quiz();
    const vi = quiz();
    vi.questions[0]!.prompt = 'Cách nào so sánh công bằng?';
    expect(compareQuizTranslations(vi, en, names)).toEqual([]);
  });

  it('names the question whose answer differs', () => {
    const vi = quiz();
    const en = quiz();
    if (en.questions[2]?.type === 'numeric') en.questions[2].answer = 6;
    expect(compareQuizTranslations(vi, en, names)).toEqual([
      'question "mean" has answer key "numeric: 5 ± 0" in vi/x.yaml but "numeric: 6 ± 0" in en/x.yaml',
    ]);
  });

  it('names a question missing on one side, and a different correct option', () => {
    const vi = quiz();
    const en = quiz();
    en.questions.pop();
    if (en.questions[0]?.type === 'single') {
      en.questions[0].options[0]!.correct = false;
      en.questions[0].options[1]!.correct = true;
    }
    const problems = compareQuizTranslations(vi, en, names);
    expect(problems).toContain('question "mean" is in vi/x.yaml but not in en/x.yaml');
    expect(problems.some((p) => p.startsWith('question "rate" has answer key "single: rate*, count"'))).toBe(true);
  });

  it('notices a different pass mark or behaviour', () => {
    expect(compareQuizTranslations(quiz({ passMark: 70 }), quiz({ behaviour: 'test' }), names)).toHaveLength(2);
  });
});

describe('the quiz schema', () => {
  it('rejects a single-choice question with two correct options, and duplicate ids', () => {
    const twoCorrect = quizSchema.safeParse({
      behaviour: 'test',
      questions: [
        {
          id: 'a',
          type: 'single',
          prompt: 'Pick',
          options: [
            { id: 'x', text: 'X', correct: true, explanation: 'Because of x.' },
            { id: 'y', text: 'Y', correct: true, explanation: 'Because of y.' },
          ],
        },
        { id: 'a', type: 'true-false', prompt: 'True?', answer: true, explanation: 'It is true.' },
        { id: 'b', type: 'true-false', prompt: 'True?', answer: true, explanation: 'It is true.' },
      ],
    });
    expect(twoCorrect.success).toBe(false);
    const messages = twoCorrect.error?.issues.map((i) => i.message).join('\n');
    expect(messages).toMatch(/exactly one option/);
  });

  it('requires an explanation on every option', () => {
    const result = quizSchema.safeParse({
      behaviour: 'practice',
      questions: [
        {
          id: 'a',
          type: 'multiple',
          prompt: 'Pick',
          options: [
            { id: 'x', text: 'X', correct: true, explanation: 'Because of x.' },
            { id: 'y', text: 'Y' },
            { id: 'z', text: 'Z', explanation: 'Because of z.' },
          ],
        },
      ],
    });
    expect(result.success).toBe(false);
  });
});
