import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './setup/browser.mjs';

// E2E_PORT lets two checkouts on one machine run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4322);
// The test LRS's port (tests/e2e/lrs-helpers.ts reads the same variable).
const LRS_PORT = Number(process.env.LRS_PORT ?? 4380);

// End-to-end tests run against the built site (`npm run build` first), served by `astro preview`.
export default defineConfig({
  // Story and site-wide tests live in tests/e2e; each island's own spec sits in its folder under src/islands.
  testDir: '..',
  testMatch: ['tests/e2e/**/*.spec.ts', 'src/islands/**/*.spec.ts'],
  fullyParallel: true,
  // Time is a safety net, never what a test checks. Measured with two workers on two cores under a load average of
  // 12 (other builds running): ordinary tests at most 11 s, the two long stories (trainer → learner → class; a new
  // version arriving offline) 27 s and 24 s, and keep their own 180 s. Waits for one thing on screen stay short.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // Most tests are about pages, not caching: keep the service worker out unless a test asks for it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          // Keep Chromium from calling home: this machine (and CI) has no network beyond package registries.
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `astro preview --port ${PORT} --host 127.0.0.1`,
      cwd: '..',
      url: `http://127.0.0.1:${PORT}/vi/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A real Learning Record Store on another origin, for the xAPI sender (tests/lrs/start.mjs; `npm run
      // test:e2e` installs it first). It runs on the Node running Playwright, the pinned 24.
      command: `"${process.execPath}" lrs/start.mjs`,
      cwd: '.',
      env: { LRS_PORT: String(LRS_PORT) },
      url: `http://127.0.0.1:${LRS_PORT}/xAPI/about`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      // Asked, not killed, so it removes its scratch folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
    },
  ],
});
