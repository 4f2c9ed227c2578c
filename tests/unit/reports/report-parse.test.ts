import { exportProgress } from '../../../src/lib/progress/progress-file';
import { PROGRESS_VERSION } from '../../../src/lib/progress/progress-schema';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathId } from '../../../src/lib/course-paths/path-codec';
import { parseReport } from '../../../src/lib/reports/report-parse';
import { MAX_REPORT_BYTES, REPORT_FORMAT, REPORT_VERSION, type Report } from '../../../src/lib/reports/report-schema';
import { cleanOutsideText } from '../../../src/lib/text/outside-text';
import { hostileTextArbitrary, pathArbitrary, slugArbitrary } from '../arbitraries';
import { attempt, exercise, exerciseAttempt, M2, makeReport, mod } from '../report-fixture';
import { readFileSync } from 'node:fs';

const slug = slugArbitrary();
const pathArb = pathArbitrary({ maxModules: 8, maxNote: 200 });
/** Names as a learner types them, already clean (so they come back unchanged). */
const nameArb = fc
  .array(
    fc.constantFrom('Nguyễn', 'Thị', 'Lan', 'Đặng', 'Văn', 'Ánh', 'Trương', 'Mỹ', "O'Brien", '<b>', 'A,B', '"Q"'),
    { minLength: 1, maxLength: 6 },
  )
  .map((words) => words.join(' '));
const attemptArb = fc.record({
  percent: fc.integer({ min: 0, max: 100 }),
  missed: fc.option(fc.uniqueArray(slug, { maxLength: 5 }), { nil: undefined }),
});
const reportArb: fc.Arbitrary<Report> = fc
  .tuple(
    pathArb,
    nameArb,
    fc.stringMatching(/^[A-Za-z0-9-]{8,20}$/),
    fc.array(fc.array(attemptArb, { maxLength: 3 }), { maxLength: 8 }),
  )
  .map(([path, name, id, perModule]) =>
    makeReport({
      path,
      name,
      id,
      modules: path.modules.map((key, i) =>
        mod(
          key,
          (perModule[i] ?? []).map(({ percent, missed }) => attempt(percent, missed ? { missed } : {})),
        ),
      ),
    }),
  );

const text = (report: unknown) => JSON.stringify(report);
const valid = text(makeReport());

