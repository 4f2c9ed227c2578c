import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { figureSize, readableWidth, SMALLEST_READABLE_TEXT_PX } from '../../../src/lib/content/figure-size';

describe('figure size', () => {
  it('reads the viewBox and the smallest font size, attribute or style', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-20 0 500 250"><text font-size="14">a</text>' +
      '<text style="font-size: 12.5px">b</text><text font-size="13">c</text></svg>';
    expect(figureSize(svg)).toEqual({ width: 500, height: 250, smallestFont: 12.5 });
  });

  it('refuses a drawing whose text size cannot be checked', () => {
    expect(() => figureSize('<svg viewBox="0 0 10 10"><text>a</text></svg>')).toThrow(/font-size/);
    expect(() => figureSize('<svg width="10"><text font-size="12">a</text></svg>')).toThrow(/viewBox/);
  });

  it('is never narrower than the width at which the smallest text renders at the minimum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 2000 }),
        fc.double({ min: 4, max: 40, noNaN: true }),
        (width, smallestFont) => {
          const drawn = readableWidth({ width, height: 100, smallestFont });
          expect((drawn / width) * smallestFont).toBeGreaterThanOrEqual(SMALLEST_READABLE_TEXT_PX - 1e-9);
          expect(((drawn - 1) / width) * smallestFont).toBeLessThan(SMALLEST_READABLE_TEXT_PX);
        },
      ),
    );
  });

  it('can read every figure the modules use', () => {
    const root = join(process.cwd(), 'public', 'images');
    for (const folder of readdirSync(root)) {
      for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith('.svg'))) {
        const size = figureSize(readFileSync(join(root, folder, file), 'utf8'));
        expect(size.smallestFont, file).toBeGreaterThan(0);
      }
    }
  });
});
