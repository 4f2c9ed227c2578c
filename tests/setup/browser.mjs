import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, where `npx playwright install` cannot download a browser (as on our machines and CI). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Which Chromium the tests drive: $CHROMIUM_PATH if set, else Playwright's own build when it is installed, else
 * Debian's. Returns undefined to let Playwright use its own.
 * @returns {string | undefined}
 */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No bundled browser registered: fall through to the system one.
  }
  return SYSTEM_CHROMIUM;
}
