import { describe, expect, it } from 'vitest';
import { isLrsEndpoint, lrsEndpointsFrom } from '../../../src/lib/site/lrs-endpoints';

describe('the LRS endpoints a build allows (LRS_ENDPOINTS)', () => {
  it('are none when unset, and each listed one slash-terminated, once', () => {
    expect(lrsEndpointsFrom(undefined)).toEqual([]);
    expect(lrsEndpointsFrom('  ')).toEqual([]);
    expect(
      lrsEndpointsFrom('https://lrs.example.gov.vn/xapi, https://lrs.example.gov.vn/xapi/ http://127.0.0.1:4380/xAPI/'),
    ).toEqual(['https://lrs.example.gov.vn/xapi/', 'http://127.0.0.1:4380/xAPI/']);
  });

  it('stop the build, naming the value, for anything but an https address (or http on this machine)', () => {
    for (const bad of [
      'lrs.example.gov.vn/xapi/',
      'http://lrs.example.gov.vn/xapi/',
      'ftp://lrs.example.gov.vn/',
      'https://user:pw@lrs.example.gov.vn/xapi/',
      'https://lrs.example.gov.vn/xapi/?key=1',
      'https://lrs.example.gov.vn/xapi/#x',
    ])
      expect(() => lrsEndpointsFrom(bad), bad).toThrow(bad);
  });

  it('compare a path’s endpoint only as the build writes it', () => {
    expect(isLrsEndpoint('https://lrs.example.gov.vn/xapi/')).toBe(true);
    expect(isLrsEndpoint('https://lrs.example.gov.vn/xapi')).toBe(false);
    expect(isLrsEndpoint('https://LRS.example.gov.vn/xapi/')).toBe(false);
    expect(isLrsEndpoint('javascript:alert(1)')).toBe(false);
  });
});
