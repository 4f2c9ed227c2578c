import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activePaths,
  assignPath,
  isOverdue,
  pathStanding,
  removePath,
  setLearnerName,
  stopSending,
} from '../../../src/lib/course-paths/assigned-paths';
import { pathId } from '../../../src/lib/course-paths/path-codec';
import type { SharedPath } from '../../../src/lib/course-paths/path-schema';
import { exportProgress, importProgress } from '../../../src/lib/progress/progress-file';
import { mergeProgress } from '../../../src/lib/progress/progress-merge';
import { emptyProgress, progressSchema, type Progress } from '../../../src/lib/progress/progress-schema';
import { markDone, recordAttempt } from '../../../src/lib/quiz/quiz-session';

const essentials: SharedPath = {
  title: 'Dữ liệu cho mọi công chức',
  due: '2026-12-14',
  passMark: 80,
  modules: ['data-thinking/data-in-public-work', 'data-thinking/data-quality', 'data-thinking/no-quiz'],
};
const leaders: SharedPath = { title: 'Lãnh đạo', modules: ['data-thinking/data-quality'] };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 8, minute));
const attempt = (percent: number, passed: boolean, minute: number) => ({
  id: `attempt-${minute}-${percent}-xxxx`,
  at: at(minute).toISOString(),
  lang: 'vi' as const,
  correct: percent / 10,
  total: 10,
  percent,
  passed,
  answers: {},
});

describe('assigned paths', () => {
  it('adds several paths, lists the soonest due first, and removing one keeps module progress', () => {
    let record = assignPath(emptyProgress(), leaders, at(0));
    record = assignPath(record, essentials, at(1));
    record = recordAttempt(record, 'data-thinking/data-quality', attempt(90, true, 2));
    expect(activePaths(record).map((p) => p.path.title)).toEqual([essentials.title, leaders.title]);

    record = removePath(record, pathId(essentials), at(3));
    expect(activePaths(record).map((p) => p.id)).toEqual([pathId(leaders)]);
    expect(record.modules['data-thinking/data-quality']?.attempts).toHaveLength(1);
    expect(v.is(progressSchema, record)).toBe(true);

    record = assignPath(record, essentials, at(4));
    expect(activePaths(record)).toHaveLength(2);
  });

  it('a removal survives merging with a tab that still has the path', () => {
    const both = assignPath(emptyProgress(), essentials, at(0));
    const removed = removePath(both, pathId(essentials), at(5));
    expect(activePaths(mergeProgress(both, removed))).toEqual([]);
    expect(activePaths(mergeProgress(removed, both))).toEqual([]);
  });

  it('merging any add/remove histories of two tabs is commutative and ends in the latest change', () => {
    const paths = [essentials, leaders];
    const ops = fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 1 }), fc.boolean()), { maxLength: 12 });
    fc.assert(
      fc.property(ops, (steps) => {
        const tabs: Progress[] = [emptyProgress(), emptyProgress()];
        const latest = new Map<string, boolean>();
        steps.forEach(([second, which, add], minute) => {
          const tab = second ? 1 : 0;
          const path = paths[which]!;
          tabs[tab] = add ? assignPath(tabs[tab]!, path, at(minute)) : removePath(tabs[tab]!, pathId(path), at(minute));
          if (add || tabs[tab]!.paths[pathId(path)]) latest.set(pathId(path), add);
        });
        const merged = mergeProgress(tabs[0]!, tabs[1]!);
        expect(merged).toEqual(mergeProgress(tabs[1]!, tabs[0]!));
        const active = new Set(activePaths(merged).map((p) => p.id));
        for (const [id, added] of latest) {
          // A removal in a tab that never had the path is a no-op, so only count what each tab could see.
          if (added) expect(active.has(id)).toBe(true);
        }
      }),
    );
  });
});

