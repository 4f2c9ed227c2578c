import type { Lang } from '../../i18n/languages';
import { formatHours, totalMinutes } from '../../lib/certificate/certificate-hours';
import type { Certificate } from '../../lib/progress/progress-schema';
import { formatMoment } from '../shared/dates';
import { h } from '../shared/dom';
import { qrSvg } from '../shared/qr-svg';
import type { Translator } from '../shared/strings';

/** The words a sheet needs: the certificate page and the verify page both send these. */
export type SheetKey =
  | 'certificate.title'
  | 'certificate.certifies'
  | 'certificate.completed'
  | 'certificate.modulesCaption'
  | 'certificate.col.module'
  | 'certificate.col.best'
  | 'certificate.col.date'
  | 'certificate.noQuiz'
  | 'certificate.hours'
  | 'certificate.hoursNote'
  | 'certificate.issued'
  | 'certificate.code'
  | 'certificate.qrLabel'
  | 'certificate.verifyAt'
  | 'certificate.selfIssued';

/**
 * The certificate as one A4 sheet: who, which path, each module with its best score and date, the hours, the
 * issue date, the code and (on the learner's page) the QR code of the verify link. Labels in the page's
 * language; what the certificate says exactly as it was issued. All text goes in as text (h()), never markup.
 */
export function certificateSheet(
  c: Certificate,
  t: Translator<SheetKey>,
  lang: Lang,
  options: { siteName: string; verifyLink?: string },
): HTMLElement {
  const date = (iso: string) => formatMoment(lang, iso);
  const minutes = totalMinutes(c.modules);
  const hours = formatHours(lang, minutes);
  const qr = options.verifyLink ? qrSvg(options.verifyLink, t('certificate.qrLabel')) : undefined;
  return h(
    'article',
    { class: 'certificate-sheet', 'aria-labelledby': 'certificate-sheet-title' },
    h('p', { class: 'certificate-site' }, options.siteName),
    h('h2', { id: 'certificate-sheet-title', class: 'certificate-heading' }, t('certificate.title')),
    h('p', { class: 'certificate-line' }, t('certificate.certifies')),
    h('p', { class: 'certificate-name' }, c.learner.name),
    h('p', { class: 'certificate-line' }, t('certificate.completed')),
    h('p', { class: 'certificate-path', lang: c.lang }, c.pathTitle),
    h(
      'table',
      { class: 'certificate-modules' },
      h('caption', {}, t('certificate.modulesCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('certificate.col.module')),
          h('th', { scope: 'col', class: 'num' }, t('certificate.col.best')),
          h('th', { scope: 'col' }, t('certificate.col.date')),
        ),
      ),
      h(
        'tbody',
        {},
        ...c.modules.map((m) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', lang: c.lang }, m.title),
            h('td', { class: 'num' }, m.best !== undefined ? `${m.best}%` : t('certificate.noQuiz')),
            h('td', {}, date(m.completedAt)),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'certificate-hours' },
      t('certificate.hours', { hours, count: hours === '1' ? 1 : hours }),
      h('span', { class: 'certificate-note' }, ` (${t('certificate.hoursNote')})`),
    ),
    h(
      'div',
      { class: 'certificate-foot' },
      h(
        'div',
        {},
        h('p', {}, t('certificate.issued', { date: date(c.issuedAt) })),
        h('p', {}, `${t('certificate.code')}: `, h('strong', { class: 'certificate-code' }, c.code)),
        qr ? h('p', { class: 'certificate-note' }, t('certificate.verifyAt')) : false,
      ),
      qr ? h('div', { class: 'certificate-qr' }, qr) : false,
    ),
    h('p', { class: 'certificate-statement' }, t('certificate.selfIssued', { site: options.siteName })),
  );
}
