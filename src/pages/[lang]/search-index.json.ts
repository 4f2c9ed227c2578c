import type { APIRoute } from 'astro';
import { languages, otherLang, type Lang } from '../../i18n/languages';
import { coursesIn, findTerm, glossaryIn, loadCatalog } from '../../lib/content/catalog';
import { buildSearchIndex } from '../../lib/search/build-index';
import { moduleDoc, termDoc } from '../../lib/search/docs';
import { urls } from '../../lib/routing/urls';

/** /{lang}/search-index.json: the prebuilt lunr index and result fields, fetched when someone searches. */
export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const { modules } = await loadCatalog();
  const courses = await coursesIn(lang);
  const courseTitle = (slug: string) => courses.find((c) => c.slug === slug)?.data.title ?? '';
  const mine = modules.filter((m) => m.lang === lang);
  const moduleDocs = await Promise.all(
    mine.map(async (m) =>
      moduleDoc({
        key: m.key,
        title: m.data.title,
        summary: m.data.summary,
        courseTitle: courseTitle(m.course),
        url: urls.module(lang, m.course, m.slug),
        keyTermNames: (await Promise.all(m.data.keyTerms.map((id) => findTerm(lang, id)))).map(
          (t) => t?.data.term ?? '',
        ),
        body: m.entry.body ?? '',
      }),
    ),
  );
  const termDocs = await Promise.all(
    (await glossaryIn(lang)).map(async (t) =>
      termDoc({
        id: t.slug,
        term: t.data.term,
        otherTerm: (await findTerm(otherLang(lang), t.slug))?.data.term,
        definition: t.data.definition,
        courseTitle: courseTitle(mine.find((m) => m.data.keyTerms.includes(t.slug))?.course ?? ''),
        url: urls.glossaryTerm(lang, t.slug),
      }),
    ),
  );
  return new Response(JSON.stringify(buildSearchIndex(lang, [...moduleDocs, ...termDocs])), {
    headers: { 'Content-Type': 'application/json' },
  });
};
