/**
 * The test Learning Record Store (tests/lrs/start.mjs, started by tests/playwright.config.ts): where it is, its key,
 * and what it holds. Its behaviour (CORS, duplicates, conflicts, paging) is written down in start.mjs.
 */
const LRS_ORIGIN = `http://127.0.0.1:${Number(process.env.LRS_PORT ?? 4380)}`;

/** The xAPI endpoint, with its trailing slash as xAPI clients expect (`${LRS_ENDPOINT}statements`). */
export const LRS_ENDPOINT = `${LRS_ORIGIN}/xAPI/`;

/** The Basic credentials token for `test:test`, the one key the harness accepts: `Authorization: Basic ${LRS_KEY}`. */
export const LRS_KEY = Buffer.from('test:test').toString('base64');

/** The headers an xAPI request needs here (the service refuses a request without the version header: 400). */
export const LRS_HEADERS = {
  Authorization: `Basic ${LRS_KEY}`,
  'X-Experience-API-Version': '1.0.3',
} as const;

/** A statement as the LRS gives it back: what was sent, plus `stored`, `authority` and `version`. */
export type StoredStatement = Record<string, any> & { id: string; stored: string };

/** Every statement stored, oldest first, following `more` (a path from the origin) page after page. */
export async function storedStatements(): Promise<StoredStatement[]> {
  const all: StoredStatement[] = [];
  let next: string = `${LRS_ENDPOINT}statements?ascending=true`;
  while (next) {
    const response = await fetch(next, { headers: LRS_HEADERS });
    if (!response.ok) throw new Error(`GET ${next}: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { statements: StoredStatement[]; more: string };
    all.push(...page.statements);
    next = page.more ? new URL(page.more, LRS_ORIGIN).href : '';
  }
  return all;
}

/**
 * Empties the LRS (a test-only route of the harness, not xAPI). The store is shared by every worker, so a test
 * that runs beside others should rather give its learner a name of its own and filter storedStatements() by it.
 */
export async function clearLrs(): Promise<void> {
  const response = await fetch(`${LRS_ORIGIN}/harness/statements`, { method: 'DELETE' });
  if (response.status !== 204) throw new Error(`Could not empty the test LRS: ${response.status}`);
}
