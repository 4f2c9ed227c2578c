import { describe, expect, it } from 'vitest';
import { readReportFiles } from '../../../src/islands/class-report/read-report-files';

describe('reading the chosen report files', () => {
  it('names each file without the bidi or control characters a hostile name could carry', async () => {
    const read = await readReportFiles([
      new File(['{}'], 'bao-cao-\u202Enosj.json'),
      new File(['{}'], 'lan\u0007.json'),
    ]);
    expect(read.map((r) => r.file)).toEqual(['bao-cao-nosj.json', 'lan.json']);
    expect(read.map((r) => ('text' in r ? r.text : undefined))).toEqual(['{}', '{}']);
  });
});
