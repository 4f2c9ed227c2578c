import type { ReportFile } from '../../lib/class/class-model';
import { MAX_REPORT_BYTES } from '../../lib/reports/report-schema';
import { cleanOutsideText } from '../../lib/text/outside-text';

/**
 * The text of each chosen file, or why there is none; a file too big to be a report is not even read. File names
 * come from outside as much as the files do, and are shown in the messages: cleaned like any outside text.
 */
export async function readReportFiles(files: File[]): Promise<ReportFile[]> {
  const read: ReportFile[] = [];
  for (const file of files) {
    const name = cleanOutsideText(file.name, 'line');
    if (file.size > MAX_REPORT_BYTES) {
      read.push({ file: name, error: 'too-large' });
      continue;
    }
    try {
      read.push({ file: name, text: await file.text() });
    } catch {
      read.push({ file: name, error: 'unreadable' });
    }
  }
  return read;
}
