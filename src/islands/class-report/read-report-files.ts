import type { ReportFile } from '../../lib/class/class-model';
import { MAX_REPORT_BYTES } from '../../lib/reports/report-schema';

/** The text of each chosen file, or why there is none; a file too big to be a report is not even read. */
export async function readReportFiles(files: File[]): Promise<ReportFile[]> {
  const read: ReportFile[] = [];
  for (const file of files) {
    if (file.size > MAX_REPORT_BYTES) {
      read.push({ file: file.name, error: 'too-large' });
      continue;
    }
    try {
      read.push({ file: file.name, text: await file.text() });
    } catch {
      read.push({ file: file.name, error: 'unreadable' });
    }
  }
  return read;
}
