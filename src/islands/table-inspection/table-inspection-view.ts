import type { InspectionKey } from '../../lib/exercise/table-inspection/answer-key';
import type { Category } from '../../lib/exercise/table-inspection/dimensions';
import type { InspectionResult, Marks, Outcome } from '../../lib/exercise/table-inspection/table-inspection-scoring';
import { h, refill } from '../shared/dom';
import type { Translator } from '../shared/strings';
import type { TableInspectionPayload, TableInspectionStringKey } from './payload';

type T = Translator<TableInspectionStringKey>;
/** A row's verdict once checked: a problem's outcome, or a clean row marked. */
type RowVerdict = Outcome | 'wrongFlag';

const MARK = { found: '✓', half: '½', missed: '✗', wrongFlag: '✗' } as const;

/** A category's name on this page, from the payload (the exercise's own labels, or the dimensions' names). */
export type NameOf = (category: Category) => string;
export const categoryNamer =
  (payload: Pick<TableInspectionPayload, 'categories'>): NameOf =>
  (category) =>
    payload.categories.find((c) => c.id === category)?.label ?? category;
const categoryList = (t: T, name: NameOf, list: readonly Category[]) =>
  list.map(name).join(t('exercise.table-inspection.or'));
const rowList = (t: T, rows: readonly string[]) =>
  t('exercise.table-inspection.rows', { rows: rows.join(', '), count: rows.length });

/**
 * Adds the learner's column to the server-rendered table: a header, and in each row a labelled select whose first
 * choice is "no problem". Returns the selects by row id. Native selects: keyboard, touch and screen readers need
 * nothing more, and a phone shows its own large picker.
 */
export function addMarkColumn(
  table: HTMLTableElement,
  t: T,
  categories: TableInspectionPayload['categories'],
  onChange: (row: string, dimension: Category | undefined) => void,
): Map<string, HTMLSelectElement> {
  table.tHead?.rows[0]?.append(
    h(
      'th',
      { role: 'columnheader', scope: 'col', class: 'inspection-mark-head' },
      t('exercise.table-inspection.markColumn'),
    ),
  );
  const selects = new Map<string, HTMLSelectElement>();
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')) {
    const row = tr.dataset.row!;
    const id = `inspection-mark-${row}`;
    const select = h(
      'select',
      { id, 'data-mark': row },
      h('option', { value: '' }, t('exercise.table-inspection.noMark')),
      ...categories.map((c) => h('option', { value: c.id }, c.label)),
    );
    select.addEventListener('change', () => onChange(row, select.value || undefined));
    tr.append(
      h(
        'td',
        { role: 'cell', class: 'inspection-mark' },
        h('label', { for: id, class: 'inspection-mark-label' }, t('exercise.table-inspection.markLabel', { row })),
        select,
        h('span', { class: 'inspection-given', 'data-given': '' }),
      ),
    );
    selects.set(row, select);
  }
  return selects;
}

/** Puts the table in its working state: each select shows its mark and can be changed; nothing is judged. */
export function showWorking(table: HTMLTableElement, selects: Map<string, HTMLSelectElement>, marks: Marks): void {
  for (const [row, select] of selects) {
    select.hidden = false;
    select.labels[0]?.removeAttribute('hidden');
    select.value = marks[row] ?? '';
    select.closest('tr')?.classList.toggle('is-marked', marks[row] !== undefined);
  }
  for (const given of table.querySelectorAll('[data-given]')) given.replaceChildren();
  for (const cell of table.querySelectorAll('.is-problem-cell')) cell.classList.remove('is-problem-cell');
}

function rowVerdict(row: string, key: InspectionKey, marks: Marks, result: InspectionResult): RowVerdict | undefined {
  const problem = key.problems.find((p) => p.rows.includes(row));
  const mark = marks[row];
  if (!problem) return mark ? 'wrongFlag' : undefined;
  if (mark) return problem.dimensions.includes(mark) ? 'found' : 'half';
  return result.problems.find((p) => p.id === problem.id)?.outcome === 'missed' ? 'missed' : undefined;
}