describe('stopping a path’s statements to its LRS', () => {
  const sending: SharedPath = {
    ...leaders,
    lrs: { endpoint: 'https://lrs.example.gov.vn/xapi/', key: 'dGVzdDp0ZXN0', lang: 'vi' },
  };
  const id = pathId(sending);

  it('holds through any merge with tabs that never saw it, until the path is added again', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('stop', 're-add', 'other-tab-add'), { maxLength: 6 }), (steps) => {
        const added = assignPath(emptyProgress(), sending, at(0));
        let tab = added;
        let other = added;
        let stoppedSinceAdd = false;
        steps.forEach((step, i) => {
          if (step === 'stop') tab = stopSending(tab, id, at(i + 1));
          if (step === 're-add') tab = assignPath(tab, sending, at(i + 1));
          if (step === 'other-tab-add') other = assignPath(other, sending, at(i + 1));
          // The newest adding decides; a stop counts when made on the adding that wins.
          const merged = mergeProgress(tab, other);
          stoppedSinceAdd = merged.paths[id]!.lrsStoppedAt !== undefined;
          expect(merged).toEqual(mergeProgress(other, tab));
          expect(mergeProgress(merged, merged)).toEqual(merged);
        });
        const merged = mergeProgress(tab, other);
        const newestAdd = [tab, other]
          .map((r) => r.paths[id]!.addedAt)
          .sort()
          .at(-1);
        const stopOnNewest = [tab, other].some((r) => r.paths[id]!.addedAt === newestAdd && r.paths[id]!.lrsStoppedAt);
        expect(merged.paths[id]!.lrsStoppedAt !== undefined).toBe(Boolean(stopOnNewest));
        expect(stoppedSinceAdd).toBe(Boolean(stopOnNewest));
      }),
    );
  });

  it('is only for a path that sends, and the stop is not moved later by stopping again', () => {
    const plain = assignPath(emptyProgress(), leaders, at(0));
    expect(stopSending(plain, pathId(leaders), at(1))).toBe(plain);
    const once = stopSending(assignPath(emptyProgress(), sending, at(0)), id, at(1));
    expect(stopSending(once, id, at(2))).toBe(once);
    expect(v.is(progressSchema, once)).toBe(true);
  });
});

describe('moving to another device', () => {
  it('a backup file carries assigned paths, removals and the name, and importing merges them', () => {
    let phone = assignPath(emptyProgress(), essentials, at(0));
    phone = setLearnerName(phone, 'Nguyễn Thị Lan', at(1), () => 'learner-0001');
    phone = removePath(assignPath(phone, leaders, at(2)), pathId(leaders), at(3));
    const laptop = assignPath(emptyProgress(), leaders, at(1)); // added before the phone removed it
    const result = importProgress(laptop, exportProgress(phone, at(4)));
    if (!result.ok) throw new Error(result.reason);
    expect(activePaths(result.merged).map((p) => p.id)).toEqual([pathId(essentials)]);
    expect(result.merged.learner).toMatchObject({ id: 'learner-0001', name: 'Nguyễn Thị Lan' });
  });
});

describe('standing on a path', () => {
  const known = new Set(essentials.modules);

  it('counts a module done only when it meets the trainer’s pass mark', () => {
    let record = recordAttempt(emptyProgress(), 'data-thinking/data-in-public-work', attempt(70, true, 1));
    record = markDone(record, 'data-thinking/no-quiz', at(2));
    let standing = pathStanding(record, essentials, known);
    expect(standing.states.map((s) => s.state)).toEqual(['in-progress', 'not-started', 'completed']);
    expect(standing).toMatchObject({ done: 1, percent: 33, next: 'data-thinking/data-in-public-work' });

    record = recordAttempt(record, 'data-thinking/data-in-public-work', attempt(90, true, 3));
    standing = pathStanding(record, essentials, known);
    expect(standing).toMatchObject({ done: 2, next: 'data-thinking/data-quality' });
  });

  it('is overdue after the due date in Vietnam, not before, and never once done', () => {
    const standing = pathStanding(emptyProgress(), essentials, known);
    expect(isOverdue(essentials, standing, new Date('2026-12-14T16:59:00Z'))).toBe(false); // 23:59 in Hà Nội
    expect(isOverdue(essentials, standing, new Date('2026-12-14T17:00:00Z'))).toBe(true); // 00:00 on the 15th
    expect(isOverdue(essentials, { ...standing, done: 3 }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('learner name', () => {
  it('keeps one id across renames and trims the name', () => {
    let id = 0;
    const newId = () => `learner-${++id}-xxxx`;
    const first = setLearnerName(emptyProgress(), '  Nguyễn Thị Lan ', at(0), newId);
    const second = setLearnerName(first, 'Lan (Phòng Nội vụ)', at(1), newId);
    expect(first.learner).toMatchObject({ id: 'learner-1-xxxx', name: 'Nguyễn Thị Lan' });
    expect(second.learner).toMatchObject({ id: 'learner-1-xxxx', name: 'Lan (Phòng Nội vụ)' });
    expect(v.is(progressSchema, second)).toBe(true);
  });
});
