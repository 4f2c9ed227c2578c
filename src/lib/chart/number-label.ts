import { locales, type Lang } from '../../i18n/languages';

/**
 * A number the reader's way: 1.234,5 in Vietnamese, 1,234.5 in English, with exactly `decimals` decimals, so a
 * column of 96,2 / 97,0 keeps its written precision and a tick of 1.100 never shows as 1.100,0.
 */
export function numberLabel(value: number, lang: Lang, decimals = 0): string {
  // -0 would print as "-0" for a value such as -0.04 rounded to no decimals.
  const shown = Object.is(Math.round(value * 10 ** decimals), -0) ? 0 : value;
  return new Intl.NumberFormat(locales[lang], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(shown);
}

/** The decimals a set of tick values needs to tell them apart (0, 0.5, 1 → 1; 0, 25, 50 → 0). */
export function tickDecimals(ticks: readonly number[]): number {
  return Math.max(
    0,
    ...ticks.map((tick) => {
      for (let decimals = 0; decimals < 6; decimals += 1) {
        if (Math.abs(Math.round(tick * 10 ** decimals) - tick * 10 ** decimals) < 1e-6) return decimals;
      }
      return 6;
    }),
  );
}
