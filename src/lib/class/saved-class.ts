import { nestsDeeperThan } from '../reports/json-depth';
import { checkReport, MAX_REPORT_DEPTH, readJson } from '../reports/report-parse';
import type { Report } from '../reports/report-schema';

/**
 * Reads the class saved in this browser (the text under cdl.class-reports) back into reports. Storage is just
 * another place text can be edited or cut short, so the saved reports get the same checks as a dropped file, and
 * anything that does not read whole is named, so the page can say so and keep a copy before writing over it.
 */
export const CLASS_REPORTS_VERSION = 1;

/** Why a saved class did not read whole; the page words each. */
export type SavedClassDamage = 'not-json' | 'too-deep' | 'wrong-shape' | 'newer-version' | 'reports-dropped';

export interface SavedClass {
  reports: Report[];
  /** Saved reports that no longer validate, left out. */
  dropped: number;
  damage?: SavedClassDamage;
}

/** The saved class around its reports: one level for the wrapper, one for the list. */
const WRAPPER_DEPTH = 2;

export function readSavedClass(raw: string): SavedClass {
  const none = (damage: SavedClassDamage): SavedClass => ({ reports: [], dropped: 0, damage });
  if (nestsDeeperThan(raw, MAX_REPORT_DEPTH + WRAPPER_DEPTH)) return none('too-deep');
  let value: unknown;
  try {
    value = readJson(raw);
  } catch {
    return none('not-json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return none('wrong-shape');
  const saved = value as Record<string, unknown>;
  if (typeof saved.version === 'number' && saved.version > CLASS_REPORTS_VERSION) return none('newer-version');
  if (saved.version !== CLASS_REPORTS_VERSION || !Array.isArray(saved.reports)) return none('wrong-shape');
  const checked = saved.reports.map(checkReport);
  const reports = checked.flatMap((r) => (r.ok ? [r.report] : []));
  const dropped = checked.length - reports.length;
  return dropped > 0 ? { reports, dropped, damage: 'reports-dropped' } : { reports, dropped };
}

/**
 * The text to save for these reports: as many as fit in `budget` characters, in order (the first loaded stay),
 * each without its xAPI statements, most of a report's size and never read by the class view (the trainer keeps
 * them in the files). `saved` says how many made it, so the page can name what was not kept.
 */
export function writeSavedClass(reports: Report[], budget: number): { text: string; saved: number } {
  const head = `{"version":${CLASS_REPORTS_VERSION},"reports":[`;
  const tail = ']}';
  const parts: string[] = [];
  let size = head.length + tail.length;
  for (const report of reports) {
    const part = JSON.stringify({ ...report, statements: [] });
    const added = part.length + (parts.length > 0 ? 1 : 0);
    if (size + added > budget) break;
    parts.push(part);
    size += added;
  }
  return { text: head + parts.join(',') + tail, saved: parts.length };
}
