/**
 * The in-app browsers officials most often open our links in. Each keeps its own storage, apart from the phone's
 * Chrome or Safari, so progress made there is not found in the phone's browser (nor the other way round).
 */
export type InAppName = 'Zalo' | 'Facebook' | 'Messenger' | 'Instagram';
export interface InAppBrowser {
  app: InAppName;
  /** Where the "open in browser" command sits differs between the Android and iOS versions of these apps. */
  platform: 'android' | 'ios';
}

// Messenger's user agent also carries Facebook's FBAN/FBAV tokens, so it is looked for first.
const APPS: ReadonlyArray<[InAppName, RegExp]> = [
  ['Zalo', /\bZalo\b/],
  ['Messenger', /FBAN\/Messenger|FB_IAB\/(?:Orca-Android|MESSENGER)|\bMessengerLite/],
  ['Instagram', /\bInstagram \d/],
  ['Facebook', /\bFBAN\/|\bFBAV\/|\bFB_IAB\//],
];

export function inAppBrowser(userAgent: string): InAppBrowser | undefined {
  const found = APPS.find(([, pattern]) => pattern.test(userAgent));
  if (!found) return undefined;
  return { app: found[0], platform: /\b(?:iPhone|iPad|iPod)\b|\biOS\b/.test(userAgent) ? 'ios' : 'android' };
}
