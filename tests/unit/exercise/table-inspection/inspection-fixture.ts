import type { InspectionKey } from '../../../../src/lib/exercise/table-inspection/answer-key';
import { DIMENSIONS } from '../../../../src/lib/exercise/table-inspection/dimensions';

/** A small answer key shaped like the module's: a duplicate over two rows, a problem two dimensions find, a clean row. */
export const key: InspectionKey = {
  kind: 'table-inspection',
  columns: ['id', 'village', 'amount'],
  categories: [...DIMENSIONS],
  problems: [
    { id: 'duplicate', rows: ['02', '05'], dimensions: ['uniqueness'] },
    { id: 'amount', rows: ['03'], column: 'amount', dimensions: ['accuracy', 'consistency'] },
    { id: 'spelling', rows: ['04'], column: 'village', dimensions: ['consistency'] },
  ],
};
export const rows = ['01', '02', '03', '04', '05', '06'];
