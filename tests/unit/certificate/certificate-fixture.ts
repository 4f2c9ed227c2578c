import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { certificateCode, type CertificateContent } from '../../../src/lib/certificate/certificate-code';
import type { Certificate } from '../../../src/lib/progress/progress-schema';

/** Certificates for tests: any valid content, and the longest role path's with the plan's Vietnamese titles. */
const iso = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t).toISOString());
const text = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' });

export const contentArb: fc.Arbitrary<CertificateContent> = fc.record({
  issuedAt: iso,
  lang: fc.constantFrom('vi' as const, 'en' as const),
  learner: fc.record({ id: fc.uuid(), name: text(80) }),
  pathId: fc.stringMatching(/^[0-9a-z]{1,16}$/),
  pathTitle: text(120),
  modules: fc.array(
    fc.record(
      {
        module: fc.stringMatching(/^[a-z]{1,12}\/[a-z]{1,12}$/),
        title: text(80),
        best: fc.integer({ min: 0, max: 100 }),
        completedAt: iso,
        minutes: fc.integer({ min: 3, max: 30 }),
      },
      { requiredKeys: ['module', 'title', 'completedAt', 'minutes'] },
    ),
    { minLength: 1, maxLength: 9 },
  ),
});

export const issued = (content: CertificateContent): Certificate => ({ code: certificateCode(content), ...content });

const root = join(import.meta.dirname, '../../..');
const plan = parse(readFileSync(join(root, 'seeds/curriculum-plan.yaml'), 'utf8')) as Array<{
  id: string;
  title: { vi: string; en: string };
}>;

/** The role path with the most modules, as a certificate a learner with a long name would get. */
export function longestRoleCertificate(): Certificate {
  const paths = ['data-specialists', 'essentials', 'leaders', 'technicians'].map(
    (slug) =>
      parse(readFileSync(join(root, `seeds/paths/${slug}.yaml`), 'utf8')) as { title: { vi: string }; steps: string[] },
  );
  const longest = paths.reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
  return issued({
    issuedAt: '2026-12-01T08:00:00.000Z',
    lang: 'vi',
    learner: { id: '5f0c2a9e-3b1d-4e8f-9a7c-1d2e3f4a5b6c', name: 'Nguyễn Thị Phương Thảo Hoàng Lê Minh Khuê' },
    pathId: 'k3j9x2ab',
    pathTitle: `${longest.title.vi} — lớp bồi dưỡng cán bộ, công chức cấp xã đợt tháng 12 năm 2026`,
    modules: longest.steps.map((key, i) => ({
      module: key,
      title: plan.find((m) => m.id === key)?.title.vi ?? key,
      best: 80 + (i % 3) * 10,
      completedAt: new Date(Date.UTC(2026, 10, 1 + i, 9, 30)).toISOString(),
      minutes: 14,
    })),
  });
}
