import type { Lang } from '../../i18n/languages';
import { loadCatalog } from './catalog';
import { csvTableUsages, datasetBaseName } from './csv-table-usages';
import { datasetCells, type DatasetCells } from './dataset-cells';

/** Every dataset a language's modules show in a table, with the labels its first table gives it. */
export interface DatasetDownload {
  name: string;
  caption: string;
  cells: DatasetCells;
}

const datasets = import.meta.glob<string>('/seeds/datasets/*.csv', { query: '?raw', import: 'default', eager: true });

export async function datasetDownloads(lang: Lang): Promise<DatasetDownload[]> {
  const { modules } = await loadCatalog();
  const byName = new Map<string, DatasetDownload>();
  for (const m of modules.filter((m) => m.lang === lang)) {
    for (const usage of csvTableUsages(m.entry.body ?? '')) {
      const name = datasetBaseName(usage.file);
      const csv = datasets[`/seeds/datasets/${usage.file}`];
      // CsvTable fails the build for a missing file, naming the page; here it is simply not offered.
      if (csv === undefined || byName.has(name)) continue;
      byName.set(name, { name, caption: usage.caption, cells: datasetCells(csv, usage.columns) });
    }
  }
  return [...byName.values()];
}
