import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPath, setLearnerName, stopSending } from '../../../src/lib/course-paths/assigned-paths';
import { pathId } from '../../../src/lib/course-paths/path-codec';
import type { PathModule } from '../../../src/lib/course-paths/path-catalog';
import type { SharedPath } from '../../../src/lib/course-paths/path-schema';
import { postStatements, type PostResult } from '../../../src/lib/lrs/post-statements';
import { sendPending, type SendDeps } from '../../../src/lib/lrs/send-pending';
import { mergeLogs, type PathLog, type SentLog } from '../../../src/lib/lrs/sent-log';
import { mergeProgress } from '../../../src/lib/progress/progress-merge';
import { emptyProgress, type Progress } from '../../../src/lib/progress/progress-schema';
import { buildReport } from '../../../src/lib/reports/progress-report';

const ENDPOINT = 'https://lrs.example.gov.vn/xapi/';
const path: SharedPath = {
  title: 'Lớp cán bộ xã',
  lrs: { endpoint: ENDPOINT, key: 'dGVzdDp0ZXN0', lang: 'vi' },
  modules: ['data-thinking/data-quality'],
};
const id = pathId(path);
const modules: PathModule[] = [
  {
    key: 'data-thinking/data-quality',
    course: 'data-thinking',
    courseTitle: 'Tư duy dữ liệu',
    number: '1.2',
    title: 'Chất lượng dữ liệu',
    minutes: 20,
    hasQuiz: true,
    url: '/vi/courses/data-thinking/data-quality/',
    courseUrl: '/vi/courses/data-thinking/',
  },
];
const at = (minute: number) => new Date(Date.parse('2026-12-01T08:00:00Z') + minute * 60_000);

function withAttempts(record: Progress, count: number, from = 0): Progress {
  const attempts = Array.from({ length: count }, (_, i) => ({
    id: `attempt-${from + i}`,
    at: at(10 + from + i).toISOString(),
    lang: 'vi' as const,
    correct: (from + i) % 2 ? 8 : 4,
    total: 8,
    percent: (from + i) % 2 ? 100 : 50,
    passed: (from + i) % 2 === 1,
    answers: {},
  }));
  const held = record.modules['data-thinking/data-quality'];
  return {
    ...record,
    modules: {
      'data-thinking/data-quality': { visits: 1, attempts: [...(held?.attempts ?? []), ...attempts] },
    },
  };
}
const learner = (record: Progress) => setLearnerName(record, 'Nguyễn Thị Lan', at(0), () => 'learner-0001');

/** An LRS as xAPI describes it: one statement per id, 409 for other content under a held id; can go away. */
function fakeLrs() {
  const held = new Map<string, string>();
  const lrs = { held, posts: 0, down: false as false | PostResult['kind'] };
  const post = async (_e: string, _k: string, batch: readonly unknown[]): Promise<PostResult> => {
    lrs.posts++;
    if (lrs.down === 'offline') return { kind: 'offline' };
    if (lrs.down === 'refused') return { kind: 'refused', status: 401 };
    const list = batch as Array<{ id: string }>;
    if (list.some((s) => held.has(s.id) && held.get(s.id) !== JSON.stringify(s))) return { kind: 'conflict' };
    for (const s of list) held.set(s.id, JSON.stringify(s));
    return { kind: 'stored' };
  };
  return { lrs, post };
}

function deps(record: Progress, post: SendDeps['post'], storage: { log: SentLog; full?: boolean }): SendDeps {
  return {
    record,
    allowed: [ENDPOINT],
    site: 'https://portal.example.gov.vn/hoc-du-lieu/',
    modulesIn: async () => modules,
    readLog: () => storage.log,
    writePathLog: (pathKey: string, log: PathLog) => {
      if (storage.full) return false;
      storage.log = mergeLogs(storage.log, { [pathKey]: log });
      return true;
    },
    post,
    now: () => at(100),
  };
}

