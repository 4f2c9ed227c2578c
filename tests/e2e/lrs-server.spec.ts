import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { LRS_ENDPOINT, LRS_KEY, storedStatements } from './lrs-helpers';

/**
 * The test LRS works for a browser on another origin, as the site's xAPI sender will use it: a page on the preview
 * server's origin POSTs statements to the LRS with fetch (preflight and all), and the LRS keeps each one once.
 * The page is the site's own home page from the preview server, with its CSP set aside (bypassCSP): the site's
 * pages rightly connect only to endpoints their build allows, and which those are is not this harness's business.
 * It must be a page the server really served: Chromium's Local Network Access lets a page on a loopback address
 * reach another loopback port, but refuses a page Playwright fulfilled itself (it has no address, so counts as
 * public): "Permission was denied for this request to access the `loopback` address space". The store is shared by
 * every worker, so this test's learner has a name of its own and only their statements are looked at.
 */
const learner = `lrs-harness-${randomUUID()}`;

const statement = (verb: string) => ({
  id: randomUUID(),
  actor: { objectType: 'Agent', account: { homePage: 'http://127.0.0.1/', name: learner } },
  verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
  object: { objectType: 'Activity', id: 'http://127.0.0.1/vi/courses/data-thinking/data-in-public-work/' },
  timestamp: '2026-12-01T08:00:00.000Z',
});

/** POSTs from the page, as the site would, and says what the page could read of the answer. */
function postFromPage(page: Page, statements: object[], key: string) {
  return page.evaluate(
    async ({ url, body, key }) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${key}`,
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
        },
        body,
      });
      return { status: response.status, body: await response.json() };
    },
    { url: `${LRS_ENDPOINT}statements`, body: JSON.stringify(statements), key },
  );
}

test.use({ bypassCSP: true });

test('a page on another origin posts statements to the test LRS, which keeps each once', async ({ page }) => {
  await page.goto('/vi/');
  expect(new URL(page.url()).origin).not.toBe(new URL(LRS_ENDPOINT).origin);

  const sent = [statement('experienced'), statement('passed')];
  expect(await postFromPage(page, sent, LRS_KEY)).toEqual({ status: 200, body: sent.map((s) => s.id) });
  // Sent again (a queue that was not sure the first went through): accepted, and not stored twice.
  expect(await postFromPage(page, sent, LRS_KEY)).toEqual({ status: 200, body: sent.map((s) => s.id) });
  // A wrong key is refused, and the page can read the refusal (not a network error).
  const refused = await postFromPage(page, [statement('failed')], btoa('test:wrong'));
  expect(refused.status).toBe(401);

  const mine = (await storedStatements()).filter((s) => s.actor?.account?.name === learner);
  expect(mine.map((s) => s.id).sort()).toEqual(sent.map((s) => s.id).sort());
  expect(mine.map((s) => s.verb.id).sort()).toEqual([
    'http://adlnet.gov/expapi/verbs/experienced',
    'http://adlnet.gov/expapi/verbs/passed',
  ]);
});
