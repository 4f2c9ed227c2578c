import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSavedClass, writeSavedClass } from '../../../src/lib/class/saved-class';
import type { Report } from '../../../src/lib/reports/report-schema';
import { attempt, exercise, exerciseAttempt, makeReport, mod, M1 } from '../report-fixture';

/** What is saved of a report: everything the class view reads (xAPI statements stay in the files). */
const kept = (r: Report): Report => ({ ...r, statements: [] });
const lan = makeReport({
  id: 'learner-lan1',
  name: 'Nguyễn Thị Lan',
  // With an exercise: the class saved in this browser keeps exercise results for the next visit.
  modules: [mod(M1, [attempt(90, { missed: ['q1'] })], undefined, [exercise('find-errors', [exerciseAttempt(60)])])],
});
const minh = makeReport({ id: 'learner-minh', name: 'Lê Minh' });
const learners = Array.from({ length: 12 }, (_, i) =>
  makeReport({ id: `learner-${String(i).padStart(4, '0')}`, name: `Học viên ${i}` }),
);

describe('the saved class', () => {
  it('round-trips the reports without their statements', () => {
    const { text, saved } = writeSavedClass([lan, minh], Infinity);
    expect(saved).toBe(2);
    expect(JSON.parse(text)).toMatchObject({ version: 1 });
    expect(readSavedClass(text)).toEqual({ reports: [kept(lan), kept(minh)], dropped: 0 });
  });

  it('keeps as many reports as fit the budget, first loaded first, and says how many', () => {
    fc.assert(
      fc.property(fc.subarray(learners), fc.integer({ min: 0, max: 20_000 }), (reports, budget) => {
        const { text, saved } = writeSavedClass(reports, budget);
        if (saved > 0) expect(text.length).toBeLessThanOrEqual(budget);
        expect(readSavedClass(text).reports).toEqual(reports.slice(0, saved).map(kept));
        // Nothing that would have fit was left out.
        if (saved < reports.length)
          expect(writeSavedClass(reports.slice(0, saved + 1), Infinity).text.length).toBeGreaterThan(budget);
      }),
    );
  });

  it('names what is wrong with a saved class that does not read whole, and never throws', () => {
    expect(readSavedClass('{"version":1,"reports":')).toEqual({ reports: [], dropped: 0, damage: 'not-json' });
    expect(readSavedClass(`{"version":1,"reports":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`)).toEqual({
      reports: [],
      dropped: 0,
      damage: 'too-deep',
    });
    for (const shape of [
      'null',
      '[]',
      '"x"',
      '{}',
      '{"version":1}',
      '{"version":1,"reports":{}}',
      '{"version":"1","reports":[]}',
    ]) {
      expect(readSavedClass(shape), shape).toEqual({ reports: [], dropped: 0, damage: 'wrong-shape' });
    }
    expect(readSavedClass('{"version":2,"reports":[]}')).toEqual({ reports: [], dropped: 0, damage: 'newer-version' });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const saved = readSavedClass(raw);
        expect(saved.reports).toEqual([]);
        // Only a well-formed empty class reads without damage.
        if (saved.damage === undefined) expect(JSON.parse(raw)).toEqual({ version: 1, reports: [] });
      }),
    );
  });

  it('drops and counts a saved report that no longer validates, keeping the others', () => {
    const tampered = { ...lan, path: { ...lan.path, due: '2030-01-01' } }; // pathId no longer matches
    const raw = JSON.stringify({ version: 1, reports: [lan, { nonsense: true }, minh, tampered, null] });
    expect(readSavedClass(raw)).toEqual({ reports: [lan, minh], dropped: 3, damage: 'reports-dropped' });
  });
});
