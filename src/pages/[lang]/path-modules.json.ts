import type { APIRoute } from 'astro';
import { languages, type Lang } from '../../i18n/languages';
import { pathModulesIn } from '../../lib/course-paths/path-catalog';

/**
 * /{lang}/path-modules.json: what My learning's payload says of every module (title, address, exercises), for
 * the LRS sender, which runs on any page and builds a path's statements in the path's language. Fetched only
 * when the record holds a path that sends; precached, so statements made offline are built offline too.
 */
export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await pathModulesIn(params.lang as Lang)), {
    headers: { 'Content-Type': 'application/json' },
  });
