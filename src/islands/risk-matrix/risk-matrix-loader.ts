// The only script a page with a risk matrix runs for it at load (see load-when-near.ts).
import { loadWhenNear } from '../shared/load-when-near';

loadWhenNear('risk-matrix-island', () => import('./risk-matrix-island'));
