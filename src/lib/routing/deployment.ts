/**
 * Where the site is published, read from SITE_URL at build time (astro.config.mjs). A department's portal may
 * serve it under a folder (https://portal.example.gov.vn/hoc-du-lieu/): `site` is then that full address and
 * `base` its folder, slash-terminated as every URL here is. Without SITE_URL the site sits at the root of
 * whichever host serves it, as before.
 */
export interface Deployment {
  site: string | undefined;
  base: string;
}

const EXAMPLE = 'https://portal.example.gov.vn/hoc-du-lieu/';

export function deploymentFrom(siteUrl: string | undefined): Deployment {
  const text = siteUrl?.trim() ?? '';
  if (text === '') return { site: undefined, base: '/' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL must be a full address such as ${EXAMPLE}, not "${text}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (or http://), not "${url.protocol}" (e.g. ${EXAMPLE}).`);
  }
  // Links are built from the folder alone: a query, a fragment or a password in it would end up in every link.
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL must be the site's address only, with no "?", "#" or user name: "${text}" (e.g. ${EXAMPLE}).`,
    );
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: new URL(base, url.origin).href, base };
}

/**
 * The address xAPI activity ids and the learner's account hang from. With SITE_URL it is that address, so a
 * report names the same activities whichever host served the copy the learner used (an intranet mirror, a
 * laptop in a training room); without it, the host serving the page, at the site's folder.
 */
export function siteAddress(configuredSite: string | undefined, origin: string, base: string): string {
  return configuredSite ? new URL(configuredSite).href : new URL(base, origin).href;
}
