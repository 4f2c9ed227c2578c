import { describe, expect, it } from 'vitest';
import { exerciseInfos, exerciseInfosField } from '../../../src/lib/content/exercise-infos';
import type { ExerciseData } from '../../../src/schemas/exercise';

const declared = [
  {
    id: 'find-errors',
    kind: 'table-inspection',
    title: 'Tìm lỗi trong danh sách hộ',
    instructions: 'Đánh dấu các dòng có vấn đề và gọi tên khía cạnh chất lượng.',
    counts: true,
    passMark: 70,
  },
] as ExerciseData[];

describe("what result pages are told of a module's exercises", () => {
  it('is the id, kind, title and whether it counts: nothing of the task, data or key', () => {
    expect(exerciseInfos(declared)).toEqual([
      { id: 'find-errors', kind: 'table-inspection', title: 'Tìm lỗi trong danh sách hộ', counts: true },
    ]);
  });

  it('adds no field to a payload for a module without exercises', () => {
    expect(exerciseInfosField([])).toEqual({});
    expect(exerciseInfosField(undefined)).toEqual({});
    expect(exerciseInfosField(declared).exercises).toHaveLength(1);
  });
});
