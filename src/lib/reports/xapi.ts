import type { Lang } from '../../i18n/languages';
import { readableId } from '../exercise/readable-id';
import type { ExerciseKind } from '../progress/progress-schema';
import { siteUrls } from '../routing/urls';
import type { ReportModule, ReportReview } from './report-schema';

/**
 * A learner's record of one path as xAPI 1.0.3 statements (xAPI-Data.md, part 2), so a trainer can load it into
 * any Learning Record Store. Pure: the same record always gives the same statements with the same ids, so sending
 * a report twice stores nothing twice. tests/unit/xapi-rules.ts checks the output against the spec's rules.
 */

/** Keys are RFC 5646 language tags (xAPI-Data 4.2). */
export type LanguageMap = Record<string, string>;

export interface XapiAgent {
  objectType: 'Agent';
  name: string;
  /** The one inverse functional identifier (2.4.2.1): an opaque account on this site, never an e-mail address. */
  account: { homePage: string; name: string };
}

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: { name: LanguageMap; type?: string; interactionType?: InteractionType };
}

/** The interaction types of xAPI-Data 2.4.4.1.s6 (the ones of SCORM 2004's cmi.interactions). */
export type InteractionType =
  | 'true-false'
  | 'choice'
  | 'fill-in'
  | 'long-fill-in'
  | 'matching'
  | 'performance'
  | 'sequencing'
  | 'likert'
  | 'numeric'
  | 'other';

export interface XapiScore {
  scaled: number;
  raw: number;
  min: number;
  max: number;
}

export interface XapiResult {
  score?: XapiScore;
  success?: boolean;
  completion?: boolean;
  /** The learner's answer to an interaction, in its interactionType's response format (2.4.4.1.s6). */
  response?: string;
  /** Keyed by IRI (2.4.5): a certificate statement carries its code here. */
  extensions?: Record<string, string>;
}

export interface XapiContext {
  language: Lang;
  /** category: a tag for the statement (2.4.6.2), here "spaced review" on a review's statements. */
  contextActivities: { parent: XapiActivity[]; grouping: XapiActivity[]; category?: XapiActivity[] };
}

/** No version, stored or authority: the LRS sets those (2.4.8, 2.4.9, 2.4.10). */
export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context: XapiContext;
  timestamp: string;
}

export type VerbName = 'attempted' | 'passed' | 'failed' | 'completed';

const verbWords: Record<VerbName, Record<Lang, string>> = {
  attempted: { en: 'attempted', vi: 'đã bắt đầu' },
  passed: { en: 'passed', vi: 'đạt' },
  failed: { en: 'failed', vi: 'chưa đạt' },
  completed: { en: 'completed', vi: 'đã hoàn thành' },
};

export const verbIri = (verb: VerbName) => `http://adlnet.gov/expapi/verbs/${verb}`;
export const MODULE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/module';
export const INTERACTION_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/**
 * How each exercise kind's answer reads as an interaction. Chart critique is "choice": the learner picks, from
 * the chart's listed choices, those that mislead, and its response tokens are those choices' ids, which is the
 * choice format ("id[,]id"). Table inspection and risk matrix are "other": a table response pairs a row with a
 * quality dimension, a risk response a risk with a cell of the grid and a treatment, so a token is a compound
 * that is neither one choice nor the "source[.]target" pair of "matching"; "other" takes any response string,
 * and LRSs then show it as given rather than misreading it.
 */
export const INTERACTION_TYPES: Record<ExerciseKind, InteractionType> = {
  'table-inspection': 'other',
  'risk-matrix': 'other',
  'chart-critique': 'choice',
};
/** The delimiter of a response's items in every multi-item format (2.4.4.1.s6 table: "[,]"). */
export const RESPONSE_DELIMITER = '[,]';

export interface StatementSource {
  learner: { id: string; name: string };
  /**
   * The site's address with its folder, e.g. "https://portal.example.gov.vn/hoc-du-lieu/": SITE_URL when the
   * build had one, else the serving host at the site's folder (siteAddress in lib/routing/deployment.ts).
   */
  site: string;
  lang: Lang;
  /** Absolute IRI of the path and its title. */
  pathActivity: { id: string; title: string };
  /** Root-relative address of the spaced review (My learning's section): the tag of review statements. */
  reviewUrl?: string;
  modules: Array<
    ReportModule & {
      /** root-relative, folder included ("/hoc-du-lieu/vi/…/") */ url: string;
      title: string;
      /** root-relative */ courseUrl: string;
      /** The titles of the module's exercises by id, in the learner's language; one missing here goes by a readable id. */
      exerciseTitles?: Record<string, string>;
    }
  >;
}

