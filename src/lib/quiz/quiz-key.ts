import type { Question, QuizData } from '../../schemas/quiz';

/**
 * The language-neutral part of a quiz: what must be identical in its vi and en files (ids, types, answers).
 * Texts and units may differ; anything here may not, or learners in one language would be marked differently.
 */
export function answerKey(question: Question): string {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return `${question.type}: ${question.options.map((o) => `${o.id}${o.correct ? '*' : ''}`).join(', ')}`;
    case 'true-false':
      return `true-false: ${question.answer}`;
    case 'numeric':
      return `numeric: ${question.answer} ± ${question.tolerance}`;
    case 'order':
      return `order: ${question.items.map((i) => i.id).join(' < ')}`;
  }
}

/** Every way two translations of one quiz disagree, as sentences naming the question. */
export function compareQuizTranslations(a: QuizData, b: QuizData, names: { a: string; b: string }): string[] {
  const problems: string[] = [];
  if (a.behaviour !== b.behaviour)
    problems.push(`behaviour is "${a.behaviour}" in ${names.a} but "${b.behaviour}" in ${names.b}`);
  if (a.passMark !== b.passMark)
    problems.push(`passMark is ${a.passMark} in ${names.a} but ${b.passMark} in ${names.b}`);
  const idsA = a.questions.map((q) => q.id);
  const idsB = b.questions.map((q) => q.id);
  for (const id of idsA.filter((id) => !idsB.includes(id)))
    problems.push(`question "${id}" is in ${names.a} but not in ${names.b}`);
  for (const id of idsB.filter((id) => !idsA.includes(id)))
    problems.push(`question "${id}" is in ${names.b} but not in ${names.a}`);
  for (const qa of a.questions) {
    const qb = b.questions.find((q) => q.id === qa.id);
    if (!qb) continue;
    const [keyA, keyB] = [answerKey(qa), answerKey(qb)];
    if (keyA !== keyB)
      problems.push(`question "${qa.id}" has answer key "${keyA}" in ${names.a} but "${keyB}" in ${names.b}`);
  }
  const shared = idsA.filter((id) => idsB.includes(id));
  if (problems.length === 0 && shared.join() !== idsB.filter((id) => idsA.includes(id)).join()) {
    problems.push(`questions are in a different order in ${names.a} and ${names.b}`);
  }
  return problems;
}
