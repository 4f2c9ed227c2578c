import { expect, test } from '@playwright/test';
import { modulePages } from './built-pages';

// The sources page is built from the modules' frontmatter: every source a module lists is on it, once, with a
// link back to that module; the glossary says every module that uses a term.
for (const lang of ['vi', 'en'] as const) {
  test(`${lang}: every source a module cites is on the sources page once, linking back to the module`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/`);
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: lang === 'vi' ? 'Nguồn tham khảo' : 'Sources' })
      .click();
    await expect(page).toHaveURL(`/${lang}/sources/`);
    const entries = await page.locator('ol.source-index > li').evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector('p:first-child a, p:first-child cite')!.textContent!.trim(),
        citedIn: [...li.querySelectorAll('.term-links a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      })),
    );
    const titles = entries.map((e) => e.title);
    expect(new Set(titles).size).toBe(titles.length);
    await expect(page.getByText(`${entries.length} ${lang === 'vi' ? 'nguồn' : 'sources'}`)).toBeVisible();

    const modules = modulePages().filter((url) => url.startsWith(`/${lang}/`));
    let citations = 0;
    for (const url of modules) {
      await page.goto(url);
      const cited = await page
        .locator('section.sources li')
        .evaluateAll((items) => items.map((li) => li.querySelector('a, cite')!.textContent!.trim()));
      for (const title of cited) {
        // One work, whatever the quotation marks or a comma (source-index.ts reads them so too).
        const plain = (text: string) =>
          text
            .replace(/[“”"'‘’.,]/g, '')
            .replace(/[–—]/g, '-')
            .replace(/\s+/g, ' ');
        const entry = entries.find((e) => plain(e.title) === plain(title));
        expect(entry, `${url} cites “${title}”`).toBeDefined();
        expect(entry!.citedIn, `${title} links back to ${url}`).toContain(url);
        citations += 1;
      }
    }
    expect(citations).toBeGreaterThan(entries.length); // some sources are cited by several modules
  });
}

test('a glossary term names every module that uses it, not only the first', async ({ page }) => {
  await page.goto('/en/glossary/#rate-per-thousand');
  const usedIn = page.locator('#rate-per-thousand .term-links').first();
  await expect(usedIn).toContainText('Used in');
  await expect(usedIn.getByRole('link')).toHaveText([/^1\.3\. /, /^1\.4\. /]);
});