export function statementsFor(source: StatementSource): XapiStatement[] {
  const { learner, lang, pathActivity } = source;
  // A library rather than concatenation builds the IRIs (xAPI-Data 2.2.s3.b3); it also percent-encodes.
  const iri = (rootRelative: string) => new URL(rootRelative, source.site).href;
  // The account lives on the site itself, which under a portal is its folder, not the portal's home page.
  const actor: XapiAgent = {
    objectType: 'Agent',
    name: learner.name,
    account: { homePage: new URL(source.site).href, name: learner.id },
  };
  const grouping: XapiActivity = {
    objectType: 'Activity',
    id: pathActivity.id,
    definition: { name: { [lang]: pathActivity.title } },
  };

  const reviewTag: XapiActivity = {
    objectType: 'Activity',
    id: iri(source.reviewUrl ?? '#review'),
    definition: { name: { [lang]: reviewWords[lang] } },
  };

  const statements: XapiStatement[] = [];
  for (const module of source.modules) {
    const object: XapiActivity = {
      objectType: 'Activity',
      id: iri(module.url),
      definition: { name: { [lang]: module.title }, type: MODULE_ACTIVITY_TYPE },
    };
    const context: XapiContext = {
      language: lang,
      contextActivities: { parent: [{ objectType: 'Activity', id: iri(module.courseUrl) }], grouping: [grouping] },
    };
    const add = (
      verb: VerbName,
      at: string,
      key: string,
      result?: XapiResult,
      about: { object: XapiActivity; context: XapiContext } = { object, context },
    ) => {
      const timestamp = isoTimestamp(at);
      if (!timestamp) return;
      // Everything the LRS compares goes into the id (actor name, path, language via the IRIs): an LRS that
      // already holds an id answers 409 Conflict to different content under it (xAPI-Communication 2.1.1).
      const id = stableUuid(learner.id, learner.name, pathActivity.id, verbIri(verb), about.object.id, key);
      statements.push({
        id,
        actor,
        verb: { id: verbIri(verb), display: { [lang]: verbWords[verb][lang] } },
        object: about.object,
        ...(result ? { result } : {}),
        context: about.context,
        timestamp,
      });
    };

    for (const attempt of module.attempts) {
      add(attempt.passed ? 'passed' : 'failed', attempt.at, attempt.id, {
        ...(attempt.correct <= attempt.total ? { score: scoreOf(attempt.correct, attempt.total) } : {}), // else damaged: no score
        success: attempt.passed,
        completion: attempt.passed,
      });
    }
    // One statement per exercise attempt, passed or failed as for a quiz attempt, about the exercise as an
    // interaction inside the module: the module is its parent, the path and the course group it.
    for (const exercise of module.exercises ?? []) {
      const interaction: XapiActivity = {
        objectType: 'Activity',
        // The exercise's place on the module's page (its section's id), so the IRI resolves to it.
        id: iri(`${module.url}#exercise-${exercise.exercise}`),
        definition: {
          name: { [lang]: module.exerciseTitles?.[exercise.exercise] ?? readableId(exercise.exercise) },
          type: INTERACTION_ACTIVITY_TYPE,
          interactionType: INTERACTION_TYPES[exercise.kind],
        },
      };
      const inModule: XapiContext = {
        language: lang,
        contextActivities: {
          parent: [{ objectType: 'Activity', id: object.id }],
          grouping: [grouping, { objectType: 'Activity', id: iri(module.courseUrl) }],
        },
      };
      for (const attempt of exercise.attempts) {
        add(
          attempt.passed ? 'passed' : 'failed',
          attempt.at,
          attempt.id,
          {
            ...(attempt.score <= attempt.total ? { score: scoreOf(attempt.score, attempt.total) } : {}),
            success: attempt.passed,
            response: attempt.response.join(RESPONSE_DELIMITER),
          },
          { object: interaction, context: inModule },
        );
      }
    }
    for (const review of module.reviews ?? []) add(...reviewStatement(review, object, context, reviewTag));
    if (module.status === 'completed' && module.completedAt) {
      add('completed', module.completedAt, module.completedAt, { completion: true });
    } else if (module.status === 'in-progress') {
      const tried = [...module.attempts, ...(module.exercises ?? []).flatMap((e) => e.attempts)];
      const since = module.lastVisit ?? earliest(tried.map((a) => a.at));
      if (since) add('attempted', since, since);
    }
  }
  // An LRS rejects a batch holding one id twice (xAPI-Communication 2.1.2), e.g. an attempt listed twice.
  const unique = [...new Map(statements.map((s) => [s.id, s])).values()];
  return unique.sort((a, b) =>
    a.timestamp === b.timestamp ? a.id.localeCompare(b.id) : a.timestamp < b.timestamp ? -1 : 1,
  );
}

