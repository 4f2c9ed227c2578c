import { translate } from '../../i18n/t';
import type { Lang } from '../../i18n/languages';
import { numberLabel } from './number-label';
import type { ChartType } from './layout';

/**
 * The <desc> of a chart's SVG: what a screen reader says after its title. It names the kind of chart, lists every
 * value as the chart shows it (a reader who cannot see the bars gets the numbers), the summary lines, and says when
 * the value axis does not start at 0, which is what a sighted reader might miss.
 */
export interface DescriptionInput {
  lang: Lang;
  type: ChartType;
  xLabels: string[];
  series: Array<{ title: string; values: number[]; decimals: number }>;
  marks: string[];
  /** Where the value axis starts when it is not 0. */
  truncatedFrom?: number;
  truncatedDecimals?: number;
}

export function describeChart(input: DescriptionInput): string {
  const { lang } = input;
  const sentences = [translate(lang, `exercise.chart.kind.${input.type}`)];
  for (const series of input.series) {
    const shown = series.values.map((value) => numberLabel(value, lang, series.decimals));
    // A dot plot's points are values, not categories: listed smallest first, as a reader would sort them.
    const list =
      input.type === 'dot'
        ? [...series.values]
            .sort((a, b) => a - b)
            .map((value) => numberLabel(value, lang, series.decimals))
            .join('; ')
        : shown.map((value, i) => `${input.xLabels[i]}: ${value}`).join('; ');
    sentences.push(`${series.title}. ${list}`);
  }
  sentences.push(...input.marks);
  if (input.truncatedFrom !== undefined) {
    const from = numberLabel(input.truncatedFrom, lang, input.truncatedDecimals ?? 0);
    const horizontal = input.type === 'bar' || input.type === 'dot';
    sentences.push(
      translate(lang, horizontal ? 'exercise.chart.axisFrom.horizontal' : 'exercise.chart.axisFrom.vertical', {
        value: from,
      }),
    );
  }
  return sentences.map((s) => s.replace(/[.\s]+$/, '')).join('. ') + '.';
}