describe('parsing a report file', () => {
  afterEach(() => vi.restoreAllMocks());

  it('round-trips any valid report', () => {
    expect(parseReport(valid)).toEqual({ ok: true, report: makeReport() });
    fc.assert(
      fc.property(reportArb, (report) => {
        expect(parseReport(text(report))).toEqual({ ok: true, report });
      }),
    );
  });

  it('says a report nested 10,000 levels deep is too deeply nested, not that it is not JSON', () => {
    const deep = (open: string, close: string) =>
      `{"format":"${REPORT_FORMAT}","statements":${open.repeat(10_000)}${close.repeat(10_000)}}`;
    expect(parseReport(deep('[', ']'))).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseReport(deep('{"a":', '}'))).toEqual({ ok: false, reason: 'too-deep' });
    // A real report stays far inside the limit, its xAPI statements included.
    expect(
      parseReport(
        JSON.stringify({
          ...makeReport(),
          statements: [{ context: { contextActivities: { parent: [{ definition: { name: { vi: 'x' } } }] } } }],
        }),
      ).ok,
    ).toBe(true);
  });

  it('never throws on arbitrary text, and it is never a report', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => {
        expect(parseReport(s).ok).toBe(false);
      }),
    );
    for (const odd of [
      '',
      ' ',
      'null',
      '[]',
      '"x"',
      '1e999',
      '{"format":"civic-data-literacy/progress-report"}',
      '['.repeat(100_000),
    ]) {
      expect(parseReport(odd).ok).toBe(false);
    }
    expect(parseReport(undefined as unknown as string)).toEqual({ ok: false, reason: 'not-json' });
  });

  it('never throws on arbitrary JSON, even JSON that claims to be a report', () => {
    const claims = fc.dictionary(fc.string(), fc.jsonValue()).map((o) => ({ ...o, format: REPORT_FORMAT, version: 1 }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), claims), (value) => {
        expect(parseReport(text(value)).ok).toBe(false);
      }),
    );
  });

  it('a truncated report is never read as one', () => {
    fc.assert(
      fc.property(reportArb, fc.nat(), (report, cut) => {
        const full = text(report);
        expect(parseReport(full.slice(0, cut % full.length)).ok).toBe(false);
      }),
    );
  });

  it('refuses an oversized file before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseReport(valid + ' '.repeat(MAX_REPORT_BYTES))).toEqual({ ok: false, reason: 'too-large' });
    expect(parse).not.toHaveBeenCalled();
  });

  it('says why a file is not a report it can read', () => {
    expect(parseReport('{"format":')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseReport('{"name":"a list of something else"}')).toEqual({ ok: false, reason: 'not-a-report' });
    expect(parseReport('[1,2]')).toEqual({ ok: false, reason: 'not-a-report' });
    // The learner's backup file sent instead of the report: the page says which file to ask for.
    const backup = exportProgress(
      { version: PROGRESS_VERSION, modules: {}, paths: {}, quizzes: {} } as never,
      new Date(),
    );
    expect(parseReport(backup)).toEqual({ ok: false, reason: 'backup' });
    expect(parseReport(text({ ...makeReport(), version: REPORT_VERSION + 1, somethingNew: true }))).toEqual({
      ok: false,
      reason: 'newer-version',
    });
    expect(parseReport(text({ ...makeReport(), version: 0 }))).toEqual({ ok: false, reason: 'invalid' });
    expect(parseReport(text({ ...makeReport(), lang: 'fr' }))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a report whose path was edited after export', () => {
    const report = makeReport();
    expect(parseReport(text({ ...report, path: { ...report.path, due: '2027-06-30' } }))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(parseReport(text({ ...report, pathId: 'abc' }))).toEqual({ ok: false, reason: 'invalid' });
    const passMark = { ...report.path, passMark: 50 };
    expect(parseReport(text({ ...report, path: passMark, pathId: pathId(passMark) })).ok).toBe(true); // re-signed: a different path
  });
});

