import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorReportLink, siteOwnerFrom, type SiteOwner } from '../../../src/lib/site/site-owner';

const defaults: SiteOwner = {
  publisher: { vi: 'Nhóm dự án', en: 'The project team' },
  contact: 'hoc-du-lieu@example.gov.vn',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

describe('who stands behind the site', () => {
  it('keeps the project defaults when the build sets nothing (blank counts as unset)', () => {
    expect(siteOwnerFrom(defaults, {})).toEqual(defaults);
    expect(siteOwnerFrom(defaults, { SITE_CONTACT: '  ', SITE_PUBLISHER_VI: '' })).toEqual(defaults);
  });

  it('lets an agency hosting its own copy put its name, address and licence', () => {
    const owner = siteOwnerFrom(defaults, {
      SITE_PUBLISHER_VI: 'Sở Nội vụ tỉnh Lào Cai',
      SITE_CONTACT: 'snv@laocai.gov.vn',
      SITE_LICENCE: 'CC BY-SA 4.0',
      SITE_LICENCE_URL: 'https://creativecommons.org/licenses/by-sa/4.0/',
    });
    // An English name not given: the Vietnamese one, rather than the project's.
    expect(owner.publisher).toEqual({ vi: 'Sở Nội vụ tỉnh Lào Cai', en: 'Sở Nội vụ tỉnh Lào Cai' });
    expect(owner.contact).toBe('snv@laocai.gov.vn');
    expect(owner.licence).toEqual({ name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' });
  });

  it('stops the build with a message naming the variable when a value cannot work', () => {
    expect(() => siteOwnerFrom(defaults, { SITE_CONTACT: 'snv at laocai' })).toThrow(/SITE_CONTACT/);
    expect(() => siteOwnerFrom(defaults, { SITE_CONTACT: 'a@b.vn?cc=x@y.vn' })).toThrow(/SITE_CONTACT/);
    expect(() => siteOwnerFrom(defaults, { SITE_LICENCE: 'CC0' })).toThrow(/SITE_LICENCE_URL/);
    expect(() => siteOwnerFrom(defaults, { SITE_LICENCE_URL: 'javascript:alert(1)' })).toThrow(/SITE_LICENCE_URL/);
  });

  it('writes an error report mail whose subject and body come back exactly as given', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, body) => {
        const link = new URL(errorReportLink('a@b.vn', subject, body));
        expect(link.protocol).toBe('mailto:');
        expect(link.pathname).toBe('a@b.vn');
        // URLSearchParams reads "+" as a space; encodeURIComponent never writes one, so both survive.
        const params = new URLSearchParams(link.search.replace(/\+/g, '%2B'));
        expect(params.get('subject')).toBe(subject);
        expect(params.get('body')).toBe(body);
      }),
    );
  });
});
