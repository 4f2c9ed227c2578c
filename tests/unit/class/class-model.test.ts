import { describe, expect, it } from 'vitest';
import { ClassModel } from '../../../src/lib/class/class-model';
import type { ClassModule } from '../../../src/lib/class/class-report';
import { attempt, classPath, makeReport, mod, M1, M2, M3 } from '../report-fixture';

const catalog: ClassModule[] = [M1, M2, M3].map((key, i) => ({ key, number: `1.${i + 1}`, title: `Module ${i + 1}` }));
const now = () => new Date('2026-12-01T00:00:00Z');
const words = {
  learner: 'Learner',
  completedCount: 'Done',
  exportedAt: 'Date',
  best: 'best',
  attempts: 'attempts',
  status: { 'not-started': 'not started', 'in-progress': 'in progress', completed: 'done' },
} as const;
/** "Học viên 001" … : given names sort as numbers written with leading zeros. */
const learner = (i: number) =>
  makeReport({
    id: `learner-${String(i).padStart(4, '0')}`,
    name: `Học viên ${String(i).padStart(3, '0')}`,
    modules: [mod(M1, [attempt(40), attempt(50)])],
  });
const file = (i: number) => ({ file: `r${i}.json`, text: JSON.stringify(learner(i)) });

describe('the class model the worker holds', () => {
  it('pages through every learner in table order, and the CSV has them all', () => {
    const model = new ClassModel(catalog, now);
    const outcomes = model.add(Array.from({ length: 130 }, (_, i) => file(129 - i)));
    expect(outcomes.every((o) => o.kind === 'ok')).toBe(true);
    const summary = model.show();
    expect(summary.learnerCount).toBe(130);
    expect(summary.needHelpCount).toBe(130); // two failed attempts each
    const pages = [0, 50, 100].map((from) => model.learners(from, 50).map((l) => l.name));
    expect(pages.map((p) => p.length)).toEqual([50, 50, 30]);
    expect(pages.flat()).toEqual(Array.from({ length: 130 }, (_, i) => `Học viên ${String(i).padStart(3, '0')}`));
    expect(model.needHelp(100, 50).map((l) => l.name)).toEqual(pages[2]);
    const rows = model.csv(words).trim().split('\r\n');
    expect(rows).toHaveLength(131);
    expect(rows[1]).toMatch(/^Học viên 000,/);
  });

  it('says what each file was, and reads a saved class back', () => {
    const model = new ClassModel(catalog, now);
    const other = makeReport({
      id: 'learner-other',
      name: 'Lê Văn Bình',
      path: { title: 'Lớp lãnh đạo', modules: [M2] },
    });
    const newer = { ...learner(1), exportedAt: '2026-12-02T03:00:00.000Z' };
    expect(model.add([file(1), file(2)]).map((o) => o.kind)).toEqual(['ok', 'ok']);
    expect(
      model.add([
        { file: 'new.json', text: JSON.stringify(newer) },
        { file: 'bad.json', text: '{"format":' },
        { file: 'big.json', error: 'too-large' },
        { file: 'other.json', text: JSON.stringify(other) },
      ]),
    ).toEqual([
      { file: 'bad.json', kind: 'error', reason: 'not-json' },
      { file: 'big.json', kind: 'error', reason: 'too-large' },
      { file: 'new.json', kind: 'replaced', name: 'Học viên 001' },
      { file: 'other.json', kind: 'other-path', name: 'Lê Văn Bình', title: 'Lớp lãnh đạo' },
    ]);
    expect(model.show().paths.map((p) => p.title)).toEqual([classPath.title, 'Lớp lãnh đạo']);
    const elsewhere = model.show(model.show().paths[1]!.id);
    expect(elsewhere.learnerCount).toBe(1);
    expect(elsewhere.modules.map((m) => m.title)).toEqual(['Module 2']);

    const { text, saved, total } = model.savedText(Infinity);
    expect([saved, total]).toEqual([3, 3]);
    const again = new ClassModel(catalog, now);
    expect(again.restore(text)).toEqual({ count: 3, dropped: 0 });
    expect(again.show().learnerCount).toBe(2);
    expect(again.restore('{"version":1')).toEqual({ count: 0, dropped: 0, damage: 'not-json' });
    expect(again.show().learnerCount).toBe(0);
  });
});
