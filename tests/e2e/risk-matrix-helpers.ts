import { expect, type Locator, type Page } from '@playwright/test';
import type { RiskMatrixPayload } from '../../src/islands/risk-matrix/payload';

/** Course 1 module 5 carries the site's risk matrix (and a quiz, which these tests leave alone). */
export const RISK_PAGE = {
  vi: '/vi/courses/data-thinking/data-to-decision/',
  en: '/en/courses/data-thinking/data-to-decision/',
} as const;
export const RISK_MODULE = 'data-thinking/data-to-decision';

export const riskIsland = (page: Page) => page.locator('risk-matrix-island');
export const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('cdl.progress') ?? 'null'));

/** The exercise as the page carries it, so tests choose by the declaration instead of hard-coding it. */
export async function riskExerciseOf(page: Page): Promise<RiskMatrixPayload['exercise']> {
  const text = await page.locator('[data-risk-matrix-payload]').textContent();
  return (JSON.parse(text!) as RiskMatrixPayload).exercise;
}

/** Brings the exercise on screen, as a learner scrolls to it, and waits until its code has replaced the list. */
export async function riskMatrixReady(page: Page): Promise<void> {
  await riskIsland(page).scrollIntoViewIfNeeded();
  await expect(riskIsland(page).locator('.rm-body select').first()).toBeVisible();
}

export const riskWords = {
  vi: {
    likelihood: 'Khả năng xảy ra',
    impact: 'Mức độ ảnh hưởng',
    treatment: 'Cách xử lý',
    check: 'Kiểm tra',
    retry: 'Làm lại',
  },
  en: { likelihood: 'Likelihood', impact: 'Impact', treatment: 'Treatment', check: 'Check', retry: 'Try again' },
} as const;

/** One risk's group of controls, found by its number and name as a learner reads them. */
export const riskGroup = (page: Page, riskId: string): Locator =>
  riskIsland(page).locator(`fieldset[data-risk="${riskId}"]`);

export interface Pick {
  likelihood: number;
  impact: number;
  treatment: string;
}

/** The reference's own answer for each risk, or one that misses it on every count (for a risk that must not score). */
export const referencePick = (risk: RiskMatrixPayload['exercise']['risks'][number]): Pick => ({
  likelihood: risk.likelihood,
  impact: risk.impact,
  treatment: risk.treatments[0]!,
});
export const wrongPick = (risk: RiskMatrixPayload['exercise']['risks'][number]): Pick => ({
  likelihood: risk.likelihood > 3 ? 1 : 5,
  impact: risk.impact > 3 ? 1 : 5,
  treatment: ['avoid', 'reduce', 'share', 'accept'].find((t) => !risk.treatments.includes(t as never))!,
});
