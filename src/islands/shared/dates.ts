import { locales, type Lang } from '../../i18n/languages';

/** A calendar date ("2026-12-14") as the reader writes it, the same day whatever the device's time zone. */
export const formatDay = (lang: Lang, day: string) =>
  new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** A moment (ISO timestamp) as a date in the reader's own time zone. */
export const formatMoment = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium' }).format(new Date(iso));
