import * as v from 'valibot';
import {
  assignedPathSchema,
  attemptSchema,
  emptyProgress,
  exerciseAttemptSchema,
  reviewAttemptSchema,
  certificateSchema,
  inProgressSchema,
  moduleProgressSchema,
  placementSchema,
  progressSchema,
  PROGRESS_VERSION,
  type ExerciseProgress,
  type ModuleProgress,
  type Progress,
} from './progress-schema';
import { migrateProgress } from './progress-migrations';

export interface Salvaged {
  record: Progress;
  /** The original text, when anything in it could not be kept: it must be copied aside before a write. */
  rejected?: string;
  /** Written by a newer version of the site: read nothing, overwrite nothing. */
  newer?: boolean;
  /** The parsed JSON (or undefined when the text is not JSON), for callers that read more than the record. */
  parsed?: unknown;
}

/**
 * Turns stored text into a record, keeping every part that validates, at the smallest unit that can be judged:
 * a module, path or unfinished quiz on its own, and inside a module each attempt on its own, so one bad attempt
 * costs only itself. Anything that could not be kept, including a part that is not an object at all
 * ("modules": null), makes the whole original text `rejected`, to be kept as a copy.
 */
export function salvage(raw: string): Salvaged {
  let parsed: unknown;
  try {
    parsed = migrateProgress(JSON.parse(raw));
  } catch {
    return { record: emptyProgress(), rejected: raw };
  }
  const whole = v.safeParse(progressSchema, parsed);
  if (whole.success) return { record: whole.output, parsed };

  const value = isObject(parsed) ? parsed : {};
  if (typeof value.version === 'number' && value.version > PROGRESS_VERSION) {
    return { record: emptyProgress(), newer: true, parsed };
  }
  const record = emptyProgress();
  let dropped = !isObject(parsed) || typeof value.version !== 'number';
  const keep = <T>(
    part: unknown,
    judge: (entry: unknown) => { value?: T; whole: boolean },
    into: Record<string, T>,
  ) => {
    // Absent is empty; present but not an object (null, [], "x") is damage that must be kept as a copy.
    if (part !== undefined && !isObject(part)) dropped = true;
    for (const [key, entry] of ownEntries(part)) {
      const judged = judge(entry);
      if (judged.value !== undefined) into[key] = judged.value;
      if (!judged.whole) dropped = true;
    }
  };
  keep(value.modules, salvageModule, record.modules);
  keep(value.inProgress, (entry) => judgeWhole(inProgressSchema, entry), record.inProgress);
  keep(value.paths, (entry) => judgeWhole(assignedPathSchema, entry), record.paths);
  const placements: NonNullable<Progress['placements']> = {};
  keep(value.placements, (entry) => judgeWhole(placementSchema, entry), placements);
  if (Object.keys(placements).length > 0) record.placements = placements;
  const certificates: NonNullable<Progress['certificates']> = {};
  keep(value.certificates, (entry) => judgeWhole(certificateSchema, entry), certificates);
  if (Object.keys(certificates).length > 0) record.certificates = certificates;
  const last = v.safeParse(progressSchema.entries.last, value.last);
  if (last.success) record.last = last.output;
  else dropped = true;
  const learner = v.safeParse(progressSchema.entries.learner, value.learner);
  if (learner.success) record.learner = learner.output;
  else dropped = true;
  return dropped ? { record, rejected: raw, parsed } : { record, parsed };
}

const judgeWhole = <S extends v.GenericSchema>(schema: S, entry: unknown) => {
  const result = v.safeParse(schema, entry);
  return result.success ? { value: result.output as v.InferOutput<S>, whole: true } : { whole: false };
};

/** A module's good attempts, visits and dates, when the module as a whole does not validate. */
function salvageModule(entry: unknown): { value?: ModuleProgress; whole: boolean } {
  const whole = judgeWhole(moduleProgressSchema, entry);
  if (whole.whole || !isObject(entry)) return whole;
  const fields = moduleProgressSchema.entries;
  const attempts = goodOnes(attemptSchema, entry.attempts);
  const reviews = goodOnes(reviewAttemptSchema, entry.reviews);
  const exercises: Record<string, ExerciseProgress> = {};
  for (const [id, exercise] of ownEntries(entry.exercises)) {
    const kept = goodOnes(exerciseAttemptSchema, isObject(exercise) ? exercise.attempts : undefined);
    if (kept.length > 0) exercises[id] = { attempts: kept };
  }
  const visits = v.safeParse(fields.visits, entry.visits);
  const lastVisit = v.safeParse(fields.lastVisit, entry.lastVisit);
  const completedAt = v.safeParse(fields.completedAt, entry.completedAt);
  const module: ModuleProgress = {
    visits: visits.success ? visits.output : 0,
    ...(lastVisit.success && lastVisit.output ? { lastVisit: lastVisit.output } : {}),
    ...(completedAt.success && completedAt.output ? { completedAt: completedAt.output } : {}),
    attempts,
    ...(Object.keys(exercises).length > 0 ? { exercises } : {}),
    ...(reviews.length > 0 ? { reviews } : {}),
  };
  const anything =
    attempts.length > 0 ||
    reviews.length > 0 ||
    Object.keys(exercises).length > 0 ||
    module.visits > 0 ||
    module.lastVisit ||
    module.completedAt;
  return { value: anything ? module : undefined, whole: false };
}

/** The entries of a list that validate on their own; anything else (not a list, a bad entry) is left out. */
const goodOnes = <S extends v.GenericSchema>(schema: S, list: unknown): Array<v.InferOutput<S>> =>
  Array.isArray(list)
    ? list.flatMap((item) => {
        const result = v.safeParse(schema, item);
        return result.success ? [result.output as v.InferOutput<S>] : [];
      })
    : [];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object's own entries, minus a "__proto__" key (JSON.parse makes one; assigning it would swap a prototype). */
const ownEntries = (value: unknown): Array<[string, unknown]> =>
  isObject(value) ? Object.entries(value).filter(([key]) => key !== '__proto__') : [];
