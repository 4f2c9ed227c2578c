/**
 * Runs `task` once for every item, never more than `width` at once, starting them in the items' order. The service
 * worker fills its precache with it: one file after another, a slow link's round trip is waited out once per file
 * (242 files × 150 ms), while a few at a time overlap those waits and keep the link busy.
 *
 * Rejects with the first task's error, as the install must then fail (a half-filled precache is never declared
 * ready); from then on no further task starts. Tasks already running are left to finish: a file that arrives is
 * still cached, so the next install attempt fetches only what is missing.
 */
export async function eachAtMost<T>(
  items: Iterable<T>,
  width: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  const queue = items[Symbol.iterator]();
  let failed = false;
  // One shared iterator: each lane takes the next item when its own task is done, so every item runs exactly once.
  const lane = async () => {
    while (!failed) {
      const next = queue.next();
      if (next.done) return;
      try {
        await task(next.value);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.floor(width)) }, lane));
}
