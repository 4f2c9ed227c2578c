import type { SharedPath } from '../course-paths/path-schema';
import { parseReport, type ParseFailure } from '../reports/report-parse';
import type { Report } from '../reports/report-schema';
import { classCsv, type ClassCsvLabels } from './class-csv';
import {
  classView,
  latestPerLearner,
  mainPathId,
  type ClassLearner,
  type ClassModule,
  type ClassExercise,
  type ClassView,
  type ExerciseSummary,
  type MissedQuestion,
  type ModuleSummary,
} from './class-report';
import { readableId } from '../exercise/readable-id';
import { readSavedClass, writeSavedClass, type SavedClassDamage } from './saved-class';
import { checkCertificate, type CertificateCheck } from './certificate-check';

/**
 * The class the trainer has loaded, held where the heavy work happens: a module worker on the class report page
 * (class-worker.ts), so that reading 5,000 files and working out the view never holds up the page. Everything
 * it returns is small: a summary, one page of learners, the CSV text, the text to save. Pure: no DOM, no storage.
 */

/** A file as the page got it: its text, or why there is none. */
export type ReportFile = { file: string; text: string } | { file: string; error: 'too-large' | 'unreadable' };

export type FileOutcome =
  | { file: string; kind: 'ok' | 'replaced'; name: string }
  | { file: string; kind: 'other-path'; name: string; title: string }
  | { file: string; kind: 'error'; reason: ParseFailure | 'unreadable' };

export interface RestoredClass {
  count: number;
  dropped: number;
  damage?: SavedClassDamage;
}

export interface ClassSummary {
  /** Reports held, all paths together. */
  total: number;
  /** Every path with reports, first loaded first. */
  paths: Array<{ id: string; title: string }>;
  shownPath?: string;
  path?: SharedPath;
  /** The shown path's modules, with the catalog's numbers and titles. */
  modules: ClassModule[];
  learnerCount: number;
  moduleSummaries: ModuleSummary[];
  missed: MissedQuestion[];
  needHelpCount: number;
  /** The shown path's exercises over the class, with what each misses most. */
  exercises: ExerciseSummary[];
}

/**
 * The CSV's words, from the page (plain strings: they cross to the worker); module and exercise names are made
 * here, from the catalog the model was given.
 */
export type ClassCsvWords = Omit<ClassCsvLabels, 'moduleName' | 'exercise'> & {
  exercise?: Omit<NonNullable<ClassCsvLabels['exercise']>, 'name'>;
};

export const moduleName = (m: ClassModule): string => (m.number ? `${m.number} ${m.title}` : m.title);
/** "1.2 Chất lượng dữ liệu — Tìm lỗi trong danh sách hộ": an undeclared exercise goes by a readable id. */
export const exerciseName = (e: ClassExercise, m: ClassModule): string =>
  `${moduleName(m)} — ${e.title ?? readableId(e.exercise)}`;
const learnerKey = (r: Report) => `${r.learner.id} ${r.pathId}`;

export class ClassModel {
  private reports: Report[] = [];
  private shownPath: string | undefined;
  private view: ClassView | undefined;
  private modules: ClassModule[] = [];
  private readonly known: Map<string, ClassModule>;

  constructor(
    catalog: ClassModule[],
    private readonly now: () => Date = () => new Date(),
  ) {
    this.known = new Map(catalog.map((m) => [m.key, m]));
  }

  /** Replaces what is held by the saved class's text (the page reads it from storage). */
  restore(raw: string): RestoredClass {
    const saved = readSavedClass(raw);
    this.reports = latestPerLearner(saved.reports).reports;
    this.shownPath = mainPathId(this.reports);
    this.view = undefined;
    return { count: this.reports.length, dropped: saved.dropped, ...(saved.damage ? { damage: saved.damage } : {}) };
  }

