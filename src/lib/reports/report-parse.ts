import * as v from 'valibot';
import { pathId } from '../course-paths/path-codec';
import { cleanOutsideText } from '../text/outside-text';
import { FILE_FORMAT as BACKUP_FILE_FORMAT } from '../progress/progress-file';
import { nestsDeeperThan } from './json-depth';
import { MAX_REPORT_BYTES, REPORT_FORMAT, REPORT_VERSION, reportSchema, type Report } from './report-schema';

/**
 * Reads a progress report file a learner sent (Zalo, e-mail, USB stick): anything can arrive, so this never
 * throws, says why a file is refused (the page words it), and cleans what the class table shows of the learner.
 */
/** 'backup': the learner's own backup file (My learning, "Tải bản sao lưu"), sent by mistake for the report. */
export type ParseFailure =
  'too-large' | 'too-deep' | 'not-json' | 'not-a-report' | 'backup' | 'newer-version' | 'invalid';
export type ParsedReport = { ok: true; report: Report } | { ok: false; reason: ParseFailure };

/** A report nests 7 levels (its xAPI statements included); anything past this was made to break a parser. */
export const MAX_REPORT_DEPTH = 32;

/** Keys that reach a prototype when copied about; no report field has these names, so dropping them costs nothing. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse without the keys above at any depth. JSON.parse itself makes "__proto__" an own key (harmless until
 * some code spreads or assigns it), and the schema passes `statements` through untouched, so they go here, at the source.
 * Throws as JSON.parse does.
 */
export function readJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
}

export function parseReport(text: string): ParsedReport {
  if (typeof text !== 'string') return { ok: false, reason: 'not-json' };
  // Before parsing: a 50 MB file must not freeze the trainer's page.
  if (text.length > MAX_REPORT_BYTES) return { ok: false, reason: 'too-large' };
  if (nestsDeeperThan(text, MAX_REPORT_DEPTH)) return { ok: false, reason: 'too-deep' };
  let value: unknown;
  try {
    value = readJson(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return checkReport(value);
}

/** The checks after JSON parsing; the class report store runs them again on what it saved. */
export function checkReport(value: unknown): ParsedReport {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { ok: false, reason: 'not-a-report' };
    const { format, version } = value as Record<string, unknown>;
    if (format === BACKUP_FILE_FORMAT) return { ok: false, reason: 'backup' };
    if (format !== REPORT_FORMAT) return { ok: false, reason: 'not-a-report' };
    if (typeof version === 'number' && version > REPORT_VERSION) return { ok: false, reason: 'newer-version' };
    const parsed = v.safeParse(reportSchema, value);
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    const report = parsed.output;
    // The path's title and note were cleaned by its schema; the name the same way, as the table and CSV show it.
    const name = cleanOutsideText(report.learner.name, 'name');
    // A path edited by hand after export (a later due date, a lower pass mark) no longer matches its id.
    if (name === '' || pathId(report.path) !== report.pathId) return { ok: false, reason: 'invalid' };
    return { ok: true, report: { ...report, learner: { ...report.learner, name } } };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}