describe('sending a path’s statements to its LRS', () => {
  it('sends exactly the report’s statements, and a second try sends nothing', async () => {
    const record = withAttempts(learner(assignPath(emptyProgress(), path, at(1))), 3);
    const { lrs, post } = fakeLrs();
    const storage = { log: {} as SentLog };
    const [first] = await sendPending(deps(record, post, storage));
    const report = buildReport({
      record,
      path,
      learner: record.learner!,
      lang: 'vi',
      site: 'https://portal.example.gov.vn/hoc-du-lieu/',
      now: at(100),
      modules,
    });
    expect([...lrs.held.values()].map((s) => JSON.parse(s))).toEqual(report.statements);
    expect(first).toEqual({ id, sent: report.statements.length, waiting: 0 });
    const posts = lrs.posts;
    expect(await sendPending(deps(record, post, storage))).toEqual([{ id, sent: 0, waiting: 0 }]);
    expect(lrs.posts).toBe(posts);
  });

  it('keeps what could not be sent for the next try, and loses nothing past the report’s window', async () => {
    const { lrs, post } = fakeLrs();
    const storage = { log: {} as SentLog };
    let record = withAttempts(learner(assignPath(emptyProgress(), path, at(1))), 2);
    await sendPending(deps(record, post, storage));
    lrs.down = 'offline';
    record = withAttempts(record, 70, 2); // far more than a report's newest 30, all made offline
    const [offline] = await sendPending(deps(record, post, storage));
    expect(offline).toMatchObject({ sent: 0, problem: 'offline' });
    expect(offline!.waiting).toBeGreaterThanOrEqual(70);
    expect(storage.log[id]!.last).toMatchObject({ problem: 'offline' });
    lrs.down = false;
    const [back] = await sendPending(deps(record, post, storage));
    expect(back).toMatchObject({ waiting: 0 });
    const tries = [...lrs.held.values()].map((s) => JSON.parse(s)).filter((s) => /\/(passed|failed)$/.test(s.verb.id));
    expect(tries).toHaveLength(72);
    expect(storage.log[id]!.last).toEqual({ at: at(100).toISOString() });
  });

  it('stops at a refusal and says so; sends nothing for a stopped, removed, unlisted or nameless path', async () => {
    const { lrs, post } = fakeLrs();
    lrs.down = 'refused';
    const record = withAttempts(learner(assignPath(emptyProgress(), path, at(1))), 2);
    const storage = { log: {} as SentLog };
    expect(await sendPending(deps(record, post, storage))).toMatchObject([{ problem: 'refused' }]);
    expect(storage.log[id]!.last).toMatchObject({ problem: 'refused', status: 401 });
    lrs.down = false;
    const posts = lrs.posts;
    const stopped = stopSending(record, id, at(50));
    expect(await sendPending(deps(stopped, post, storage))).toEqual([]);
    // A tab that never saw the stop cannot undo it by merging.
    expect(await sendPending(deps(mergeProgress(record, stopped), post, storage))).toEqual([]);
    expect(await sendPending({ ...deps(record, post, storage), allowed: [] })).toEqual([]);
    const nameless = withAttempts(assignPath(emptyProgress(), path, at(1)), 2);
    expect(await sendPending(deps(nameless, post, storage))).toEqual([]);
    expect(lrs.posts).toBe(posts);
  });

  it('passes over a statement the LRS holds with other content (409), one at a time, and sends the rest', async () => {
    const { lrs, post } = fakeLrs();
    const record = withAttempts(learner(assignPath(emptyProgress(), path, at(1))), 3);
    const storage = { log: {} as SentLog };
    await sendPending(deps(record, post, { log: {} }));
    const [firstId] = [...lrs.held.keys()];
    lrs.held.set(firstId!, '"other content"');
    const [outcome] = await sendPending(deps(record, post, storage));
    expect(outcome).toMatchObject({ waiting: 0 });
    expect(outcome!.problem).toBeUndefined();
    expect(lrs.held.get(firstId!)).toBe('"other content"'); // the LRS's own statement stands
  });

  it('with storage full, still sends, and says so', async () => {
    const { lrs, post } = fakeLrs();
    const record = withAttempts(learner(assignPath(emptyProgress(), path, at(1))), 3);
    const storage = { log: {} as SentLog, full: true };
    const [outcome] = await sendPending(deps(record, post, storage));
    expect(outcome).toMatchObject({ waiting: 0, problem: 'storage-full' });
    expect(lrs.held.size).toBe(outcome!.sent);
  });

  it('any interleaving of offline tries and new attempts ends with every statement in the LRS, each posted once when online', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 3 })), { maxLength: 8 }),
        async (steps) => {
          const { lrs, post } = fakeLrs();
          const storage = { log: {} as SentLog };
          let record = learner(assignPath(emptyProgress(), path, at(1)));
          let made = 0;
          const posted: string[] = [];
          const counting: SendDeps['post'] = async (e, k, batch) => {
            const result = await post(e, k, batch);
            if (result.kind === 'stored') posted.push(...(batch as Array<{ id: string }>).map((s) => s.id));
            return result;
          };
          for (const [online, count] of steps) {
            record = withAttempts(record, count, made);
            made += count;
            lrs.down = online ? false : 'offline';
            await sendPending(deps(record, counting, storage));
          }
          lrs.down = false;
          const [last] = await sendPending(deps(record, counting, storage));
          expect(last?.waiting ?? 0).toBe(0);
          expect(new Set(posted).size).toBe(posted.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('one POST to an LRS', () => {
  it('sends the key and the version header, and sorts the answer', async () => {
    const seen: RequestInit[] = [];
    const answer = (status: number) => async (_url: unknown, init?: RequestInit) => {
      seen.push(init!);
      return new Response(null, { status });
    };
    expect(await postStatements(answer(200) as typeof fetch, ENDPOINT, 'dGVzdDp0ZXN0', [])).toEqual({ kind: 'stored' });
    expect(new Headers(seen[0]!.headers).get('authorization')).toBe('Basic dGVzdDp0ZXN0');
    expect(new Headers(seen[0]!.headers).get('x-experience-api-version')).toBe('1.0.3');
    expect(seen[0]!.credentials).toBe('omit');
    expect(await postStatements(answer(409) as typeof fetch, ENDPOINT, 'k', [])).toEqual({ kind: 'conflict' });
    expect(await postStatements(answer(401) as typeof fetch, ENDPOINT, 'k', [])).toEqual({
      kind: 'refused',
      status: 401,
    });
    expect(await postStatements(answer(503) as typeof fetch, ENDPOINT, 'k', [])).toEqual({
      kind: 'server',
      status: 503,
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await postStatements(offline, ENDPOINT, 'k', [])).toEqual({ kind: 'offline' });
  });
});
