import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportAttempt, ReportExercise, ReportModule } from '../../../src/lib/reports/report-schema';
import {
  INTERACTION_ACTIVITY_TYPE,
  MODULE_ACTIVITY_TYPE,
  statementsFor,
  type StatementSource,
  type XapiStatement,
} from '../../../src/lib/reports/xapi';
import { xapiProblems } from './xapi-rules';
import { readableId } from '../../../src/lib/exercise/readable-id';

const now = new Date('2026-12-01T00:00:00.000Z');
const time = fc.date({ min: new Date('2025-01-01'), max: now, noInvalidDate: true }).map((d) => d.toISOString());
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
/** Names as typed, markup and quotes included: they must come out as plain strings, never break a statement. */
const nameArb = fc
  .array(
    fc.constantFrom(
      'Nguyễn',
      'Thị',
      'Lan',
      'Đặng',
      'Văn',
      'Ánh',
      '<script>alert(1)</script>',
      '"Q"',
      "O'Brien",
      '\\',
      'A&B',
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((words) => words.join(' '));

const attemptArb: fc.Arbitrary<ReportAttempt> = fc
  .record({
    id: fc.uuid(),
    at: time,
    total: fc.integer({ min: 1, max: 40 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    passed: fc.boolean(),
  })
  .map(({ id, at, total, share, passed }) => {
    const correct = Math.round(share * total);
    return { id, at, correct, total, percent: Math.round((correct * 100) / total), passed };
  });

/** Tokens as the three kinds write them: a choice id, a row and its dimension, a risk with its cell and treatment. */
const tokensOf: Record<ReportExercise['kind'], string[]> = {
  'chart-critique': ['truncated-axis', 'dual-axis', 'cherry-picked-range'],
  'table-inspection': ['r4:uniqueness', 'r7:validity', 'r9 completeness'],
  'risk-matrix': ['leak:3x4:reduce', 'flood:2x5:share', 'late data:1x1:accept'],
};
const exerciseArb: fc.Arbitrary<ReportExercise> = fc
  .record({
    exercise: slug,
    kind: fc.constantFrom<ReportExercise['kind']>('table-inspection', 'risk-matrix', 'chart-critique'),
    attempts: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        at: time,
        total: fc.integer({ min: 1, max: 12 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        passed: fc.boolean(),
        picks: fc.array(fc.nat(2), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3, selector: (a) => a.id },
    ),
  })
  .map(({ exercise, kind, attempts }) => ({
    exercise,
    kind,
    attempts: attempts.map(({ id, at, total, share, passed, picks }) => {
      const score = Math.round(share * total);
      return {
        id,
        at,
        score,
        total,
        percent: Math.round((score * 100) / total),
        passed,
        missed: ['p1'],
        response: [...new Set(picks)].map((i) => tokensOf[kind][i]!),
      };
    }),
  }));

type SourceModule = StatementSource['modules'][number];
const moduleArb = (key: string, base: string): fc.Arbitrary<SourceModule> =>
  fc
    .record({
      status: fc.constantFrom<ReportModule['status']>('not-started', 'in-progress', 'completed'),
      lastVisit: fc.option(time, { nil: undefined }),
      completedAt: time,
      attempts: fc.uniqueArray(attemptArb, { maxLength: 6, selector: (a) => a.id }),
      exercises: fc.uniqueArray(exerciseArb, { maxLength: 2, selector: (e) => e.exercise }),
      title: fc.string({ maxLength: 60 }),
    })
    .map(({ status, lastVisit, completedAt, attempts, exercises, title }) => {
      const [course, module] = key.split('/');
      return {
        module: key,
        status,
        ...(status !== 'not-started' && lastVisit ? { lastVisit } : {}),
        ...(status === 'completed' ? { completedAt } : {}),
        attempts: status === 'not-started' ? [] : attempts,
        ...(status === 'not-started' || exercises.length === 0 ? {} : { exercises }),
        title,
        exerciseTitles: Object.fromEntries(exercises.slice(0, 1).map((e) => [e.exercise, `Bài “${e.exercise}”`])),
        url: `${base}vi/courses/${course}/${module}/`,
        courseUrl: `${base}vi/courses/${course}/`,
      };
    });

/** At a host's root, or under a portal's folder (SITE_URL with a path): module URLs then carry the folder. */
const deployments = [
  { site: 'https://hoc.example.gov.vn/', base: '/' },
  { site: 'http://localhost:4321/', base: '/' },
  { site: 'https://portal.example.gov.vn/hoc-du-lieu/', base: '/hoc-du-lieu/' },
];

const sourceArb: fc.Arbitrary<StatementSource> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9-]{8,40}$/),
    name: nameArb,
    lang: fc.constantFrom('vi' as const, 'en' as const),
    deployment: fc.constantFrom(...deployments),
    keys: fc.uniqueArray(
      fc.tuple(slug, slug).map(([c, m]) => `${c}/${m}`),
      { maxLength: 6 },
    ),
  })
  .chain(({ id, name, lang, deployment: { site, base }, keys }) =>
    fc.tuple(...keys.map((key) => moduleArb(key, base))).map((modules) => ({
      learner: { id, name },
      site,
      lang,
      pathActivity: { id: `${site}${lang}/paths/shared/?id=abc123`, title: 'Lộ trình "cơ bản" <b>' },
      modules,
    })),
  );

const verbOf = (s: XapiStatement) => s.verb.id.split('/').pop();

describe('xAPI statements of a record', () => {
  it('every statement follows the xAPI 1.0.3 rules', () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        for (const statement of statementsFor(source)) expect(xapiProblems(statement, { now })).toEqual([]);
      }),
    );
  });

  it('one passed or failed statement per quiz attempt, with its score', () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        const fromAttempts = source.modules
          .flatMap((m) =>
            m.attempts.map((a) => [
              new URL(m.url, source.site).href,
              a.at,
              a.passed ? 'passed' : 'failed',
              a.correct,
              a.total,
              a.passed,
            ]),
          )
          .map((row) => JSON.stringify(row))
          .sort();
        const fromStatements = statementsFor(source)
          .filter((s) => s.object.definition?.type === MODULE_ACTIVITY_TYPE)
          .filter((s) => verbOf(s) === 'passed' || verbOf(s) === 'failed')
          .map((s) => [
            s.object.id,
            s.timestamp,
            verbOf(s),
            s.result?.score?.raw,
            s.result?.score?.max,
            s.result?.success,
          ])
          .map((row) => JSON.stringify(row))
          .sort();
        expect(fromStatements).toEqual(fromAttempts);
      }),
    );
  });

  it('one passed or failed statement per exercise attempt: an interaction inside its module, with score and response', () => {
    const kinds = { 'table-inspection': 'other', 'risk-matrix': 'other', 'chart-critique': 'choice' };
    fc.assert(
      fc.property(sourceArb, (source) => {
        const expected = source.modules
          .flatMap((m) =>
            (m.exercises ?? []).flatMap((e) =>
              e.attempts.map((a) => [
                new URL(`${m.url}#exercise-${e.exercise}`, source.site).href,
                m.exerciseTitles?.[e.exercise] ?? readableId(e.exercise),
                kinds[e.kind],
                a.at,
                a.passed ? 'passed' : 'failed',
                { scaled: a.score / a.total, raw: a.score, min: 0, max: a.total },
                a.passed,
                a.response.join('[,]'),
                new URL(m.url, source.site).href,
              ]),
            ),
          )
          .map((row) => JSON.stringify(row))
          .sort();
        const got = statementsFor(source)
          .filter((s) => s.object.definition?.type === INTERACTION_ACTIVITY_TYPE)
          .map((s) => [
            s.object.id,
            s.object.definition?.name[source.lang],
            s.object.definition?.interactionType,
            s.timestamp,
            verbOf(s),
            s.result?.score,
            s.result?.success,
            s.result?.response,
            s.context.contextActivities.parent[0]?.id,
          ])
          .map((row) => JSON.stringify(row))
          .sort();
        expect(got).toEqual(expected);
      }),
    );
  });

  it('builds the exercise statement the brief describes', () => {
    const statements = statementsFor({
      learner: { id: 'learner-0001', name: 'Nguyễn Thị Lan' },
      site: 'https://hoc.example.gov.vn/',
      lang: 'vi',
      pathActivity: { id: 'https://hoc.example.gov.vn/vi/paths/shared/?id=abc123', title: 'Kiến thức thiết yếu' },
      modules: [
        {
          module: 'data-thinking/reading-charts',
          status: 'in-progress',
          lastVisit: '2026-11-20T08:00:00.000Z',
          attempts: [],
          exercises: [
            {
              exercise: 'misleading-chart',
              kind: 'chart-critique',
              attempts: [
                {
                  id: 'attempt-000002',
                  at: '2026-11-20T08:40:00.000Z',
                  score: 2,
                  total: 3,
                  percent: 66,
                  passed: false,
                  missed: ['dual-axis'],
                  response: ['truncated-axis', 'cherry-picked-range'],
                },
              ],
            },
          ],
          title: 'Đọc biểu đồ',
          url: '/vi/courses/data-thinking/reading-charts/',
          courseUrl: '/vi/courses/data-thinking/',
          exerciseTitles: { 'misleading-chart': 'Biểu đồ nào gây hiểu lầm?' },
        },
      ],
    });
    expect(statements.find((s) => verbOf(s) === 'failed')).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      actor: {
        objectType: 'Agent',
        name: 'Nguyễn Thị Lan',
        account: { homePage: 'https://hoc.example.gov.vn/', name: 'learner-0001' },
      },
      verb: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { vi: 'chưa đạt' } },
      object: {
        objectType: 'Activity',
        id: 'https://hoc.example.gov.vn/vi/courses/data-thinking/reading-charts/#exercise-misleading-chart',
        definition: {
          name: { vi: 'Biểu đồ nào gây hiểu lầm?' },
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'choice',
        },
      },
      result: {
        score: { scaled: 2 / 3, raw: 2, min: 0, max: 3 },
        success: false,
        response: 'truncated-axis[,]cherry-picked-range',
      },
      context: {
        language: 'vi',
        contextActivities: {
          parent: [
            { objectType: 'Activity', id: 'https://hoc.example.gov.vn/vi/courses/data-thinking/reading-charts/' },
          ],
          grouping: [
            {
              objectType: 'Activity',
              id: 'https://hoc.example.gov.vn/vi/paths/shared/?id=abc123',
              definition: { name: { vi: 'Kiến thức thiết yếu' } },
            },
            { objectType: 'Activity', id: 'https://hoc.example.gov.vn/vi/courses/data-thinking/' },
          ],
        },
      },
      timestamp: '2026-11-20T08:40:00.000Z',
    });
    for (const statement of statements) expect(xapiProblems(statement)).toEqual([]);
  });

  it('one completed statement per completed module and one attempted per module in progress', () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        const statements = statementsFor(source);
        const objects = (verb: string) =>
          statements
            .filter((s) => verbOf(s) === verb)
            .map((s) => s.object.id)
            .sort();
        const urls = (keep: (m: SourceModule) => boolean) =>
          source.modules
            .filter(keep)
            .map((m) => new URL(m.url, source.site).href)
            .sort();
        expect(objects('completed')).toEqual(urls((m) => m.status === 'completed'));
        expect(objects('attempted')).toEqual(
          urls(
            (m) =>
              m.status === 'in-progress' &&
              (m.lastVisit !== undefined || m.attempts.length > 0 || (m.exercises ?? []).length > 0),
          ),
        );
      }),
    );
  });

  it('ids are the same on every export, unique within it, and do not depend on module order', () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        const statements = statementsFor(source);
        expect(statementsFor(structuredClone(source))).toEqual(statements);
        expect(statementsFor({ ...source, modules: [...source.modules].reverse() })).toEqual(statements);
        expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
        const times = statements.map((s) => s.timestamp);
        expect(times).toEqual([...times].sort());
      }),
    );
  });

  it('a later export with one more failed attempt keeps every earlier statement as it was', () => {
    fc.assert(
      fc.property(
        sourceArb.filter((s) => s.modules.some((m) => m.status === 'in-progress')),
        attemptArb,
        (source, extra) => {
          fc.pre(source.modules.every((m) => m.attempts.every((a) => a.id !== extra.id)));
          const later = {
            ...source,
            modules: source.modules.map((m) =>
              m.status === 'in-progress' ? { ...m, attempts: [...m.attempts, { ...extra, passed: false }] } : m,
            ),
          };
          const before = statementsFor(source);
          const after = new Map(statementsFor(later).map((s) => [s.id, s]));
          // The "attempted" statement of a module with no visit dates itself from its earliest attempt, which may change.
          for (const s of before.filter((s) => verbOf(s) !== 'attempted')) expect(after.get(s.id)).toEqual(s);
        },
      ),
    );
  });

  it('different learners never share a statement id', () => {
    fc.assert(
      fc.property(sourceArb, fc.stringMatching(/^[A-Za-z0-9-]{8,40}$/), (source, otherId) => {
        fc.pre(otherId !== source.learner.id);
        const mine = new Set(statementsFor(source).map((s) => s.id));
        for (const s of statementsFor({ ...source, learner: { ...source.learner, id: otherId } }))
          expect(mine.has(s.id)).toBe(false);
      }),
    );
  });

  it('builds the statement the brief describes, in the learner’s language', () => {
    const statements = statementsFor({
      learner: { id: 'learner-0001', name: 'Nguyễn Thị Lan' },
      site: 'https://hoc.example.gov.vn/',
      lang: 'vi',
      pathActivity: { id: 'https://hoc.example.gov.vn/vi/paths/shared/?id=abc123', title: 'Kiến thức thiết yếu' },
      modules: [
        {
          module: 'data-thinking/data-quality',
          status: 'in-progress',
          attempts: [
            { id: 'attempt-000001', at: '2026-11-20T08:30:00.000Z', correct: 3, total: 5, percent: 60, passed: false },
          ],
          title: 'Chất lượng dữ liệu',
          url: '/vi/courses/data-thinking/data-quality/',
          courseUrl: '/vi/courses/data-thinking/',
        },
      ],
    });
    // In progress with no visit date: "attempted" takes the attempt's time.
    expect(statements.map(verbOf).sort()).toEqual(['attempted', 'failed']);
    expect(statements.find((s) => verbOf(s) === 'failed')).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      actor: {
        objectType: 'Agent',
        name: 'Nguyễn Thị Lan',
        account: { homePage: 'https://hoc.example.gov.vn/', name: 'learner-0001' },
      },
      verb: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { vi: 'chưa đạt' } },
      object: {
        objectType: 'Activity',
        id: 'https://hoc.example.gov.vn/vi/courses/data-thinking/data-quality/',
        definition: { name: { vi: 'Chất lượng dữ liệu' }, type: 'http://adlnet.gov/expapi/activities/module' },
      },
      result: { score: { scaled: 0.6, raw: 3, min: 0, max: 5 }, success: false, completion: false },
      context: {
        language: 'vi',
        contextActivities: {
          parent: [{ objectType: 'Activity', id: 'https://hoc.example.gov.vn/vi/courses/data-thinking/' }],
          grouping: [
            {
              objectType: 'Activity',
              id: 'https://hoc.example.gov.vn/vi/paths/shared/?id=abc123',
              definition: { name: { vi: 'Kiến thức thiết yếu' } },
            },
          ],
        },
      },
      timestamp: '2026-11-20T08:30:00.000Z',
    });
  });

  it('under a portal’s folder, ids and the learner’s account hang from the folder, not the portal’s home', () => {
    const [statement] = statementsFor({
      learner: { id: 'learner-0001', name: 'Lan' },
      site: 'https://portal.example.gov.vn/hoc-du-lieu/',
      lang: 'vi',
      pathActivity: { id: 'https://portal.example.gov.vn/hoc-du-lieu/vi/paths/shared/?id=abc123', title: 'P' },
      modules: [
        {
          module: 'data-thinking/data-quality',
          status: 'completed',
          completedAt: '2026-11-20T08:30:00.000Z',
          attempts: [],
          title: 'Chất lượng dữ liệu',
          url: '/hoc-du-lieu/vi/courses/data-thinking/data-quality/',
          courseUrl: '/hoc-du-lieu/vi/courses/data-thinking/',
        },
      ],
    });
    expect(statement?.actor.account.homePage).toBe('https://portal.example.gov.vn/hoc-du-lieu/');
    expect(statement?.object.id).toBe(
      'https://portal.example.gov.vn/hoc-du-lieu/vi/courses/data-thinking/data-quality/',
    );
    expect(statement?.context.contextActivities.parent[0]?.id).toBe(
      'https://portal.example.gov.vn/hoc-du-lieu/vi/courses/data-thinking/',
    );
    expect(xapiProblems(statement!, { now })).toEqual([]);
  });
});

