import Callout from './Callout.astro';
import CsvTable from './CsvTable.astro';
import Figure from './Figure.astro';
import KeyTerm from './KeyTerm.astro';

/** What an author may use in MDX without importing anything. */
export const mdxComponents = { Callout, CsvTable, Figure, KeyTerm };
