import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, modulePages } from './built-pages';

const languages = ['vi', 'en'] as const;
const other = { vi: 'en', en: 'vi' } as const;

test.describe('every built page', () => {
  // Scripts off, so "/" is read as served instead of following its language redirect.
  test.use({ javaScriptEnabled: false });
  for (const path of builtPages()) {
    test(`${path} has its language, a title, a description and one h1`, async ({ page }) => {
      await page.goto(path);
      const lang = await page.locator('html').getAttribute('lang');
      const expected = path.startsWith('/en/') ? 'en' : 'vi';
      expect(lang).toBe(expected);
      await expect(page).toHaveTitle(/\S.{5,}/);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/\S.{10,}/);
      await expect(page.locator('h1')).toHaveCount(1);
      // Only "/" (its language redirect) and pages with an interactive island (<…-island>) may carry code.
      const islands = await page.evaluate(
        () => [...document.querySelectorAll('*')].filter((e) => e.localName.endsWith('-island')).length,
      );
      if (path !== '/' && islands === 0) await expect(page.locator('script')).toHaveCount(0);
      // Island code comes from the site's own bundle, never from elsewhere.
      for (const src of await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src'))))
        expect(src).toMatch(/^\/_astro\//);
    });
  }
});

for (const lang of languages) {
  test.describe(`reading the course in ${lang}`, () => {
    test('home → catalog → course → first module → next module', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page
        .getByRole('navigation', { name: lang === 'vi' ? 'Điều hướng chính' : 'Main navigation' })
        .getByRole('link', { name: lang === 'vi' ? 'Khóa học' : 'Courses' })
        .click();
      await expect(page).toHaveURL(`/${lang}/courses/`);
      await page.getByRole('link', { name: lang === 'vi' ? 'Tư duy dữ liệu' : 'Data thinking' }).click();
      await expect(page).toHaveURL(`/${lang}/courses/data-thinking/`);
      await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(5);

      await page
        .getByRole('link', { name: lang === 'vi' ? 'Bắt đầu học phần đầu tiên' : 'Start the first module' })
        .click();
      await expect(page).toHaveURL(`/${lang}/courses/data-thinking/data-in-public-work/`);
      await expect(
        page.getByRole('heading', {
          level: 2,
          name: lang === 'vi' ? 'Sau học phần này, bạn có thể' : 'After this module you will be able to',
        }),
      ).toBeVisible();
      // Objectives come first, then the body, key terms and sources.
      const headings = await page.locator('article h2').allTextContents();
      expect(headings[0]).toMatch(lang === 'vi' ? /Sau học phần này/ : /After this module/);
      expect(headings.at(-1)).toBe(lang === 'vi' ? 'Nguồn tham khảo' : 'Sources');
      expect(headings).toContain(lang === 'vi' ? 'Thuật ngữ chính' : 'Key terms');

      await page.getByRole('link', { name: new RegExp(lang === 'vi' ? 'Học phần tiếp theo' : 'Next module') }).click();
      await expect(page).toHaveURL(`/${lang}/courses/data-thinking/data-quality/`);
      await expect(
        page.getByRole('link', { name: new RegExp(lang === 'vi' ? 'Học phần trước' : 'Previous module') }),
      ).toBeVisible();
    });

    test('the language switch leads to the same page in the other language on every page type', async ({ page }) => {
      for (const suffix of [
        '',
        'courses/',
        'courses/data-thinking/',
        'courses/data-thinking/reading-charts/',
        'glossary/',
      ]) {
        await page.goto(`/${lang}/${suffix}`);
        await page.locator('a.lang-switch').click();
        await expect(page).toHaveURL(`/${other[lang]}/${suffix}`);
        await expect(page.locator('html')).toHaveAttribute('lang', other[lang]);
      }
    });

    test('a key term in a module links to its glossary entry', async ({ page }) => {
      await page.goto(`/${lang}/courses/data-thinking/data-quality/`);
      const term = page.locator('article a.key-term').first();
      const href = await term.getAttribute('href');
      expect(href).toMatch(new RegExp(`^/${lang}/glossary/#[a-z-]+$`));
      await term.click();
      const id = href!.split('#')[1]!;
      await expect(page.locator(`#${id}`)).toBeInViewport();
      await expect(page.locator(`#${id} h2`)).not.toBeEmpty();
    });
  });
}

test('a missing page answers 404 with a message in both languages and ways back', async ({ page }) => {
  const response = await page.goto('/vi/courses/khong-co/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.locator('section[lang="en"]').getByRole('link', { name: 'List of courses' }).click();
  await expect(page).toHaveURL('/en/courses/');
});

test.describe('the root address', () => {
  test.use({ locale: 'en-GB' });
  test('sends an English-speaking browser to /en/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
  });
});

test.describe('the root address for a Vietnamese browser', () => {
  test.use({ locale: 'vi-VN' });
  test('sends it to /vi/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/vi/');
  });
});

test.describe('the root address without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('offers both languages as plain links', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/en/');
  });
});

test('every written module has its page, in both languages', () => {
  // The modules as written in content/, not a count to keep in step by hand as courses are added.
  const written = languages.flatMap((lang) =>
    readdirSync(join(import.meta.dirname, '../../content/modules', lang), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.mdx'))
      .map(
        (file) =>
          `/${lang}/courses/${file
            .replace(/\.mdx$/, '')
            .split(sep)
            .join('/')}/`,
      ),
  );
  expect(written.length).toBeGreaterThanOrEqual(10);
  expect(modulePages().sort()).toEqual(written.sort());
});

test('a whole course prints: every module, its key terms and sources, each on a new page', async ({ page }) => {
  await page.goto('/en/courses/data-thinking/');
  await page.getByRole('link', { name: 'Print or save the whole course as PDF' }).click();
  await expect(page).toHaveURL('/en/courses/data-thinking/print/');
  await page.emulateMedia({ media: 'print' });
  const modules = page.locator('article.print-module');
  await expect(modules).toHaveCount(5);
  for (const article of await modules.all()) {
    expect(await article.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await expect(article.getByRole('heading', { name: 'Key terms' })).toHaveCount(1);
    await expect(article.getByRole('heading', { name: 'Sources' })).toHaveCount(1);
  }
  await expect(page.locator('quiz-island, .site-header')).toBeHidden();
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});
