import type { APIRoute } from 'astro';
import { languages } from '../../../i18n/languages';
import { datasetDownloads, type DatasetDownload } from '../../../lib/content/dataset-downloads';
import { datasetWorkbook } from '../../../lib/content/dataset-files';

/** /{lang}/datasets/{name}.xlsx: a table's dataset as an Excel workbook, built once at build time. */
export async function getStaticPaths() {
  const paths = await Promise.all(
    languages.map(async (lang) =>
      (await datasetDownloads(lang)).map((d) => ({ params: { lang, name: d.name }, props: { download: d } })),
    ),
  );
  return paths.flat();
}

export const GET: APIRoute = async ({ props }) => {
  const { download } = props as { download: DatasetDownload };
  return new Response(await datasetWorkbook(download.cells, download.caption), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
