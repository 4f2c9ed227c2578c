import { describe, expect, it } from 'vitest';
import { prefixIds } from '../../../src/lib/content/prefix-ids';

describe('prefixing ids', () => {
  it('renames ids and every reference to them, and nothing else', () => {
    const html = '<h2 id="key-points">Key points</h2><a href="#key-points">up</a><a href="/vi/glossary/#median">x</a><div aria-labelledby="a b" data-id="keep"><label for="q">Q</label></div>';
    expect(prefixIds(html, 'm1-')).toBe(
      '<h2 id="m1-key-points">Key points</h2><a href="#m1-key-points">up</a><a href="/vi/glossary/#median">x</a><div aria-labelledby="m1-a m1-b" data-id="keep"><label for="m1-q">Q</label></div>',
    );
  });
});
