import type { Lang } from '../../i18n/languages';

/**
 * Who stands behind the site: the publisher, an address to write to and the licence of the content. A public
 * service is trusted when it says this plainly; an agency that hosts its own copy puts its own name here at
 * build time (SITE_PUBLISHER_VI, SITE_PUBLISHER_EN, SITE_CONTACT, SITE_LICENCE, SITE_LICENCE_URL), as SITE_URL
 * sets its address.
 */
export interface SiteOwner {
  publisher: Record<Lang, string>;
  /** An e-mail address: the site has no server, so "report an error" and every question go by mail. */
  contact: string;
  licence: { name: string; url: string };
}

/** The variables a build may set, by name (process.env at build). */
export type OwnerEnv = Partial<
  Record<'SITE_PUBLISHER_VI' | 'SITE_PUBLISHER_EN' | 'SITE_CONTACT' | 'SITE_LICENCE' | 'SITE_LICENCE_URL', string>
>;

// Deliberately plain: one "@", no spaces or characters that would break a mailto: link.
const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

/** The defaults with whatever the build sets, checked: a bad value stops the build with a message naming it. */
export function siteOwnerFrom(defaults: SiteOwner, env: OwnerEnv): SiteOwner {
  const set = (name: keyof OwnerEnv) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const contact = set('SITE_CONTACT') ?? defaults.contact;
  if (!EMAIL.test(contact)) {
    throw new Error(`SITE_CONTACT must be an e-mail address such as hoc-du-lieu@example.gov.vn, not "${contact}".`);
  }
  const licenceUrl = set('SITE_LICENCE_URL') ?? (set('SITE_LICENCE') ? undefined : defaults.licence.url);
  if (licenceUrl === undefined) throw new Error('SITE_LICENCE needs SITE_LICENCE_URL: the address of its text.');
  if (!/^https?:\/\/\S+$/.test(licenceUrl)) {
    throw new Error(`SITE_LICENCE_URL must be a full address starting with https://, not "${licenceUrl}".`);
  }
  return {
    publisher: {
      vi: set('SITE_PUBLISHER_VI') ?? defaults.publisher.vi,
      en: set('SITE_PUBLISHER_EN') ?? set('SITE_PUBLISHER_VI') ?? defaults.publisher.en,
    },
    contact,
    licence: { name: set('SITE_LICENCE') ?? defaults.licence.name, url: licenceUrl },
  };
}

/**
 * A mailto: link to report an error on one page, with its address already in the message: the reader only says
 * what is wrong, and whoever reads the mail knows exactly which page (and language) it is about.
 */
export function errorReportLink(contact: string, subject: string, body: string): string {
  return `mailto:${contact}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