describe('hostile reports', () => {
  const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
  /** Adds raw JSON members at the start of an object in the report text (JSON.stringify would drop __proto__). */
  const inject = (json: string, after: string, members: string) => json.replace(after, `${after}${members},`);
  const evil = '"__proto__":{"polluted":"yes","format":"x"},"constructor":{"prototype":{"polluted":"yes"}}';

  it('__proto__ and constructor keys anywhere change no prototype and are not kept', () => {
    const before = prototypeNames();
    let hostile = inject(valid, '{', evil); // top level
    hostile = inject(hostile, '"learner":{', evil);
    hostile = hostile.replaceAll('{"module":', `{${evil},"module":`);
    hostile = hostile.replaceAll('{"verb":', `{${evil},"verb":`);
    expect(hostile.split('"__proto__"').length - 1).toBe(6); // top, learner, three modules, one statement
    const result = parseReport(hostile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { report } = result;
    expect(prototypeNames()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const objects: object[] = [
      report,
      report.learner,
      report.path,
      ...report.modules,
      ...(report.statements as object[]),
    ];
    for (const o of objects) {
      expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
      expect(Object.hasOwn(o, '__proto__')).toBe(false);
      expect(Object.hasOwn(o, 'constructor')).toBe(false);
      expect((o as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(report).toEqual(makeReport());
  });

  it('fields hidden under __proto__ do not make a report', () => {
    const inner = JSON.stringify(makeReport()).slice(1, -1);
    expect(parseReport(`{"__proto__":{${inner}}}`)).toEqual({ ok: false, reason: 'not-a-report' });
  });

  it('keeps markup in a name as plain text', () => {
    const name = '<script>alert("x")</script> Lan';
    const result = parseReport(text(makeReport({ name })));
    expect(result.ok && result.report.learner.name).toBe(name);
  });

  it('strips control and bidi characters from the path a report names, as the learner’s page did', () => {
    const overridden = { ...makeReport().path, title: 'Lộ trình \u202Eabc\u202C', note: '\u2067Một\u2069\r\nHai' };
    const result = parseReport(text(makeReport({ path: overridden })));
    expect(result.ok && result.report.path).toEqual({ ...overridden, title: 'Lộ trình abc', note: 'Một\nHai' });
    fc.assert(
      fc.property(pathArb, hostileTextArbitrary({ parts: 8, partLength: 12 }), (path, title) => {
        const parsed = parseReport(text(makeReport({ path: { ...path, title: `${title}x` } })));
        expect(parsed.ok && parsed.report.path.title).toBe(cleanOutsideText(`${title}x`, 'line'));
      }),
    );
  });

  it('strips control and bidi characters from a name, so it cannot disguise itself', () => {
    const name = (raw: string) => {
      const result = parseReport(text(makeReport({ name: raw })));
      return result.ok ? result.report.learner.name : result.reason;
    };
    expect(name('Nguyễn\u202EnaL\u202C Thị')).toBe('NguyễnnaL Thị');
    expect(name('\u2066Lan\u2069\u200F\u0000\u0007\u009B')).toBe('Lan');
    expect(name('Nguyễn\r\nVăn\tAn ')).toBe('Nguyễn Văn An');
    expect(name('Nguye\u0302\u0303n')).toBe('Nguyễn'); // decomposed (macOS) typing shows and sorts as composed
    expect(name('\u202E\u0000 \u2067')).toBe('invalid');
    const hidden = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    const piece = fc.oneof(
      fc.constantFrom('\u202E', '\u2066', '\u0000', '\n', '\u0085', ' '),
      fc.string({ maxLength: 3, unit: 'binary' }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 20 }).map((p) => p.join('').slice(0, 80)),
        (raw) => {
          const got = name(raw);
          if (got !== 'invalid') expect(got).not.toMatch(hidden);
        },
      ),
    );
  });
});

describe('reports from before exercises', () => {
  it('a version 1 report, as learners exported it before exercises were recorded, still reads', () => {
    const text = readFileSync(new URL('../../fixtures/report-v1.json', import.meta.url), 'utf8');
    const parsed = parseReport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.report.version).toBe(1);
    expect(parsed.report.learner.name).toBe('Trần Văn Minh');
    expect(parsed.report.modules.map((m) => [m.module, m.status, m.attempts.length, m.exercises])).toEqual([
      ['data-thinking/data-in-public-work', 'not-started', 0, undefined],
      ['data-thinking/data-quality', 'completed', 2, undefined],
    ]);
  });

  it('a report of this version carries exercise attempts through a parse unchanged', () => {
    const report = makeReport({
      modules: [mod(M2, [], undefined, [exercise('find-errors', [exerciseAttempt(40, { missed: ['r7'] })])])],
    });
    expect(report.version).toBe(REPORT_VERSION);
    const parsed = parseReport(text(report));
    expect(parsed.ok && parsed.report.modules[1]!.exercises).toEqual(report.modules[1]!.exercises);
  });

  it('refuses an exercise attempt a report cannot hold: a score above its total, or an unknown kind', () => {
    const bad = (change: (r: ReturnType<typeof makeReport>) => void) => {
      const report = makeReport({
        modules: [mod(M2, [], undefined, [exercise('find-errors', [exerciseAttempt(40)])])],
      });
      change(report);
      return parseReport(text(report));
    };
    expect(bad((r) => (r.modules[1]!.exercises![0]!.attempts[0]!.score = 9))).toEqual({ ok: false, reason: 'invalid' });
    expect(bad((r) => ((r.modules[1]!.exercises![0]! as { kind: string }).kind = 'crossword'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});
