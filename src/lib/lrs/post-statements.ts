/**
 * One POST of statements to an LRS (xAPI-Communication 2.1.2): an array in the body, Basic auth with the path's
 * key, the version header every LRS requires. The answer is sorted into what the sender does next.
 */
export type PostResult =
  | { kind: 'stored' }
  /** 409: the LRS holds one of these ids with other content. Sent one at a time, such a statement is skipped. */
  | { kind: 'conflict' }
  /** No answer (offline, the network cut mid-way): everything is tried again when the network returns. */
  | { kind: 'offline' }
  /** 400, 401, 403, 413…: the LRS will not take these as they are; trying again the same way will not help. */
  | { kind: 'refused'; status: number }
  /** 429, 5xx: the LRS is busy or broken; try again later. */
  | { kind: 'server'; status: number };

export const XAPI_VERSION = '1.0.3';
/** A batch small enough for any LRS's body limit (a statement is about 1 KB). */
export const BATCH_SIZE = 50;

export async function postStatements(
  fetcher: typeof fetch,
  endpoint: string,
  key: string,
  statements: readonly unknown[],
): Promise<PostResult> {
  let response: Response;
  try {
    response = await fetcher(`${endpoint}statements`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${key}`,
        'Content-Type': 'application/json',
        'X-Experience-API-Version': XAPI_VERSION,
      },
      body: JSON.stringify(statements),
      // The learner's results go to the LRS alone: no cookie of the site, no referrer.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // A link that hangs (a weak signal) is given up and tried again later, never waited on for ever.
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return { kind: 'offline' };
  }
  if (response.ok) return { kind: 'stored' };
  if (response.status === 409) return { kind: 'conflict' };
  if (response.status === 429 || response.status >= 500) return { kind: 'server', status: response.status };
  return { kind: 'refused', status: response.status };
}
