import { locales, type Lang } from '../../i18n/languages';

/**
 * How an x value from a CSV is shown. Months, written "2025-03" or "03/2025" in a dataset, read "tháng 3/2025" in
 * Vietnamese and "Mar 2025" in English; a date "2025-03-14" reads 14/3/2025 or 14 Mar 2025. Anything else (a
 * year, a commune's name, a code) is shown exactly as written.
 */
const MONTH = /^(?:(\d{4})-(\d{2})|(\d{2})\/(\d{4}))$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function xLabel(value: string, lang: Lang): string {
  const month = MONTH.exec(value);
  if (month) {
    const year = Number(month[1] ?? month[4]);
    const index = Number(month[2] ?? month[3]) - 1;
    if (index < 0 || index > 11) return value;
    const date = new Date(Date.UTC(year, index, 1));
    return lang === 'vi'
      ? `tháng ${index + 1}/${year}`
      : new Intl.DateTimeFormat(locales[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const day = DAY.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day[3])) return value;
    return lang === 'vi'
      ? `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`
      : new Intl.DateTimeFormat(locales[lang], {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(date);
  }
  return value;
}
