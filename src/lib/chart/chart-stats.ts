/** The summary lines a chart may draw across its data (mean, median), computed from the values it draws. */
export type ChartStat = 'mean' | 'median';

export function statOf(stat: ChartStat, values: readonly number[]): number {
  if (values.length === 0) throw new Error(`no values to take the ${stat} of`);
  if (stat === 'mean') return values.reduce((sum, v) => sum + v, 0) / values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
