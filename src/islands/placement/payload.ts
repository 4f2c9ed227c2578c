import type { IslandStrings } from '../../i18n/island-strings';
import type { PlacementArea } from '../../lib/progress/progress-schema';
import type { QuizData } from '../../schemas/quiz';

/** The dictionary parts the placement island speaks from: its own, the quiz view's, level names, store notices. */
export const placementStringPrefixes = ['placement.', 'quiz.', 'level.', 'progress.notice.'] as const;
export type PlacementStringKey = keyof IslandStrings<(typeof placementStringPrefixes)[number]>;

export interface ModuleLink {
  key: string;
  number: string;
  title: string;
  url: string;
}

/** A role path as the result offers it: its page, the link that adds it (the role path page's own), its modules. */
export interface PathOffer {
  title: string;
  url: string;
  /** The shared-path link the role path page's "add to my learning" opens, with the same code. */
  add: string;
  /** Its written modules, in the path's order. */
  modules: ModuleLink[];
}

/** What the start page writes into <script data-placement-payload> and <placement-island> reads. */
export interface PlacementPayload {
  /** The diagnostic questions as one test-mode quiz (texts included: the page does not list them without JS). */
  quiz: QuizData;
  /** Each question's area and the module it comes from, by question id. */
  areas: Record<string, PlacementArea>;
  sources: Record<string, ModuleLink>;
  /** The four role paths by slug. */
  paths: Record<string, PathOffer>;
  strings: IslandStrings<(typeof placementStringPrefixes)[number]>;
}
