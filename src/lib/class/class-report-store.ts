import type { StorageLike } from '../progress/progress-store';
import { checkReport, readJson } from '../reports/report-parse';
import type { Report } from '../reports/report-schema';

/**
 * Keeps the reports a trainer loaded, so the class view is still there tomorrow. The trainer still has the files,
 * so this is a convenience: it never throws, drops (and counts) a saved report that no longer validates, and a
 * failed save leaves the previous saved set as it was (setItem either writes or fails whole).
 */
export const CLASS_REPORTS_KEY = 'cdl.class-reports';
export const CLASS_REPORTS_VERSION = 1;

export type SaveResult = 'saved' | 'storage-full' | 'storage-unavailable';

export interface ClassReportStore {
  load(): { reports: Report[]; dropped: number };
  save(reports: Report[]): SaveResult;
  clear(): void;
}

export function createClassReportStore(getStorage: () => StorageLike): ClassReportStore {
  // Asked for at each call, as disabled storage throws on access (Safari private mode), not only on creation.
  const open = (): StorageLike | undefined => {
    try {
      const storage = getStorage();
      storage.getItem(CLASS_REPORTS_KEY);
      return storage;
    } catch {
      return undefined;
    }
  };

  return {
    load() {
      const empty = { reports: [], dropped: 0 };
      let value: unknown;
      try {
        const raw = open()?.getItem(CLASS_REPORTS_KEY);
        if (raw == null) return empty;
        value = readJson(raw);
      } catch {
        return empty;
      }
      const saved = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      if (saved.version !== CLASS_REPORTS_VERSION || !Array.isArray(saved.reports)) return empty;
      // The same checks as a dropped file: storage is just another place text can be edited.
      const checked = saved.reports.map(checkReport);
      const reports = checked.flatMap((r) => (r.ok ? [r.report] : []));
      return { reports, dropped: checked.length - reports.length };
    },

    save(reports) {
      const storage = open();
      if (!storage) return 'storage-unavailable';
      let text: string;
      try {
        // The xAPI statements are most of a report's size and the class view never reads them: forty reports
        // with them would not fit in the ~5 MB localStorage gives a site. The trainer keeps them in the files.
        text = JSON.stringify({ version: CLASS_REPORTS_VERSION, reports: reports.map((r) => ({ ...r, statements: [] })) });
      } catch {
        return 'storage-unavailable';
      }
      try {
        storage.setItem(CLASS_REPORTS_KEY, text);
        return 'saved';
      } catch {
        return 'storage-full';
      }
    },

    clear() {
      const storage = open() as (StorageLike & { removeItem?: (key: string) => void }) | undefined;
      try {
        if (typeof storage?.removeItem === 'function') storage.removeItem(CLASS_REPORTS_KEY);
        else storage?.setItem(CLASS_REPORTS_KEY, JSON.stringify({ version: CLASS_REPORTS_VERSION, reports: [] }));
      } catch {
        // Nothing to do: the page shows an empty class either way, and load() copes with what is left.
      }
    },
  };
}
