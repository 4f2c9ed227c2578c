/**
 * The Learning Record Stores a copy of the site may send statements to, listed by its publisher at build time
 * (LRS_ENDPOINTS, separated by spaces or commas). The page's Content-Security-Policy allows exactly these in
 * connect-src, and a path naming any other is refused, so a tampered link cannot send a learner's results
 * elsewhere. Each is the LRS's xAPI base address, slash-terminated ("https://lrs.example.gov.vn/xapi/"): the
 * statements resource is `${endpoint}statements`.
 */
const EXAMPLE = 'https://lrs.example.gov.vn/xapi/';

export function lrsEndpointsFrom(text: string | undefined): string[] {
  const listed = (text ?? '').split(/[\s,]+/).filter(Boolean);
  return [...new Set(listed.map(checkedEndpoint))];
}

function checkedEndpoint(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`LRS_ENDPOINTS: "${text}" is not a full address such as ${EXAMPLE}.`);
  }
  // Statements carry names and results: only over TLS, but for an LRS on the machine itself (tests, a laptop).
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Error(`LRS_ENDPOINTS: "${text}" must start with https:// (e.g. ${EXAMPLE}).`);
  }
  // A key belongs in the path the trainer shares, never in the site; a query or fragment would break the address.
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`LRS_ENDPOINTS: "${text}" must be the LRS's xAPI address only, with no "?", "#" or user name.`);
  }
  return url.pathname.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The shape of an endpoint a path may name: https (or http on this machine), no user, query or fragment,
 * slash-terminated. A pattern, not checkedEndpoint, because the path schema runs in the browser on every record
 * read and must stay small; whether the site sends there is the exact comparison with the build's list.
 */
export const LRS_ENDPOINT_SHAPE =
  /^(?:https:\/\/[a-z0-9.-]+|http:\/\/(?:127\.0\.0\.1|localhost))(?::\d{1,5})?\/[^\s?#@]*$/;
export const isLrsEndpoint = (text: string) => LRS_ENDPOINT_SHAPE.test(text) && text.endsWith('/');
