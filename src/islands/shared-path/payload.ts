import type { IslandStrings } from '../../i18n/island-strings';
import type { PathModule } from '../../lib/course-paths/path-catalog';

export const sharedPathStringPrefixes = ['shared.', 'progress.notice.', 'lrs.'] as const;

/** What the shared path page writes into <script data-shared-payload> and <shared-path-island> reads. */
export interface SharedPathPayload {
  /** Every module a link can name; a link naming another is explained, not stored. */
  modules: PathModule[];
  /** "My learning" in this language, where an added path is shown. */
  myLearning: string;
  /** The Learning Record Stores this site may send to (LRS_ENDPOINTS): a link naming another is refused. */
  lrsEndpoints: string[];
  strings: IslandStrings<(typeof sharedPathStringPrefixes)[number]>;
}
