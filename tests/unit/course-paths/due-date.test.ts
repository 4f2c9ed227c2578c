import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPastDue, vietnamDate } from '../../../src/lib/course-paths/due-date';

describe('a due date', () => {
  it('is a day in Vietnam: the 15th starts at 17:00 UTC on the 14th', () => {
    expect(vietnamDate(new Date('2026-12-14T16:59:59Z'))).toBe('2026-12-14');
    expect(vietnamDate(new Date('2026-12-14T17:00:00Z'))).toBe('2026-12-15');
  });

  it('is not yet missed on the day itself, and missed the day after while a module is left', () => {
    expect(isPastDue('2026-12-14', '2026-12-14', 1, 3)).toBe(false);
    expect(isPastDue('2026-12-14', '2026-12-15', 1, 3)).toBe(true);
    expect(isPastDue('2026-12-14', '2027-01-02', 1, 3)).toBe(true); // across a year: compared as yyyy-mm-dd
  });

  it('is never missed on a path with no date, or once every module is done', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 60 }),
        (now, total) => {
          const today = vietnamDate(now);
          expect(isPastDue(undefined, today, 0, total)).toBe(false);
          expect(isPastDue('2020-01-01', today, total, total)).toBe(false);
        },
      ),
    );
  });
});
