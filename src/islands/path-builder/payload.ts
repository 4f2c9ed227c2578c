import type { IslandStrings } from '../../i18n/island-strings';
import type { PathModule } from '../../lib/course-paths/path-catalog';

export const builderStringPrefixes = ['builder.', 'lrs.builder.'] as const;

/** A role path the trainer can start from: only its written modules, which are all a link can carry. */
export interface BuilderStart {
  slug: string;
  title: string;
  modules: string[];
}

/** What the trainer page writes into <script data-builder-payload> and <path-builder-island> reads. */
export interface PathBuilderPayload {
  modules: PathModule[];
  starts: BuilderStart[];
  /** The page that opens a shared link, in this language: the link is built on it. */
  sharedUrl: string;
  /** The Learning Record Stores this site may send to (LRS_ENDPOINTS); with none the builder offers no such field. */
  lrsEndpoints: string[];
  strings: IslandStrings<(typeof builderStringPrefixes)[number]>;
}
