import type { APIRoute } from 'astro';
import { languages } from '../../../i18n/languages';
import { datasetDownloads, type DatasetDownload } from '../../../lib/content/dataset-downloads';
import { datasetCsv } from '../../../lib/content/dataset-files';

/** /{lang}/datasets/{name}.csv: a table's dataset as CSV for other tools, under the labels the table shows. */
export async function getStaticPaths() {
  const paths = await Promise.all(
    languages.map(async (lang) =>
      (await datasetDownloads(lang)).map((d) => ({ params: { lang, name: d.name }, props: { download: d } })),
    ),
  );
  return paths.flat();
}

export const GET: APIRoute = ({ props }) =>
  new Response(datasetCsv((props as { download: DatasetDownload }).download.cells), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
