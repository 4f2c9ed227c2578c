import { vietnamDate } from '../course-paths/due-date';
import type { ClassExercise, ClassModule, ClassView } from './class-report';
import type { ModuleState } from '../course-paths/path-progress';

/**
 * The class table as a CSV file a trainer opens in Excel on Windows with Vietnamese text. Excel needs the BOM to
 * read UTF-8 (without it "Nguyễn" turns into mojibake) and expects CRLF. Learner names and module titles are text
 * other people typed, so a cell starting like a formula (=HYPERLINK(…), +, -, @) is defused with an apostrophe.
 */
export interface ClassCsvLabels {
  learner: string;
  completedCount: string;
  exportedAt: string;
  status: Record<ModuleState, string>;
  best: string;
  attempts: string;
  moduleName: (m: ClassModule) => string;
  /**
   * Each exercise's three columns after its module's: its name (module and exercise, as the page words them),
   * the word over each column, and the words for passed or not. Without them the CSV has no exercise columns.
   */
  exercise?: {
    name: (e: ClassExercise, m: ClassModule) => string;
    best: string;
    passed: string;
    attempts: string;
    yes: string;
    no: string;
  };
  /** The word after the module name over its status column ("trạng thái"); without it the name alone heads it. */
  statusHeader?: string;
  /**
   * Excel splits a CSV it opens at the list separator of the computer's regional settings: ";" under vi-VN (where
   * "," is the decimal comma), "," under en-US. The Vietnamese page writes ";", the English one ",".
   */
  separator?: CsvSeparator;
}
export type CsvSeparator = ',' | ';';

const BOM = '\uFEFF';
const EOL = '\r\n';
/** What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * "3/8" would open in Excel as the date 8 March (or 3 August); with a division slash (∕, U+2215) it looks the
 * same and stays text.
 */
const OF = '\u2215';

/** A text cell: defused, then quoted per RFC 4180 when it holds a separator (either), quote or line break. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number this code writes: plain, never defused. Whole percent, as the site scores, so no decimal separator. */
const csvNumber = (value: number | undefined): string => (value === undefined ? '' : String(Math.floor(value)));

/** The calendar date in Vietnam, as the class view counts days for "overdue"; '' for a date out of range. */
function exportDay(iso: string): string {
  try {
    return vietnamDate(new Date(iso)); // throws on an invalid date, or on year 275760 plus seven hours
  } catch {
    return '';
  }
}

export function classCsv(view: ClassView, labels: ClassCsvLabels, modules: ClassModule[]): string {
  const words = labels.exercise;
  /** The view's exercises of one module, with their index in each learner's `exercises`. */
  const exercisesOf = (m: ClassModule) =>
    words
      ? view.exercises.flatMap((e, index) => (e.module === m.key ? [{ exercise: e as ClassExercise, index }] : []))
      : [];
  const header = [
    labels.learner,
    labels.completedCount,
    ...modules.flatMap((m) => {
      const name = labels.moduleName(m);
      return [
        labels.statusHeader ? `${name}: ${labels.statusHeader}` : name,
        `${name}: ${labels.best}`,
        `${name}: ${labels.attempts}`,
        ...exercisesOf(m).flatMap(({ exercise }) => {
          const named = words!.name(exercise, m);
          return [`${named}: ${words!.best}`, `${named}: ${words!.passed}`, `${named}: ${words!.attempts}`];
        }),
      ];
    }),
    labels.exportedAt,
  ].map(csvText);

  const rows = view.learners.map((learner) => {
    const cells = modules.map((m) => learner.cells.find((c) => c.module === m.key));
    const completed = cells.filter((c) => c?.status === 'completed').length;
    return [
      csvText(learner.name),
      `${completed}${OF}${modules.length}`,
      ...cells.flatMap((c, i) => [
        ...(c ? [csvText(labels.status[c.status]), csvNumber(c.best), String(c.attempts)] : ['', '', '']),
        ...exercisesOf(modules[i]!).flatMap(({ index }) => {
          const e = learner.exercises[index];
          return e && e.attempts > 0
            ? [csvNumber(e.best), csvText(e.passed ? words!.yes : words!.no), String(e.attempts)]
            : ['', '', '0'];
        }),
      ]),
      exportDay(learner.exportedAt),
    ];
  });

  const separator = labels.separator ?? ',';
  return BOM + [header, ...rows].map((row) => row.join(separator) + EOL).join('');
}
