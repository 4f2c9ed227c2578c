import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SENT_PER_PATH,
  mergeLogs,
  parseSentLog,
  unsent,
  withProblem,
  withSent,
  type PathLog,
} from '../../../src/lib/lrs/sent-log';

const now = new Date('2026-12-02T08:00:00.000Z');
const statementArb = fc.record({
  id: fc.uuid(),
  timestamp: fc.date({ min: new Date('2025-01-01'), max: now, noInvalidDate: true }).map((d) => d.toISOString()),
});
const statementsArb = fc.uniqueArray(statementArb, { selector: (s) => s.id, maxLength: 60 });

describe('the sent log', () => {
  it('never offers again what the LRS took, and offers everything else, whatever the order of sending', () => {
    fc.assert(
      fc.property(statementsArb, fc.array(fc.nat(), { maxLength: 5 }), (statements, cuts) => {
        // Sent in batches cut anywhere, the rest not yet.
        const points = [...new Set(cuts.map((c) => c % (statements.length + 1)))].sort((a, b) => a - b);
        let log: PathLog | undefined;
        let from = 0;
        for (const to of points) {
          log = withSent(log, statements.slice(from, to), now);
          from = to;
        }
        const left = unsent(statements, log);
        expect(left).toEqual(statements.slice(from));
        expect(unsent(left, withSent(log, left, now))).toEqual([]);
      }),
    );
  });

  it('stays bounded: past its limit the oldest entries are summarised, and nothing older comes back as unsent', () => {
    const many = Array.from({ length: MAX_SENT_PER_PATH + 250 }, (_, i) => ({
      id: `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
      timestamp: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString(),
    }));
    const log = withSent(undefined, many, now);
    expect(log.sent).toHaveLength(MAX_SENT_PER_PATH);
    expect(log.through).toBe(many[249]!.timestamp);
    expect(unsent(many, log)).toEqual([]);
    expect(JSON.stringify(log).length).toBeLessThan(60_000);
  });

  it('merges two tabs’ logs without losing an entry, in either order, and keeps the later outcome', () => {
    fc.assert(
      fc.property(statementsArb, statementsArb, (mine, theirs) => {
        const a = { p1: withProblem(withSent(undefined, mine, now), 'offline', new Date('2026-12-02T09:00:00Z')) };
        const b = { p1: withSent(undefined, theirs, new Date('2026-12-02T10:00:00Z')) };
        const merged = mergeLogs(a, b);
        expect(merged).toEqual(mergeLogs(b, a));
        expect(unsent([...mine, ...theirs], merged.p1)).toEqual([]);
        expect(merged.p1!.last).toEqual({ at: '2026-12-02T10:00:00.000Z' });
      }),
    );
  });

  it('reads damaged text as an empty log, or drops only the damaged path’s part', () => {
    for (const bad of [null, '', '{', '[]', 'null', '"x"', '{"p1":{"sent":"no"}}'])
      expect(parseSentLog(bad), String(bad)).toEqual({});
    const good = withSent(
      undefined,
      [{ id: 'a1b2c3d4-0000-4000-8000-000000000000', timestamp: now.toISOString() }],
      now,
    );
    expect(parseSentLog(JSON.stringify({ p1: good, p2: { sent: ['<script>'] }, p3: 7 }))).toEqual({ p1: good });
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseSentLog(text)).not.toThrow();
      }),
    );
  });
});