const reviewWords: Record<Lang, string> = { en: 'Spaced review', vi: 'Ôn tập định kỳ' };

/**
 * A spaced review of a module (one module's share of a review session): passed or failed about the module
 * itself, as a quiz attempt is, scored on the questions it asked, and tagged (context category) as a review, so
 * an LRS tells it from the quiz attempts. No completion: the module was complete before it was reviewed.
 */
function reviewStatement(
  review: ReportReview,
  object: XapiActivity,
  context: XapiContext,
  tag: XapiActivity,
): [VerbName, string, string, XapiResult, { object: XapiActivity; context: XapiContext }] {
  return [
    review.passed ? 'passed' : 'failed',
    review.at,
    `review:${review.id}`,
    {
      ...(review.correct <= review.total ? { score: scoreOf(review.correct, review.total) } : {}),
      success: review.passed,
    },
    { object, context: { ...context, contextActivities: { ...context.contextActivities, category: [tag] } } },
  ];
}

const scoreOf = (correct: number, total: number): XapiScore => ({
  scaled: correct / total,
  raw: correct,
  min: 0,
  max: total,
});

/** The record holds anything Date.parse accepts; statements need ISO 8601 with a zone (xAPI-Data 4.5). */
function isoTimestamp(text: string): string | undefined {
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const iso = new Date(time).toISOString();
  return /^\d{4}-/.test(iso) ? iso : undefined; // years past 9999 come out as "+010000-…", which LRSs refuse
}

function earliest(times: string[]): string | undefined {
  return times.filter((t) => !Number.isNaN(Date.parse(t))).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

/**
 * A UUID that is a pure function of its parts, shaped as RFC 4122 version 4 / variant 10 so every LRS accepts
 * it: four 32-bit FNV-1a hashes with different seeds, each avalanched (murmur3's finaliser) so nearby inputs
 * give unrelated ids. Not cryptographic, and need not be: the ids only have to differ between statements.
 */
export function stableUuid(...parts: string[]): string {
  const text = JSON.stringify(parts); // unambiguous, unlike joining with a separator that may occur in a part
  const hex = [0x811c9dc5, 0x2545f491, 0x9e3779b9, 0x7f4a7c15]
    .map((seed) => mix(fnv1a(text, seed)).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The result extension that carries a certificate's code: one IRI whatever the language, the page that checks codes. */
export const certificateCodeExtension = (site: string) => new URL(siteUrls('/').urls.verify('en').slice(1), site).href; // site ends in its folder's '/'

export interface CertificateStatementSource {
  learner: { id: string; name: string };
  site: string;
  lang: Lang;
  /** The path activity, as statementsFor groups the path's statements under it. */
  pathActivity: { id: string; title: string };
  certificates: ReadonlyArray<{ code: string; issuedAt: string }>;
}

/** A certificate statement has no parent or grouping: its object is the path itself. */
export type CertificateStatement = Omit<XapiStatement, 'context'> & { context: { language: Lang } };

/**
 * One statement per certificate issued for the path: the learner "completed" the path (the ADL verb the module
 * statements use; no registry verb for "earned a certificate" is as widely read by LRSs), with the certificate's
 * code as a result extension, timestamped at issue. Kept apart from statementsFor, as certificates are from modules.
 */
export function certificateStatements(source: CertificateStatementSource): CertificateStatement[] {
  const { learner, lang, pathActivity } = source;
  const actor: XapiAgent = {
    objectType: 'Agent',
    name: learner.name,
    account: { homePage: new URL(source.site).href, name: learner.id },
  };
  const object: XapiActivity = {
    objectType: 'Activity',
    id: pathActivity.id,
    definition: { name: { [lang]: pathActivity.title } },
  };
  const extension = certificateCodeExtension(source.site);
  return source.certificates.map((c) => ({
    id: stableUuid(learner.id, learner.name, pathActivity.id, verbIri('completed'), 'certificate', c.code),
    actor,
    verb: { id: verbIri('completed'), display: { [lang]: verbWords.completed[lang] } },
    object,
    result: { completion: true, extensions: { [extension]: c.code } },
    context: { language: lang },
    timestamp: new Date(Date.parse(c.issuedAt)).toISOString(),
  }));
}
