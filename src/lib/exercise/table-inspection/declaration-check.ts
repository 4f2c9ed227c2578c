import { parse } from 'csv-parse/sync';

/**
 * What a table-inspection declaration claims about its dataset, checked against the CSV itself at build: a problem
 * that names row "17" of a 16-row table, or a column the file lacks, would mark the learner against nothing.
 * Pure (the CSV text comes in), so it is unit-tested; the schema runs it on the file in seeds/datasets.
 */
export interface DeclaredTable {
  dataset: string;
  idColumn: string;
  columns: ReadonlyArray<{ id: string }>;
  problems: ReadonlyArray<{ id: string; rows: readonly string[]; column?: string | undefined }>;
}

/** The row ids of a dataset, in file order: the id column's values, as written. */
export function datasetRowIds(csv: string, idColumn: string): string[] {
  const [header = [], ...body]: string[][] = parse(csv, { bom: true, skip_empty_lines: true, trim: true });
  const index = header.indexOf(idColumn);
  return index < 0 ? [] : body.map((row) => row[index] ?? '');
}

export function declarationProblems(table: DeclaredTable, csv: string | undefined): string[] {
  const file = `seeds/datasets/${table.dataset}`;
  if (csv === undefined) return [`"dataset": ${file} does not exist`];
  const [header = []]: string[][] = parse(csv, { bom: true, skip_empty_lines: true, trim: true, to_line: 1 });
  const problems: string[] = [];
  const known = (column: string) => header.includes(column);
  if (!known(table.idColumn)) {
    problems.push(`"idColumn": ${file} has no column "${table.idColumn}" (it has ${header.join(', ')})`);
    return problems;
  }
  for (const column of table.columns.filter((c) => !known(c.id)))
    problems.push(`"columns": ${file} has no column "${column.id}" (it has ${header.join(', ')})`);
  if (!table.columns.some((c) => c.id === table.idColumn))
    problems.push(`"columns" must show the id column "${table.idColumn}", so the learner can say which row is which`);

  const ids = datasetRowIds(csv, table.idColumn);
  const blank = ids.findIndex((id) => id === '');
  if (blank >= 0) problems.push(`${file}: row ${blank + 2} has no "${table.idColumn}"`);
  const repeated = ids.filter((id, i) => id !== '' && ids.indexOf(id) !== i);
  if (repeated.length > 0)
    problems.push(`${file}: "${table.idColumn}" must be unique, but ${[...new Set(repeated)].join(', ')} repeat`);

  const owner = new Map<string, string>();
  for (const problem of table.problems) {
    for (const row of problem.rows) {
      if (!ids.includes(row))
        problems.push(`problem "${problem.id}": row "${row}" is not in ${file} (column ${table.idColumn})`);
      const other = owner.get(row);
      // The learner gives each row one mark, so a row can belong to one problem only.
      if (other !== undefined && other !== problem.id)
        problems.push(`problem "${problem.id}": row "${row}" is already in problem "${other}" (one problem a row)`);
      owner.set(row, problem.id);
    }
    if (problem.column !== undefined && !table.columns.some((c) => c.id === problem.column))
      problems.push(`problem "${problem.id}": column "${problem.column}" is not one of the columns shown`);
  }
  return problems;
}
