import { locales, type Lang } from '../../i18n/languages';

/** The certificate's hours: the modules' reading minutes added up, in hours to one decimal ("4,5" / "4.5"). */
export const totalMinutes = (modules: ReadonlyArray<{ minutes: number }>): number =>
  modules.reduce((sum, m) => sum + m.minutes, 0);

export const formatHours = (lang: Lang, minutes: number): string =>
  new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1, minimumFractionDigits: 0 }).format(
    Math.round(minutes / 6) / 10,
  );
