import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const ZALO_ANDROID =
  'Mozilla/5.0 (Linux; Android 12; SM-A525F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12110618 ZaloTheme/light ZaloLanguage/vi';
const FACEBOOK_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/16.6;FBSS/3;FBID/phone;FBLC/vi_VN;FBOP/5;FBRV/0]';

test.describe('inside Zalo on Android', () => {
  test.use({ userAgent: ZALO_ANDROID, viewport: { width: 360, height: 740 } });

  test('a module page says progress stays in Zalo, how to open the page in the browser, and where to move it', async ({
    page,
  }) => {
    await page.goto('/vi/courses/data-thinking/data-quality/');
    const notice = page.getByRole('region', { name: 'Bạn đang mở trang trong ứng dụng Zalo' });
    await expect(notice).toContainText('chỉ được lưu trong trình duyệt riêng của Zalo');
    await expect(notice).toContainText('chọn “Mở bằng trình duyệt”');
    await expect(notice.getByRole('textbox')).toHaveValue(page.url());
    await expect(notice.getByRole('link')).toHaveAttribute('href', '/vi/my-learning/');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    }
  });

  test('My learning says it too, pointing to the transfer link on the page', async ({ page }) => {
    await page.goto('/vi/my-learning/');
    const notice = page.getByRole('region', { name: 'Bạn đang mở trang trong ứng dụng Zalo' });
    await expect(notice).toContainText('Dùng mục “Chuyển tiến độ bằng link hoặc mã QR” bên dưới');
    await expect(page.getByRole('heading', { name: 'Chuyển tiến độ bằng link hoặc mã QR' })).toBeVisible();
  });
});

test.describe('inside Facebook on an iPhone', () => {
  test.use({ userAgent: FACEBOOK_IOS });
  test('the notice names Facebook and Safari, in English', async ({ page }) => {
    await page.goto('/en/courses/data-thinking/data-quality/');
    const notice = page.getByRole('region', { name: 'You are reading this page inside the Facebook app' });
    await expect(notice).toContainText('“Open in Safari”');
  });
});

test('in an ordinary browser nothing is said', async ({ page }) => {
  await page.goto('/vi/courses/data-thinking/data-quality/');
  await expect(page.locator('quiz-island')).toBeVisible();
  await expect(page.locator('in-app-island section')).toHaveCount(0);
  await page.goto('/vi/my-learning/');
  await expect(page.locator('learning-island h2').first()).toBeVisible();
  await expect(page.locator('in-app-island section')).toHaveCount(0);
});
