// The only script a page with a chart-critique runs for it at load (see load-when-near.ts).
import { loadWhenNear } from '../shared/load-when-near';

loadWhenNear('chart-critique-island', () => import('./chart-critique-island'));
