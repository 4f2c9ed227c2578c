import type { IslandStrings } from '../../i18n/island-strings';
import type { PathModule } from '../../lib/course-paths/path-catalog';

export const assignedStringPrefixes = ['assigned.', 'certificate.link.'] as const;

/** What the My learning page writes into <script data-assigned-payload> and <assigned-paths-island> reads. */
export interface AssignedPathsPayload {
  /** Every module a path can name, to link and title the steps of an assigned path. */
  modules: PathModule[];
  strings: IslandStrings<(typeof assignedStringPrefixes)[number]>;
}
