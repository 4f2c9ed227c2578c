import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './setup/browser.mjs';

// E2E_PORT lets two checkouts on one machine run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4322);

// End-to-end tests run against the built site (`npm run build` first), served by `astro preview`.
export default defineConfig({
  // Story and site-wide tests live in tests/e2e; each island's own spec sits in its folder under src/islands.
  testDir: '..',
  testMatch: ['tests/e2e/**/*.spec.ts', 'src/islands/**/*.spec.ts'],
  fullyParallel: true,
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
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    command: `astro preview --port ${PORT} --host 127.0.0.1`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/vi/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
