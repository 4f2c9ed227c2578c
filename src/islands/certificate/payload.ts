import type { IslandStrings } from '../../i18n/island-strings';
import type { CertificateModuleFacts } from '../../lib/certificate/certificate-issue';

/** The sheet's words (certificate.…), and the name field's, which My learning's report name field shares. */
export const certificateStringPrefixes = ['certificate.', 'assigned.name', 'assigned.errorPrefix'] as const;

/** What the certificate page writes into <script data-certificate-payload> and <certificate-island> reads. */
export interface CertificatePayload {
  /** Every module a path can name, in the page's language: titles and minutes for the sheet. */
  modules: CertificateModuleFacts[];
  myLearning: string;
  /** The site's name, for the sheet's header and its self-issued statement. */
  siteName: string;
  strings: IslandStrings<(typeof certificateStringPrefixes)[number]>;
}
