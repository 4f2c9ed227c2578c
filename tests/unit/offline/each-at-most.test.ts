import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachAtMost } from '../../../src/lib/offline/each-at-most';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

// fast-check's scheduler settles the tasks' promises in every order it likes: no timers, no timing.
describe('eachAtMost (how the service worker fills its precache)', () => {
  it('runs every item once, in order of starting, with as many at once as allowed and never more', () =>
    fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        async (s, n, width) => {
          const started: number[] = [];
          let running = 0;
          let peak = 0;
          const done = eachAtMost(range(n), width, async (item) => {
            started.push(item);
            peak = Math.max(peak, ++running);
            await s.schedule(Promise.resolve(item));
            running--;
          });
          await s.waitFor(done);
          expect(started).toEqual(range(n));
          expect(peak).toBe(Math.min(width, n));
        },
      ),
    ));

  it('fails with the first error and starts nothing after it', () =>
    fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }))),
        fc.integer({ min: 1, max: 8 }),
        async (s, [n, broken], width) => {
          const error = new Error(`file ${broken} did not arrive`);
          const started: number[] = [];
          const startedAfterFailure: number[] = [];
          let failedYet = false;
          const done = eachAtMost(range(n), width, async (item) => {
            if (failedYet) startedAfterFailure.push(item);
            started.push(item);
            await s.schedule(Promise.resolve(item));
            if (item === broken) {
              failedYet = true;
              throw error;
            }
          });
          await expect(s.waitFor(done)).rejects.toBe(error);
          await s.waitAll();
          expect(startedAfterFailure).toEqual([]);
          expect(started).toContain(broken);
          expect(new Set(started).size).toBe(started.length);
        },
      ),
    ));

  it('treats a width below one as one at a time', async () => {
    const order: string[] = [];
    await eachAtMost(['a', 'b'], 0, async (item) => {
      order.push(`start ${item}`);
      await Promise.resolve();
      order.push(`end ${item}`);
    });
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});
