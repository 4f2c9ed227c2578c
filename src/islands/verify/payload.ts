import type { IslandStrings } from '../../i18n/island-strings';

/** The sheet's words come from the certificate page's block (certificate.…), the page's own from verify.… */
export const verifyStringPrefixes = ['verify.', 'certificate.'] as const;

/** What the verify page writes into <script data-verify-payload> and <verify-island> reads. */
export interface VerifyPayload {
  siteName: string;
  strings: IslandStrings<(typeof verifyStringPrefixes)[number]>;
}
