import { expect, test } from '@playwright/test';
import { expectIslandError, openWithout, payloadScript } from '../../../tests/e2e/island-start';

test('the verify page without its payload names it and says the link needs JavaScript, showing nothing as verified', async ({
  page,
}) => {
  const errors = await openWithout(page, '/en/verify/#c=c1.abc', payloadScript('data-verify-payload'));
  await expectIslandError(errors, 'verify-island: payload ([data-verify-payload]) not found');
  await expect(page.locator('[data-verify-fallback]')).toHaveText(
    'The certificate is carried in the link itself, so it can only be read with JavaScript on.',
  );
  await expect(page.getByText('The code matches what the certificate says.')).toHaveCount(0);
  // What the page checks is said without JavaScript too.
  await expect(page.getByText('This page only checks the link’s own consistency')).toBeVisible();
});
