/**
 * The <CsvTable> elements a module's MDX body holds, read from its text: the download files of a table are built
 * beside the pages, where the component's props are out of reach, and must carry the labels the table shows.
 * Authors write columns as an object of quoted labels (columns={{ month: "Tháng", … }}), as every module does.
 */
export interface CsvTableUsage {
  file: string;
  caption: string;
  columns?: Record<string, string>;
}

const ELEMENT = /<CsvTable\b([\s\S]*?)\/>/g;
const attribute = (props: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(props)?.[1];

export function csvTableUsages(body: string): CsvTableUsage[] {
  return [...body.matchAll(ELEMENT)].flatMap(([, props = '']) => {
    const file = attribute(props, 'file');
    if (!file) return [];
    const object = /\bcolumns=\{\{([\s\S]*?)\}\}/.exec(props)?.[1];
    const pairs = object ? [...object.matchAll(/(\w+)\s*:\s*"([^"]*)"/g)] : [];
    return [
      {
        file,
        caption: attribute(props, 'caption') ?? file,
        ...(pairs.length > 0 ? { columns: Object.fromEntries(pairs.map(([, id, label]) => [id!, label!])) } : {}),
      },
    ];
  });
}

/** Where a dataset's download files are: one name, two extensions, under the language's folder. */
export const datasetBaseName = (file: string): string => file.replace(/\.csv$/, '');
