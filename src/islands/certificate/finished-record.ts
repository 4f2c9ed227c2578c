import type { Page } from '@playwright/test';
import { pathId } from '../../lib/course-paths/path-codec';
import type { SharedPath } from '../../lib/course-paths/path-schema';
import type { Progress } from '../../lib/progress/progress-schema';
import type { CertificatePayload } from './payload';

/**
 * For the certificate's e2e stories: a learner's record in which a path is done by its rule, built from what the
 * certificate page's payload says of each module (its exercises that count need a pass too), so an author's
 * edit to a module does not break the stories.
 */
export const SHORT_PATH: SharedPath = {
  title: 'Kiến thức thiết yếu — đợt tháng 12',
  passMark: 80,
  modules: ['data-thinking/data-in-public-work', 'data-thinking/data-quality'],
};

export async function certificateModules(page: Page, lang: 'vi' | 'en' = 'vi'): Promise<CertificatePayload['modules']> {
  await page.goto(`/${lang}/certificate/`);
  return page
    .locator('script[data-certificate-payload]')
    .evaluate((el) => (JSON.parse(el.textContent ?? '{}') as CertificatePayload).modules);
}

export function finishedRecord(
  path: SharedPath,
  modules: CertificatePayload['modules'],
  learner?: { id: string; name: string },
): Progress {
  const record: Progress = {
    version: 4,
    modules: {},
    inProgress: {},
    paths: { [pathId(path)]: { path, addedAt: '2026-11-15T07:00:00.000Z' } },
    ...(learner ? { learner: { ...learner, at: '2026-11-15T07:00:00.000Z' } } : {}),
  };
  path.modules.forEach((key, i) => {
    const at = new Date(Date.UTC(2026, 10, 16 + i, 8, 30)).toISOString();
    const counting = modules.find((m) => m.key === key)?.exercises?.filter((e) => e.counts) ?? [];
    record.modules[key] = {
      visits: 1,
      completedAt: at,
      attempts: [
        {
          id: `e2e-cert-${i}-quiz-0001`,
          at,
          lang: 'vi',
          correct: 9,
          total: 10,
          percent: 90,
          passed: true,
          answers: {},
          missed: ['q1'],
        },
      ],
      ...(counting.length > 0
        ? {
            exercises: Object.fromEntries(
              counting.map((e) => [
                e.id,
                {
                  attempts: [
                    {
                      id: `e2e-cert-${i}-${e.id}`,
                      at,
                      lang: 'vi' as const,
                      kind: 'table-inspection' as const,
                      score: 5,
                      total: 5,
                      percent: 100,
                      passed: true,
                      missed: [],
                      response: [],
                    },
                  ],
                },
              ]),
            ),
          }
        : {}),
    };
  });
  return record;
}

/** Pages of a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree above them). */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
