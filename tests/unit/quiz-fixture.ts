import { quizSchema, type QuizData } from '../../src/schemas/quiz';

/** A small quiz with every question type, used by the scoring and machine tests. */
export function sampleQuiz(behaviour: 'practice' | 'test' = 'practice', passMark = 80): QuizData {
  return quizSchema.parse({
    behaviour,
    passMark,
    questions: [
      {
        id: 'fair-comparison',
        type: 'single',
        prompt: 'Which compares communes fairly?',
        options: [
          { id: 'rate', text: 'Births per 1,000', correct: true, explanation: 'Same denominator everywhere.' },
          { id: 'count', text: 'Number of births', explanation: 'Bigger places have more births.' },
          { id: 'rank', text: 'Rank by area', explanation: 'Area is not population.' },
        ],
      },
      {
        id: 'skewed',
        type: 'multiple',
        prompt: 'Which are skewed?',
        options: [
          {
            id: 'income',
            text: 'Household income',
            correct: true,
            explanation: 'A few high incomes pull the mean up.',
          },
          { id: 'days', text: 'Days to settle', correct: true, explanation: 'A few stuck files make a long tail.' },
          { id: 'height', text: 'Adult height', explanation: 'Roughly symmetric.' },
        ],
      },
      {
        id: 'median-robust',
        type: 'true-false',
        prompt: 'The median resists outliers.',
        answer: true,
        explanation: 'One extreme value barely moves it.',
      },
      {
        id: 'mean-days',
        type: 'numeric',
        prompt: 'Mean of 91 days over 12 files?',
        answer: 7.6,
        tolerance: 0.05,
        unit: 'days',
        explanation: '91 ÷ 12 ≈ 7.58, so 7.6.',
      },
      {
        id: 'steps',
        type: 'order',
        prompt: 'Order the steps.',
        items: [
          { id: 'count', text: 'Count events' },
          { id: 'divide', text: 'Divide by population' },
          { id: 'scale', text: 'Multiply by 1,000' },
        ],
        explanation: 'Count, divide, then scale.',
      },
    ],
  });
}
