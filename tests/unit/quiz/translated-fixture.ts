import type { QuizData } from '../../../src/schemas/quiz';
import { sampleQuiz } from '../quiz-fixture';

/** The sample quiz "translated": every text reworded, every id, type and answer kept, as a real vi/en pair is. */
export function translatedSample(behaviour: 'practice' | 'test' = 'practice'): QuizData {
  const quiz = structuredClone(sampleQuiz(behaviour));
  for (const question of quiz.questions) {
    question.prompt = `Dịch: ${question.prompt}`;
    if ('options' in question)
      for (const option of question.options) {
        option.text = `Dịch: ${option.text}`;
        option.explanation = `Dịch: ${option.explanation}`;
      }
    if ('items' in question) for (const item of question.items) item.text = `Dịch: ${item.text}`;
    if (question.type === 'numeric') question.unit = 'ngày';
  }
  return quiz;
}