  /** Checks each file on its own, keeps the newest report per learner and path, and shows the main path. */
  add(files: ReportFile[]): FileOutcome[] {
    const before = new Map(this.reports.map((r) => [learnerKey(r), r]));
    const outcomes: FileOutcome[] = [];
    const loaded: Array<{ file: string; report: Report }> = [];
    for (const entry of files) {
      if ('error' in entry) {
        outcomes.push({ file: entry.file, kind: 'error', reason: entry.error });
        continue;
      }
      const parsed = parseReport(entry.text);
      if (parsed.ok) loaded.push({ file: entry.file, report: parsed.report });
      else outcomes.push({ file: entry.file, kind: 'error', reason: parsed.reason });
    }
    this.reports = latestPerLearner([...this.reports, ...loaded.map((l) => l.report)]).reports;
    this.shownPath = mainPathId(this.reports);
    this.view = undefined;
    for (const { file, report } of loaded) {
      const name = report.learner.name;
      const older = before.get(learnerKey(report));
      if (report.pathId !== this.shownPath) outcomes.push({ file, kind: 'other-path', name, title: report.path.title });
      else outcomes.push({ file, kind: older && older.exportedAt < report.exportedAt ? 'replaced' : 'ok', name });
    }
    return outcomes;
  }

  /** The summary of one path (the main one when `pathId` is absent or has no reports). */
  show(pathId?: string): ClassSummary {
    const ids = [...new Set(this.reports.map((r) => r.pathId))];
    if (pathId !== undefined && ids.includes(pathId)) {
      if (pathId !== this.shownPath) this.view = undefined;
      this.shownPath = pathId;
    }
    if (!this.shownPath || !ids.includes(this.shownPath)) {
      this.shownPath = mainPathId(this.reports);
      this.view = undefined;
    }
    const paths = ids.map((id) => ({ id, title: this.reports.find((r) => r.pathId === id)!.path.title }));
    const view = this.current();
    return {
      total: this.reports.length,
      paths,
      ...(this.shownPath ? { shownPath: this.shownPath } : {}),
      ...(view?.path ? { path: view.path } : {}),
      modules: this.modules,
      learnerCount: view?.learners.length ?? 0,
      moduleSummaries: view?.modules ?? [],
      missed: view?.missed ?? [],
      needHelpCount: view?.needHelp.length ?? 0,
      exercises: view?.exercises ?? [],
    };
  }

  /** Learners `from` (0-based) on, by name as the table lists them. */
  learners(from: number, count: number): ClassLearner[] {
    return this.current()?.learners.slice(from, from + count) ?? [];
  }

  needHelp(from: number, count: number): ClassLearner[] {
    return this.current()?.needHelp.slice(from, from + count) ?? [];
  }

  /** Every learner of the shown path, whatever page the table shows. */
  csv(words: ClassCsvWords): string {
    const view = this.current();
    if (!view) return '';
    const { exercise, ...rest } = words;
    const labels = { ...rest, moduleName, ...(exercise ? { exercise: { ...exercise, name: exerciseName } } : {}) };
    return classCsv(view, labels, this.modules);
  }

  /** What to save: as many reports as fit in `budget` characters. */
  savedText(budget: number): { text: string; saved: number; total: number } {
    return { ...writeSavedClass(this.reports, budget), total: this.reports.length };
  }

  /** A certificate's code or verify link, checked against every report held, whatever path is shown. */
  checkCertificate(input: string): CertificateCheck {
    return checkCertificate(input, this.reports);
  }

  clear(): void {
    this.reports = [];
    this.shownPath = undefined;
    this.view = undefined;
  }

  private current(): ClassView | undefined {
    if (this.view) return this.view;
    const reports = this.reports.filter((r) => r.pathId === this.shownPath);
    if (reports.length === 0) {
      this.modules = [];
      return undefined;
    }
    this.modules = reports[0]!.path.modules.map((key) => this.known.get(key) ?? { key, number: '', title: key });
    this.view = classView(reports, this.modules, this.now());
    return this.view;
  }
}
