import Callout from './Callout.astro';
import Chart from './Chart.astro';
import ChartCritique from './ChartCritique.astro';
import CsvTable from './CsvTable.astro';
import Exercise from './Exercise.astro';
import Figure from './Figure.astro';
import KeyTerm from './KeyTerm.astro';
import ScrollableTable from './ScrollableTable.astro';

/** What an author may use in MDX without importing anything, and the HTML elements we render our own way. */
export const mdxComponents = {
  Callout,
  Chart,
  ChartCritique,
  CsvTable,
  Exercise,
  Figure,
  KeyTerm,
  table: ScrollableTable,
};
