// The only script a page with a table-inspection runs for it at load (see load-when-near.ts).
import { loadWhenNear } from '../shared/load-when-near';

loadWhenNear('table-inspection-island', () => import('./table-inspection-island'));
