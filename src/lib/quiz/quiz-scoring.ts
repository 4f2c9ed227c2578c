import type { Lang } from '../../i18n/languages';
import type { Question, QuizData } from '../../schemas/quiz';
import { wholePercent } from '../whole-percent';
import { reachesMark } from './pass-mark';

/**
 * What a learner's answer to each question type looks like, and whether it is right. Pure: the quiz machine,
 * the island and the tests all call this, so "correct" means one thing everywhere.
 */
export type Answer =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'true-false'; value: boolean }
  /** `text` is what the learner typed (kept so a reload shows it as typed). */
  | { type: 'numeric'; text: string }
  | { type: 'order'; ids: string[] };

/**
 * Reads a number typed the Vietnamese way (1.250,5) or the English way (1,250.5), or with either decimal mark
 * (7,6 or 7.6), as people do on a phone keyboard. Returns undefined for anything that is not a number.
 */
export function parseTypedNumber(text: string, lang: Lang): number | undefined {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\+/, '')
    .replace(/^−/, '-');
  if (compact === '') return undefined;
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  let normal: string;
  if (grouped.test(compact)) normal = compact.split(group).join('').replace(decimal, '.');
  else if (/^-?\d+([.,]\d+)?$/.test(compact)) normal = compact.replace(',', '.');
  else if (/^-?[.,]\d+$/.test(compact)) normal = compact.replace(',', '.').replace(/^(-?)\./, '$10.');
  else return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

export function isAnswered(question: Question, answer: Answer | undefined, lang: Lang): boolean {
  if (!answer || answer.type !== question.type) return false;
  switch (answer.type) {
    case 'single':
      return answer.choice !== '';
    case 'multiple':
      return answer.choices.length > 0;
    case 'true-false':
      return true;
    case 'numeric':
      return parseTypedNumber(answer.text, lang) !== undefined;
    case 'order':
      return answer.ids.length === (question.type === 'order' ? question.items.length : -1);
  }
}

export function isCorrect(question: Question, answer: Answer | undefined, lang: Lang): boolean {
  if (!answer || !isAnswered(question, answer, lang)) return false;
  if (question.type === 'single' && answer.type === 'single') {
    return question.options.find((o) => o.id === answer.choice)?.correct === true;
  }
  if (question.type === 'multiple' && answer.type === 'multiple') {
    const chosen = new Set(answer.choices);
    return (
      question.options.every((o) => o.correct === chosen.has(o.id)) &&
      chosen.size === question.options.filter((o) => o.correct).length
    );
  }
  if (question.type === 'true-false' && answer.type === 'true-false') return question.answer === answer.value;
  if (question.type === 'numeric' && answer.type === 'numeric') {
    const value = parseTypedNumber(answer.text, lang)!;
    // A hair of slack so 7.65 − 7.6 ≤ 0.05 holds despite binary floating point.
    return Math.abs(value - question.answer) <= question.tolerance + 1e-9;
  }
  if (question.type === 'order' && answer.type === 'order') {
    return question.items.every((item, i) => answer.ids[i] === item.id);
  }
  return false;
}

export interface Score {
  correct: number;
  total: number;
  /** Whole percent, rounded down so 79.9% never passes an 80% mark (wholePercent). */
  percent: number;
  passed: boolean;
  /** Ids of the questions not answered right, in quiz order: what a trainer's class report counts. */
  missed: string[];
}

export function score(quiz: Pick<QuizData, 'questions' | 'passMark'>, correctIds: Iterable<string>): Score {
  const ids = new Set(quiz.questions.map((q) => q.id));
  const right = new Set([...correctIds].filter((id) => ids.has(id)));
  const correct = right.size;
  const total = quiz.questions.length;
  const percent = wholePercent(correct, total);
  const missed = quiz.questions.map((q) => q.id).filter((id) => !right.has(id));
  return { correct, total, percent, passed: reachesMark(percent, quiz.passMark), missed };
}

/** A repeatable shuffle (mulberry32 seeded Fisher–Yates): the same seed gives the same order after a reload. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
