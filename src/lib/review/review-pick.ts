import type { ModuleProgress } from '../progress/progress-schema';

/**
 * Which questions a review asks: a few from each module due, those the learner last got wrong first, then those
 * seen least recently (never seen in a review before any seen), so one review differs from the last. Pure and
 * deterministic: the same record gives the same review, whatever tab builds it.
 */
export const QUESTIONS_PER_MODULE = 2;
/** At most this many modules in one session (8 questions): the others wait for the next one. */
export const MODULES_PER_SESSION = 4;

interface Seen {
  /** When it was last answered, in a quiz attempt or a review (0: never). */
  at: number;
  /** Whether that last answer was wrong. */
  wrong: boolean;
}

/** What the record says of each question's last answer, from quiz attempts (those that list misses) and reviews. */
export function lastAnswers(module: ModuleProgress | undefined, questionIds: readonly string[]): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  const note = (id: string, at: number, wrong: boolean) => {
    if (Number.isNaN(at)) return;
    const before = seen.get(id);
    if (!before || at >= before.at) seen.set(id, { at, wrong });
  };
  for (const attempt of module?.attempts ?? []) {
    if (!attempt.missed) continue; // before v2 an attempt did not say which it missed
    for (const id of questionIds) note(id, Date.parse(attempt.at), attempt.missed.includes(id));
  }
  for (const review of module?.reviews ?? [])
    for (const id of review.questions) note(id, Date.parse(review.at), review.missed.includes(id));
  return seen;
}

/** The questions of one module a review asks, in the order to ask them. */
export function pickQuestions(
  module: ModuleProgress | undefined,
  questionIds: readonly string[],
  count = QUESTIONS_PER_MODULE,
): string[] {
  const seen = lastAnswers(module, questionIds);
  const inReviews = new Map<string, number>();
  for (const review of module?.reviews ?? [])
    for (const id of review.questions) {
      const at = Date.parse(review.at);
      if (!Number.isNaN(at)) inReviews.set(id, Math.max(inReviews.get(id) ?? 0, at));
    }
  const rank = (id: string) => [
    seen.get(id)?.wrong ? 0 : 1, // last answered wrong: ask again first
    inReviews.get(id) ?? 0, // then the one a review asked longest ago (never: first)
    seen.get(id)?.at ?? 0, // then the one answered longest ago
  ];
  return questionIds
    .map((id, index) => ({ id, index, rank: rank(id) }))
    .sort((a, b) => a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.rank[2]! - b.rank[2]! || a.index - b.index)
    .slice(0, count)
    .map((q) => q.id);
}

/** Takes turns between modules, so a review mixes them instead of asking one module's questions in a row. */
export function interleave<T>(groups: readonly T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; groups.some((g) => i < g.length); i++) for (const g of groups) if (i < g.length) out.push(g[i]!);
  return out;
}