/** A statement that passes, to break one rule at a time. */
const good = () => ({
  id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
  actor: {
    objectType: 'Agent',
    name: 'Nguyễn Thị Lan',
    account: { homePage: 'https://hoc.example.gov.vn/', name: 'learner-0001' },
  },
  verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { vi: 'đạt', 'en-GB': 'passed' } },
  object: {
    objectType: 'Activity',
    id: 'https://hoc.example.gov.vn/vi/courses/dt/dq/',
    definition: { name: { vi: 'Chất lượng' } },
  },
  result: { score: { scaled: 0.8, raw: 4, min: 0, max: 5 }, success: true, completion: true },
  context: { language: 'vi', contextActivities: { parent: [{ id: 'https://hoc.example.gov.vn/vi/courses/dt/' }] } },
  timestamp: '2026-11-20T08:30:00.000Z',
});

const interaction = {
  name: { vi: 'Biểu đồ' },
  type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  interactionType: 'choice',
};

describe("the xAPI rules used by these tests (Learning Locker's validator and the provider rules it lacks)", () => {
  it('accept a valid statement and the spec’s own example', () => {
    expect(xapiProblems(good())).toEqual([]);
    expect(
      xapiProblems({
        id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
        timestamp: '2015-11-18T12:17:00+00:00',
        actor: { objectType: 'Agent', name: 'Project Tin Can API', mbox: 'mailto:user@example.com' },
        verb: { id: 'http://example.com/xapi/verbs#sent-a-statement', display: { 'en-US': 'sent' } },
        object: {
          id: 'http://example.com/xapi/activity/simplestatement',
          definition: { name: { 'en-US': 'simple statement' } },
        },
      }),
    ).toEqual([]);
  });

  const broken: Array<[string, (s: ReturnType<typeof good>) => unknown, RegExp]> = [
    ['a missing actor', ({ actor: _, ...s }) => s, /statement\.actor: RequiredWarning/],
    ['a missing verb', ({ verb: _, ...s }) => s, /statement\.verb: RequiredWarning/],
    ['a missing object', ({ object: _, ...s }) => s, /statement\.object: RequiredWarning/],
    ['a verb id that is not an IRI', (s) => ({ ...s, verb: { ...s.verb, id: 'passed' } }), /verb\.id/],
    ['a relative activity id', (s) => ({ ...s, object: { ...s.object, id: '/vi/courses/dt/dq/' } }), /object\.id/],
    ['scaled 1.5', (s) => ({ ...s, result: { ...s.result, score: { ...s.result.score, scaled: 1.5 } } }), /scaled/],
    [
      'raw above max',
      (s) => ({ ...s, result: { ...s.result, score: { ...s.result.score, raw: 6 } } }),
      /result\.score: RawMoreThanMaxWarning/,
    ],
    [
      'min not below max',
      (s) => ({ ...s, result: { ...s.result, score: { ...s.result.score, min: 5 } } }),
      /statement\.result\.score: /,
    ],
    [
      'a score given as a string',
      (s) => ({ ...s, result: { ...s.result, score: { ...s.result.score, raw: '4' } } }),
      /score\.raw: TypeWarning/,
    ],
    [
      'success as a string',
      (s) => ({ ...s, result: { ...s.result, success: 'true' } }),
      /result\.success: TypeWarning/,
    ],
    [
      'two identifiers',
      (s) => ({ ...s, actor: { ...s.actor, mbox: 'mailto:lan@example.gov.vn' } }),
      /statement\.actor: /,
    ],
    ['no identifier', (s) => ({ ...s, actor: { objectType: 'Agent', name: 'Lan' } }), /statement\.actor: NoIfiWarning/],
    ['an account without a home page', (s) => ({ ...s, actor: { ...s.actor, account: { name: 'x' } } }), /homePage/],
    [
      'an mbox that is not mailto',
      (s) => ({ ...s, actor: { objectType: 'Agent', mbox: 'lan@example.gov.vn' } }),
      /actor\.mbox: TypeWarning/,
    ],
    [
      'an object that is not an Activity',
      (s) => ({ ...s, object: { ...s.object, objectType: 'Thing' } }),
      /statement\.object: ObjectTypeWarning/,
    ],
    [
      'a language map key that is not a tag',
      (s) => ({ ...s, verb: { ...s.verb, display: { vietnamese: 'đạt' } } }),
      /verb\.display: TypeWarning \("vietnamese"\)/,
    ],
    ['a bad context language', (s) => ({ ...s, context: { ...s.context, language: 'vi_VN' } }), /context\.language/],
    [
      'a single context activity instead of an array',
      (s) => ({ ...s, context: { contextActivities: { parent: s.context.contextActivities.parent[0] } } }),
      /contextActivities\.parent: TypeWarning/,
    ],
    [
      'an unknown context type',
      (s) => ({ ...s, context: { contextActivities: { sibling: [] } } }),
      /contextActivities: RestrictedKeysWarning/,
    ],
    ['a timestamp without a time zone', (s) => ({ ...s, timestamp: '2026-11-20T08:30:00' }), /timestamp/],
    ['an uppercase id', (s) => ({ ...s, id: s.id.toUpperCase() }), /^id:/],
    ['an id that is not a UUID', (s) => ({ ...s, id: 'attempt-1' }), /statement\.id: TypeWarning/],
    ['a property the spec does not define', (s) => ({ ...s, score: 80 }), /^statement: RestrictedKeysWarning/],
    ['stored set by the provider', (s) => ({ ...s, stored: s.timestamp }), /^stored/],
    ['authority set by the provider', (s) => ({ ...s, authority: s.actor }), /^authority/],
    ['a version other than 1.0.0', (s) => ({ ...s, version: '1.0.3' }), /must be "1.0.0"/],
    ['a null value', (s) => ({ ...s, result: { ...s.result, response: null } }), /result\.response: TypeWarning/],
    [
      'an interactionType the spec does not list',
      (s) => ({ ...s, object: { ...s.object, definition: { ...interaction, interactionType: 'hotspot' } } }),
      /interactionType: TypeWarning \("hotspot"\)/,
    ],
    [
      'an interaction without the cmi.interaction type',
      (s) => ({
        ...s,
        object: { ...s.object, definition: { ...interaction, type: 'http://adlnet.gov/expapi/activities/module' } },
      }),
      /should have the type cmi.interaction/,
    ],
    [
      'a choice response with a space in an id',
      (s) => ({
        ...s,
        object: { ...s.object, definition: interaction },
        result: { ...s.result, response: 'dual axis' },
      }),
      /not a list of choice item ids/,
    ],
    [
      'a choice response with a trailing delimiter',
      (s) => ({ ...s, object: { ...s.object, definition: interaction }, result: { ...s.result, response: 'a[,]' } }),
      /not a list of choice item ids/,
    ],
  ];
  it.each(broken)('catch %s', (_, breakIt, message) => {
    const problems = xapiProblems(breakIt(good()));
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('catch a future timestamp when told the time', () => {
    expect(xapiProblems(good(), { now: new Date('2026-11-01T00:00:00Z') })).toEqual([
      'timestamp: in the future (2.4.7.s3.b4)',
    ]);
  });

  it('never throw, whatever they are given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(xapiProblems(value))).toBe(true);
      }),
    );
  });
});
