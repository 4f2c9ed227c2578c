import type { Page } from '@playwright/test';

/**
 * Each chart drawn on the page (the layout its width shows, the other is display:none): the smallest and largest
 * size its text is drawn at, in CSS px (its font size times the drawing's scale on screen), and any text that
 * reaches past the drawing's edges or the screen's, where a phone would cut it.
 */
export const chartText = (page: Page, charts = '.chart') =>
  page.locator(`${charts} svg`).evaluateAll((svgs: SVGSVGElement[]) =>
    svgs
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        const scale = box.width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll('text')];
        const sizes = texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
        const cut = texts
          .filter((text) => {
            const r = text.getBoundingClientRect();
            return r.left < box.left - 1 || r.right > box.right + 1 || r.right > innerWidth;
          })
          .map((text) => text.textContent);
        return {
          title: svg.querySelector('title')?.textContent ?? '',
          texts: texts.length,
          smallest: Math.min(...sizes),
          largest: Math.max(...sizes),
          cut,
        };
      }),
  );
