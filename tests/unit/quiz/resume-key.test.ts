import { describe, expect, it } from 'vitest';
import { resumeKey } from '../../../src/lib/quiz/resume-key';
import { sampleQuiz } from '../quiz-fixture';
import { translatedSample } from './translated-fixture';

const pair = () => [
  { lang: 'en', quiz: sampleQuiz() },
  { lang: 'vi', quiz: translatedSample() },
];

describe('resumeKey', () => {
  it('is the same on the Vietnamese and the English page, whichever order the translations come in', () => {
    const [en, vi] = pair();
    expect(resumeKey([vi!, en!])).toBe(resumeKey([en!, vi!]));
  });

  it('changes with a real edit in either language: a reworded prompt, another right option, a new tolerance', () => {
    const before = resumeKey(pair());
    const reworded = pair();
    reworded[1]!.quiz.questions[0]!.prompt = 'Một câu hỏi khác';
    const rekeyed = pair();
    for (const { quiz } of rekeyed) {
      const q = quiz.questions[0]!;
      if (q.type === 'single') for (const o of q.options) o.correct = o.id === 'count';
    }
    const loosened = pair();
    for (const { quiz } of loosened) {
      const q = quiz.questions[3]!;
      if (q.type === 'numeric') q.tolerance = 0.5;
    }
    const keys = [before, resumeKey(reworded), resumeKey(rekeyed), resumeKey(loosened)];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
