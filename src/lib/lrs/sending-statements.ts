import type { PathModule } from '../course-paths/path-catalog';
import type { PathLrs, SharedPath } from '../course-paths/path-schema';
import type { Progress } from '../progress/progress-schema';
import { pathStatements, WHOLE_RECORD } from '../reports/progress-report';

/**
 * The statements a path sends: the report's (same ids, same content), in the path's language, from the whole
 * record rather than a report's newest attempts. My learning counts what was sent from the same list.
 */
export function sendingStatements(
  record: Progress,
  learner: { id: string; name: string },
  path: SharedPath & { lrs: PathLrs },
  site: string,
  modules: PathModule[],
) {
  return pathStatements({ record, path, learner, lang: path.lrs.lang, site, modules }, WHOLE_RECORD);
}
