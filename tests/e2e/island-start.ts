import { expect, type Page } from '@playwright/test';

/**
 * What an island does when it cannot start. `opened` serves `path` with `cut` (a pattern over the built HTML:
 * the island's payload script, or an element it needs) taken out, so the island meets a page that lacks what it
 * reads, and collects what the page throws. The page is then checked like a reader would see it.
 */
export async function openWithout(page: Page, path: string, cut: RegExp, replacement = ''): Promise<Error[]> {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  const pathname = path.replace(/[?#].*$/, '');
  await page.route(
    (url) => url.pathname === pathname,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const body = html.replace(cut, replacement);
      expect(body, `the built ${pathname} has nothing matching ${cut}`).not.toBe(html);
      await route.fulfill({ response, body });
    },
  );
  await page.goto(path);
  return errors;
}

/** The <script type="application/json"> an island reads, by its data attribute ("data-quiz-payload"). */
export const payloadScript = (attribute: string) =>
  new RegExp(`<script[^>]*\\b${attribute}\\b[^>]*>[\\s\\S]*?</script>`);

/** Waits for the island's named error: an IslandError whose message says which island and what is missing. */
export async function expectIslandError(errors: Error[], message: string) {
  await expect.poll(() => errors.map((e) => `${e.name}: ${e.message}`)).toContain(`IslandError: ${message}`);
}

/** Puts values in this origin's storage from a page without a record-keeping island, before the page under test. */
export async function seedStorage(page: Page, entries: Record<string, string>) {
  await page.goto('/vi/glossary/');
  await page.evaluate((pairs) => {
    for (const [key, value] of Object.entries(pairs)) localStorage.setItem(key, value);
  }, entries);
}

export const storedValue = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
