import { expect, test } from '@playwright/test';
import { plannedModules, written as writtenOf } from './written-modules';

test('every footer says who publishes the site, how to reach them and the licence, in the page’s language', async ({
  page,
}) => {
  await page.goto('/vi/courses/data-thinking/data-quality/');
  const footer = page.locator('footer.site-footer');
  await expect(footer).toContainText('Do Nhóm dự án Dữ liệu cho công vụ biên soạn và duy trì.');
  await expect(footer.getByRole('link', { name: 'hoc-du-lieu@example.gov.vn' })).toHaveAttribute(
    'href',
    'mailto:hoc-du-lieu@example.gov.vn',
  );
  await expect(footer.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('rel', 'license');
  for (const [name, href] of [
    ['Giới thiệu', '/vi/about/'],
    ['Quyền riêng tư', '/vi/privacy/'],
    ['Tuyên bố về khả năng tiếp cận', '/vi/accessibility/'],
  ]) {
    await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href!);
  }
  await page.goto('/en/glossary/');
  await expect(page.locator('footer.site-footer')).toContainText(
    'Written and maintained by the Civic Data Literacy project team.',
  );
});

test('"report an error on this page" is a mail with the page’s address already in it', async ({ page }) => {
  await page.goto('/vi/courses/data-thinking/reading-charts/');
  const href = await page.getByRole('link', { name: 'Báo lỗi trên trang này' }).getAttribute('href');
  const mail = new URL(href!);
  expect(mail.protocol).toBe('mailto:');
  expect(mail.pathname).toBe('hoc-du-lieu@example.gov.vn');
  const params = new URLSearchParams(mail.search);
  expect(params.get('subject')).toBe('Báo lỗi trên trang');
  expect(params.get('body')).toContain('/vi/courses/data-thinking/reading-charts/');
  await page.goto('/en/glossary/');
  const english = new URL(
    (await page.getByRole('link', { name: 'Report an error on this page' }).getAttribute('href'))!,
  );
  expect(new URLSearchParams(english.search).get('body')).toContain('/en/glossary/');
});

test('About, Privacy and Accessibility pages exist in both languages and say what a reader needs', async ({ page }) => {
  await page.goto('/vi/privacy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quyền riêng tư');
  for (const key of ['cdl.progress', 'cdl.progress.visits', 'cdl.class-reports', 'cdl-progress'])
    await expect(page.locator('main')).toContainText(key);
  await expect(page.locator('main')).toContainText('chỉ được lưu trong trình duyệt này');
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL('/en/privacy/');
  await expect(page.locator('main')).toContainText('Nothing expires by itself');

  await page.goto('/en/accessibility/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(page.locator('main')).toContainText('WCAG) 2.2 at level AA');
  await expect(page.getByRole('heading', { name: 'Known limitations' })).toBeVisible();
  await page.goto('/vi/accessibility/');
  await expect(page.getByRole('heading', { name: 'Báo vấn đề về khả năng tiếp cận' })).toBeVisible();

  await page.goto('/vi/about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu');
  await expect(page.locator('main')).toContainText('Nhóm dự án Dữ liệu cho công vụ');
});

const planned = plannedModules();
const written = writtenOf(planned);

test('the catalog says how many modules are available while the curriculum is incomplete, and nothing once whole', async ({
  page,
}) => {
  await page.goto('/vi/courses/');
  if (written.length < planned.length) {
    await expect(page.locator('.curriculum-notice')).toHaveText(
      `Chương trình đang được biên soạn: hiện có ${written.length}/${planned.length} học phần. Các học phần còn lại sẽ được bổ sung dần.`,
    );
    await page.goto('/en/');
    await expect(page.locator('.curriculum-notice')).toContainText(
      `${written.length} of ${planned.length} modules are available`,
    );
  } else {
    await expect(page.locator('.curriculum-notice')).toHaveCount(0);
    await expect(page.getByText('Sắp có')).toHaveCount(0);
    await page.goto('/vi/paths/essentials/');
    await expect(page.getByText('Sắp có')).toHaveCount(0); // every role path's module is written
  }
});

test('a Vietnamese module names its competences and level in Vietnamese', async ({ page }) => {
  await page.goto('/vi/courses/data-thinking/data-quality/');
  const competences = page.locator('section[aria-labelledby="competences-heading"] li');
  await expect(competences.first()).toHaveText(
    'DigComp 2.2 (Khung năng lực số châu Âu) — 1.2 Đánh giá dữ liệu, thông tin và nội dung số',
  );
  await expect(page.locator('section[aria-labelledby="competences-heading"]')).not.toContainText('Evaluating');
  await expect(page.locator('article header .meta')).toContainText('Trình độ: Nhận biết');
  await page.goto('/en/courses/data-thinking/data-quality/');
  await expect(page.locator('section[aria-labelledby="competences-heading"] li').first()).toContainText(
    '1.2 Evaluating data, information and digital content',
  );
});

test('glossary: A–Z jumps to the first term of a letter, letters without terms are not links, no space before commas', async ({
  page,
}) => {
  await page.goto('/vi/glossary/');
  const jump = page.getByRole('navigation', { name: 'Chuyển nhanh theo chữ cái' });
  await expect(jump.getByRole('listitem')).toHaveCount(29);
  // A letter no term starts with is plain text, not a link (Ă: Vietnamese words rarely begin with it).
  await expect(jump.getByRole('link', { name: 'Ă', exact: true })).toHaveCount(0);
  await expect(jump.getByText('Ă', { exact: true })).toBeVisible();
  // Đ jumps to the first term that starts with Đ, in the Vietnamese alphabet's order (after D).
  const firstD = await page
    .locator('.glossary-entry')
    .evaluateAll((entries) => entries.find((e) => e.querySelector('h2')!.textContent!.trim().startsWith('Đ'))!.id);
  await jump.getByRole('link', { name: 'Đ', exact: true }).click();
  await expect(page).toHaveURL(`/vi/glossary/#${firstD}`);
  await expect(page.locator(`#${firstD}`)).toBeInViewport();
  // "Xem thêm: Bình quân đầu người, Tỷ suất trên 1.000 dân": what a reader sees, commas right after the word.
  const seeAlso = page.locator('#choropleth-map .term-links').last();
  await expect(seeAlso).toHaveText('Xem thêm: Bình quân đầu người, Tỷ suất trên 1.000 dân');
  const gap = await seeAlso.evaluate((p) => {
    const [first] = p.querySelectorAll('a');
    const range = document.createRange();
    range.setStartAfter(first!);
    range.setEnd(first!.nextSibling!, 1); // the comma
    return range.getBoundingClientRect().width;
  });
  expect(gap).toBeLessThan(8);
});

test('English counts: "1 result", "2 results"', async ({ page }) => {
  await page.goto('/en/search/?q=goodharts');
  await expect(page.locator('.search-status')).toHaveText(/^(1 result|\d+ results) for “goodharts”\.$/);
  await page.goto('/en/search/?q=median');
  await expect(page.locator('.search-status')).toHaveText(/^\d+ results for “median”\.$/);
});
