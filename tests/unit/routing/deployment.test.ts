import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deploymentFrom, siteAddress } from '../../../src/lib/routing/deployment';

const folder = fc
  .array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 3 })
  .map((parts) => parts.map((p) => `${p}/`).join(''));

describe('SITE_URL', () => {
  it('unset or blank: the site lives at the root of any host, as before', () => {
    expect(deploymentFrom(undefined)).toEqual({ site: undefined, base: '/' });
    expect(deploymentFrom('  ')).toEqual({ site: undefined, base: '/' });
  });

  it('a portal’s sub-path becomes the base, slash-terminated, with or without the last slash', () => {
    expect(deploymentFrom('https://portal.example.gov.vn/hoc-du-lieu/')).toEqual({
      site: 'https://portal.example.gov.vn/hoc-du-lieu/',
      base: '/hoc-du-lieu/',
    });
    expect(deploymentFrom('https://portal.example.gov.vn/hoc-du-lieu')).toEqual({
      site: 'https://portal.example.gov.vn/hoc-du-lieu/',
      base: '/hoc-du-lieu/',
    });
    expect(deploymentFrom('https://hoc.example.gov.vn')).toEqual({ site: 'https://hoc.example.gov.vn/', base: '/' });
  });

  it('any folder: the base is the site’s path, and the site is its origin plus the base', () => {
    fc.assert(
      fc.property(folder, fc.boolean(), (path, slash) => {
        const text = `https://portal.example.gov.vn/${slash ? path : path.replace(/\/$/, '')}`;
        const { site, base } = deploymentFrom(text);
        expect(base).toBe(`/${path}`);
        expect(site).toBe(`https://portal.example.gov.vn${base}`);
      }),
    );
  });

  it('refuses what would break every link, saying what to write instead', () => {
    expect(() => deploymentFrom('/hoc-du-lieu/')).toThrow(
      /SITE_URL must be a full address such as https:\/\/portal\.example\.gov\.vn\/hoc-du-lieu\//,
    );
    expect(() => deploymentFrom('portal.example.gov.vn/hoc-du-lieu/')).toThrow(/full address/);
    expect(() => deploymentFrom('ftp://portal.example.gov.vn/')).toThrow(/https:\/\//);
    expect(() => deploymentFrom('https://portal.example.gov.vn/hoc/?x=1')).toThrow(/no "\?", "#"/);
    expect(() => deploymentFrom('https://admin:secret@portal.example.gov.vn/hoc/')).toThrow(/user name/);
  });
});

describe('the address xAPI ids hang from', () => {
  it('with SITE_URL, the same whichever host serves the copy', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('http://127.0.0.1:4322', 'https://mirror.tinh.gov.vn', 'http://localhost:4321'),
        (origin) => {
          expect(siteAddress('https://portal.example.gov.vn/hoc-du-lieu/', origin, '/hoc-du-lieu/')).toBe(
            'https://portal.example.gov.vn/hoc-du-lieu/',
          );
        },
      ),
    );
  });

  it('without it, the serving host at the site’s folder (the root, as before)', () => {
    expect(siteAddress(undefined, 'http://localhost:4321', '/')).toBe('http://localhost:4321/');
    expect(siteAddress(undefined, 'https://mirror.tinh.gov.vn', '/hoc-du-lieu/')).toBe(
      'https://mirror.tinh.gov.vn/hoc-du-lieu/',
    );
  });
});
