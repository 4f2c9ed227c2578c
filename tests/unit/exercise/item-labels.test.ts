import { describe, expect, it } from 'vitest';
import { exerciseItemLabels } from '../../../src/lib/exercise/item-labels';
import type { ExerciseData } from '../../../src/schemas/exercise';

const base = { id: 'e', title: 'Bài', instructions: 'Làm theo hướng dẫn.', counts: false, passMark: 60 };

describe('exerciseItemLabels', () => {
  it('names a planted problem by the first clause of its explanation, not cut at a Vietnamese thousands point', () => {
    const labels = exerciseItemLabels({
      ...base,
      kind: 'table-inspection',
      problems: [
        {
          id: 'duplicate-p12',
          rows: ['04', '12'],
          dimensions: ['uniqueness'],
          explanation: 'Dòng 04 và dòng 12 giống hệt nhau: P12, thôn Tân Lập. Một người bị ghi hai lần.',
        },
        {
          id: 'amount-off-rule',
          rows: ['10'],
          dimensions: ['accuracy'],
          explanation: 'Dòng 10 ghi 7.500.000 đồng cho hệ số 1,5. Đúng ra là 750.000 đồng.',
        },
        { id: 'long', rows: ['01'], dimensions: ['validity'], explanation: 'Dòng 01 '.repeat(40) },
      ],
    } as unknown as ExerciseData);
    expect(labels['duplicate-p12']).toBe('Dòng 04 và dòng 12 giống hệt nhau');
    expect(labels['amount-off-rule']).toBe('Dòng 10 ghi 7.500.000 đồng cho hệ số 1,5');
    expect(labels.long!.length).toBeLessThanOrEqual(100);
    expect(labels.long!.endsWith('…')).toBe(true);
  });

  it('names a risk and a chart option by their own labels', () => {
    expect(
      exerciseItemLabels({
        ...base,
        kind: 'risk-matrix',
        risks: [{ id: 'r1', label: 'Người dân chờ lâu hơn' }],
      } as unknown as ExerciseData),
    ).toEqual({ r1: 'Người dân chờ lâu hơn' });
    expect(
      exerciseItemLabels({
        ...base,
        kind: 'chart-critique',
        options: [{ id: 'truncated-axis', label: 'Trục tung bắt đầu từ 90%.' }],
      } as unknown as ExerciseData),
    ).toEqual({ 'truncated-axis': 'Trục tung bắt đầu từ 90%.' });
  });
});
