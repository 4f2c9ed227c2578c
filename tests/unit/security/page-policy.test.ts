import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { narrowPagePolicy } from '../../../src/lib/security/page-policy';
import { policyOf } from '../../e2e/csp-watch';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (policy: string, head: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body></body></html>`;
const astroPolicy = (scripts: string[], styles: string[]) =>
  `default-src 'self';object-src 'none'; script-src 'self' ${scripts.join(' ')}; style-src 'self' ${styles.join(' ')};`;

describe('each page keeps only its own inline hashes', () => {
  it('drops the hashes of files elsewhere in the build and keeps the one its inline style needs', () => {
    const css = '.quiz[data-astro-cid-x]{margin:0}';
    const html = page(
      astroPolicy([sha256('chunk a'), sha256('chunk b')], [sha256('global.css'), sha256(css)]),
      `<link rel="stylesheet" href="/_astro/global.css"><style>${css}</style><script type="module" src="/_astro/a.js"></script>`,
    );
    const policy = policyOf(narrowPagePolicy(html))!;
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", sha256(css)]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('keeps an inline module script Astro hashed; a JSON payload or an external script needs none', () => {
    const code = 'import "/_astro/x.js";';
    const html = page(
      astroPolicy([sha256(code), sha256('{"a":1}')], []),
      `<script type="module">${code}</script><script type="application/json" data-payload>{"a":1}</script><script src="/x.js"></script>`,
    );
    expect(policyOf(narrowPagePolicy(html))!.get('script-src')).toEqual(["'self'", sha256(code)]);
  });

  it('never adds a hash Astro did not list: an unhashed inline script stays blocked', () => {
    const html = page(astroPolicy([sha256('other')], []), '<script>alert(1)</script>');
    expect(policyOf(narrowPagePolicy(html))!.get('script-src')).toEqual(["'self'"]);
  });

  it('for any mix of inline and listed bodies, keeps exactly the listed hashes of bodies on the page', () => {
    const body = fc.string({ maxLength: 30 }).filter((s) => !s.includes('<'));
    fc.assert(
      fc.property(fc.uniqueArray(body, { maxLength: 5 }), fc.uniqueArray(body, { maxLength: 5 }), (onPage, listed) => {
        const html = page(astroPolicy([], listed.map(sha256)), onPage.map((css) => `<style>${css}</style>`).join(''));
        const kept = policyOf(narrowPagePolicy(html))!.get('style-src')!;
        expect(kept[0]).toBe("'self'");
        expect(new Set(kept.slice(1))).toEqual(new Set(listed.filter((css) => onPage.includes(css)).map(sha256)));
      }),
    );
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<html><head><style>a{}</style></head></html>';
    expect(narrowPagePolicy(html)).toBe(html);
  });
});
