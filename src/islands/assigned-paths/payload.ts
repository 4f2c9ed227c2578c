import type { IslandStrings } from '../../i18n/island-strings';
import type { PathModule } from '../../lib/course-paths/path-catalog';

export const assignedStringPrefixes = ['assigned.', 'certificate.link.', 'lrs.'] as const;

/** What the My learning page writes into <script data-assigned-payload> and <assigned-paths-island> reads. */
export interface AssignedPathsPayload {
  /** Every module a path can name, to link and title the steps of an assigned path. */
  modules: PathModule[];
  /** The Learning Record Stores this site may send to: a path naming another is shown as not sending. */
  lrsEndpoints: string[];
  strings: IslandStrings<(typeof assignedStringPrefixes)[number]>;
}