/** The table once checked: each row says what the learner chose and how it came out; problem cells are outlined. */
export function showChecked(
  table: HTMLTableElement,
  selects: Map<string, HTMLSelectElement>,
  key: InspectionKey,
  marks: Marks,
  result: InspectionResult,
  t: T,
  name: NameOf,
): void {
  for (const [row, select] of selects) {
    select.hidden = true;
    // The label names the select; checked, the cell says what was chosen and how it came out.
    select.labels[0]?.setAttribute('hidden', '');
    const tr = select.closest('tr')!;
    tr.classList.toggle('is-marked', marks[row] !== undefined);
    const verdict = rowVerdict(row, key, marks, result);
    const mark = marks[row];
    const given = tr.querySelector<HTMLElement>('[data-given]');
    if (given)
      refill(
        given,
        h('span', {}, mark ? name(mark) : t('exercise.table-inspection.noMark')),
        verdict &&
          h(
            'span',
            { class: `inspection-verdict is-${verdict}` },
            `${MARK[verdict]} ${t(`exercise.table-inspection.outcome.${verdict}`)}`,
          ),
      );
  }
  for (const problem of key.problems) {
    if (!problem.column) continue;
    for (const row of problem.rows)
      table
        .querySelector(`tr[data-row="${CSS.escape(row)}"] [data-column="${CSS.escape(problem.column)}"]`)
        ?.classList.add('is-problem-cell');
  }
}

/** What the learner found, half-found, missed and flagged wrongly, each problem with its explanation. */
export function resultDetails(
  table: HTMLTableElement,
  payload: TableInspectionPayload,
  explanations: Readonly<Record<string, string>>,
  marks: Marks,
  result: InspectionResult,
  t: T,
): HTMLElement {
  const name = categoryNamer(payload);
  const items = payload.key.problems.map((problem) => {
    const outcome = result.problems.find((p) => p.id === problem.id)!;
    const where = problem.column
      ? ` · ${t('exercise.table-inspection.where', {
          // The label the table's own header gives the column on this page.
          column:
            table.querySelector(`thead [data-column="${CSS.escape(problem.column)}"]`)?.textContent?.trim() ??
            problem.column,
        })}`
      : '';
    return h(
      'li',
      { class: `is-${outcome.outcome}`, 'data-problem': problem.id, 'data-outcome': outcome.outcome },
      h(
        'h4',
        {},
        `${MARK[outcome.outcome]} ${t(`exercise.table-inspection.outcome.${outcome.outcome}`)}: ${rowList(t, problem.rows)}`,
      ),
      h(
        'p',
        {},
        `${t('exercise.table-inspection.accepted', { dimensions: categoryList(t, name, problem.dimensions) })}${where}`,
      ),
      outcome.marked.length > 0
        ? h(
            'p',
            {},
            t('exercise.table-inspection.yourMark', {
              marks: outcome.marked
                .map((m) => t('exercise.table-inspection.markOnRow', { dimension: name(m.dimension), row: m.row }))
                .join('; '),
            }),
          )
        : false,
      h('p', {}, explanations[problem.id] ?? ''),
    );
  });
  const wrong = result.wrongFlags.map((row) =>
    h(
      'li',
      { 'data-wrong-flag': row },
      t('exercise.table-inspection.wrongFlag', { row, dimension: name(marks[row]!) }),
    ),
  );
  return h(
    'div',
    { class: 'inspection-details' },
    h('h3', {}, t('exercise.table-inspection.problemsHeading')),
    h('ul', { class: 'inspection-problems' }, ...items),
    wrong.length > 0 ? h('h3', {}, t('exercise.table-inspection.wrongFlagsHeading')) : false,
    wrong.length > 0 ? h('ul', { class: 'inspection-wrong-flags' }, ...wrong) : false,
  );
}
