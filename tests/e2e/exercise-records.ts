import type { Page } from '@playwright/test';
import { pathId } from '../../src/lib/course-paths/path-codec';
import type { SharedPath } from '../../src/lib/course-paths/path-schema';
import type { ExerciseAttempt, Progress } from '../../src/lib/progress/progress-schema';

/**
 * A learner's record holding exercise attempts, as the exercise islands write it, for the e2e stories of where
 * exercise results are shown and carried. The exercises are the ones module pages declare when they do (read from
 * My learning's payload, so titles come from the catalog), else ids no page declares, shown by a readable id.
 */
export const QUALITY = 'data-thinking/data-quality';
export const CHARTS = 'data-thinking/reading-charts';
export const EXERCISE_PATH: SharedPath = { title: 'Thực hành với dữ liệu — đợt tháng 12', modules: [QUALITY, CHARTS] };
export const LEARNER_NAME = 'Phạm Thị Thu';

export interface Declared {
  id: string;
  title: string;
}

/** The first exercise each module's page declares in the page's language, or a stand-in no page declares. */
export async function declaredExercises(page: Page): Promise<{ quality: Declared; charts: Declared }> {
  const modules = await page
    .locator('script[data-learning-payload]')
    .evaluate((el) => JSON.parse(el.textContent ?? '{}').modules as Array<{ key: string; exercises?: Declared[] }>);
  const first = (key: string, stand: Declared) => modules.find((m) => m.key === key)?.exercises?.[0] ?? stand;
  return {
    quality: first(QUALITY, { id: 'e2e-find-errors', title: 'e2e find errors' }),
    charts: first(CHARTS, { id: 'e2e-misleading-chart', title: 'e2e misleading chart' }),
  };
}

const attempt = (
  id: string,
  at: string,
  kind: ExerciseAttempt['kind'],
  score: number,
  total: number,
  passed: boolean,
  missed: string[],
  response: string[],
): ExerciseAttempt => ({
  id,
  at,
  lang: 'vi',
  kind,
  score,
  total,
  percent: Math.floor((score * 100) / total),
  passed,
  missed,
  response,
});

/** Data quality: quiz passed, its exercise failed once then passed; reading charts: its exercise failed. */
export function recordWithExercises(ids: { quality: string; charts: string }): Progress {
  return {
    version: 4,
    modules: {
      [QUALITY]: {
        visits: 2,
        lastVisit: '2026-11-20T08:00:00.000Z',
        completedAt: '2026-11-20T08:40:00.000Z',
        attempts: [
          {
            id: 'e2e-quiz-0001-aaaa',
            at: '2026-11-20T08:10:00.000Z',
            lang: 'vi',
            correct: 5,
            total: 5,
            percent: 100,
            passed: true,
            answers: {},
            missed: [],
          },
        ],
        exercises: {
          [ids.quality]: {
            attempts: [
              attempt(
                'e2e-ex-0001-aaaa',
                '2026-11-20T08:20:00.000Z',
                'table-inspection',
                2,
                5,
                false,
                // One problem the module declares (named by its explanation in the class view), one it no longer does.
                ['duplicate-p12', 'r9-date'],
                ['r4:uniqueness', 'r2:validity'],
              ),
              attempt(
                'e2e-ex-0002-aaaa',
                '2026-11-20T08:40:00.000Z',
                'table-inspection',
                4,
                5,
                true,
                ['duplicate-p12'],
                ['r4:uniqueness', 'r9:validity'],
              ),
            ],
          },
        },
      },
      [CHARTS]: {
        visits: 1,
        lastVisit: '2026-11-21T08:00:00.000Z',
        attempts: [],
        exercises: {
          [ids.charts]: {
            attempts: [
              attempt(
                'e2e-ex-0003-aaaa',
                '2026-11-21T08:20:00.000Z',
                'chart-critique',
                1,
                3,
                false,
                ['truncated-axis', 'dual-axis'],
                ['cherry-picked-range'],
              ),
            ],
          },
        },
      },
    },
    inProgress: {},
    paths: { [pathId(EXERCISE_PATH)]: { path: EXERCISE_PATH, addedAt: '2026-11-19T08:00:00.000Z' } },
    learner: { id: 'learner-e2e-thu1', name: LEARNER_NAME, at: '2026-11-19T08:00:00.000Z' },
  };
}
