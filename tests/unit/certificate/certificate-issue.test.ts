import { describe, expect, it } from 'vitest';
import { codeMatches } from '../../../src/lib/certificate/certificate-code';
import { formatHours, totalMinutes } from '../../../src/lib/certificate/certificate-hours';
import {
  certificateClaims,
  certificatesOfPath,
  issueCertificate,
  type CertificateModuleFacts,
} from '../../../src/lib/certificate/certificate-issue';
import { pathId } from '../../../src/lib/course-paths/path-codec';
import type { SharedPath } from '../../../src/lib/course-paths/path-schema';
import type { Attempt, Progress } from '../../../src/lib/progress/progress-schema';

const M1 = 'data-thinking/data-in-public-work';
const M2 = 'data-thinking/data-quality';
const path: SharedPath = { title: 'Kiến thức thiết yếu', passMark: 90, modules: [M1, M2] };
const id = pathId(path);
const catalog = new Map<string, CertificateModuleFacts>([
  [M1, { key: M1, title: 'Dữ liệu trong công việc công vụ', minutes: 12 }],
  [M2, { key: M2, title: 'Chất lượng dữ liệu', minutes: 15, exercises: [{ id: 'inspect', counts: true }] }],
]);
const attempt = (at: string, percent: number): Attempt => ({
  id: `attempt-${at}`,
  at,
  lang: 'vi',
  correct: percent / 10,
  total: 10,
  percent,
  passed: percent >= 80,
  answers: {},
});
const passedExercise = {
  attempts: [
    {
      id: 'exercise-0001',
      at: '2026-11-21T10:00:00.000Z',
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
};

function record(overrides: Partial<Progress> = {}): Progress {
  return {
    version: 4,
    modules: {
      // Passed the quiz at 80% on the 20th; reached the path's 90% on the 21st.
      [M1]: {
        visits: 2,
        completedAt: '2026-11-20T08:00:00.000Z',
        attempts: [attempt('2026-11-20T08:00:00.000Z', 80), attempt('2026-11-21T08:00:00.000Z', 90)],
      },
      [M2]: {
        visits: 1,
        completedAt: '2026-11-22T08:00:00.000Z',
        attempts: [attempt('2026-11-22T08:00:00.000Z', 100)],
        exercises: { inspect: passedExercise },
      },
    },
    inProgress: {},
    paths: { [id]: { path, addedAt: '2026-11-19T00:00:00.000Z' } },
    learner: { id: 'learner-1234', name: ' Nguyễn Thị Lan ', at: '2026-11-19T00:00:00.000Z' },
    ...overrides,
  };
}

describe('what a certificate may claim', () => {
  it('a path done by its own rule: each module titled, its best score, when it became done, its minutes', () => {
    const result = certificateClaims(record(), id, catalog, 'vi');
    expect(result).toEqual({
      ok: true,
      claims: {
        lang: 'vi',
        learner: { id: 'learner-1234', name: 'Nguyễn Thị Lan' },
        pathId: id,
        pathTitle: 'Kiến thức thiết yếu',
        modules: [
          {
            module: M1,
            title: 'Dữ liệu trong công việc công vụ',
            best: 90,
            completedAt: '2026-11-21T08:00:00.000Z',
            minutes: 12,
          },
          { module: M2, title: 'Chất lượng dữ liệu', best: 100, completedAt: '2026-11-22T08:00:00.000Z', minutes: 15 },
        ],
      },
    });
  });

  it('nothing for a path not done by its rule, unknown, removed, naming a module the site lacks, or without a name', () => {
    const r = record();
    const below = {
      ...r,
      modules: { ...r.modules, [M1]: { ...r.modules[M1]!, attempts: [attempt('2026-11-20T08:00:00.000Z', 80)] } },
    };
    expect(certificateClaims(below, id, catalog, 'vi')).toEqual({ ok: false, reason: 'incomplete', done: 1 });
    const noExercise = { ...r, modules: { ...r.modules, [M2]: { ...r.modules[M2]!, exercises: {} } } };
    expect(certificateClaims(noExercise, id, catalog, 'vi')).toMatchObject({ ok: false, reason: 'incomplete' });
    expect(certificateClaims(r, 'nosuchpath', catalog, 'vi')).toEqual({ ok: false, reason: 'unknown-path' });
    expect(certificateClaims(r, 'constructor', catalog, 'vi')).toEqual({ ok: false, reason: 'unknown-path' });
    const removed = record({
      paths: { [id]: { path, addedAt: '2026-11-19T00:00:00.000Z', removedAt: '2026-11-30T00:00:00.000Z' } },
    });
    expect(certificateClaims(removed, id, catalog, 'vi')).toEqual({ ok: false, reason: 'unknown-path' });
    expect(certificateClaims(r, id, new Map([[M1, catalog.get(M1)!]]), 'vi')).toEqual({
      ok: false,
      reason: 'unknown-module',
    });
    const { learner: _learner, ...nameless } = r;
    expect(certificateClaims(nameless, id, catalog, 'vi')).toEqual({ ok: false, reason: 'no-name' });
    expect(certificateClaims({ ...r, learner: { ...r.learner!, name: '  ' } }, id, catalog, 'vi')).toEqual({
      ok: false,
      reason: 'no-name',
    });
  });
});

describe('issuing', () => {
  const claimsOf = (r: Progress) => {
    const result = certificateClaims(r, id, catalog, 'vi');
    if (!result.ok) throw new Error(result.reason);
    return result.claims;
  };

  it('freezes a certificate whose code is the hash of what it says, and re-opening issues nothing new', () => {
    const first = issueCertificate(record(), claimsOf(record()), new Date('2026-12-01T08:00:00Z'));
    expect(codeMatches(first.certificate)).toBe(true);
    expect(first.certificate.issuedAt).toBe('2026-12-01T08:00:00.000Z');
    expect(first.record.certificates).toEqual({ [first.certificate.code]: first.certificate });
    const again = issueCertificate(first.record, claimsOf(first.record), new Date('2026-12-05T08:00:00Z'));
    expect(again.certificate).toEqual(first.certificate);
    expect(again.record).toBe(first.record);
  });

  it('a changed name or a newer best score reissues, and the old certificate stays', () => {
    const first = issueCertificate(record(), claimsOf(record()), new Date('2026-12-01T08:00:00Z'));
    const renamed = { ...first.record, learner: { ...first.record.learner!, name: 'Nguyễn Thị Lan Anh' } };
    const second = issueCertificate(renamed, claimsOf(renamed), new Date('2026-12-02T08:00:00Z'));
    expect(second.certificate.code).not.toBe(first.certificate.code);
    expect(Object.keys(second.record.certificates!).sort()).toEqual(
      [first.certificate.code, second.certificate.code].sort(),
    );
    expect(certificatesOfPath(second.record, id).map((c) => c.code)).toEqual([
      second.certificate.code,
      first.certificate.code,
    ]);
  });

  it('adds up the hours the way each language writes them', () => {
    expect(totalMinutes([{ minutes: 12 }, { minutes: 15 }])).toBe(27);
    expect(formatHours('vi', 270)).toBe('4,5');
    expect(formatHours('en', 270)).toBe('4.5');
    expect(formatHours('en', 120)).toBe('2');
    expect(formatHours('vi', 8 * 14)).toBe('1,9');
  });
});
