import type { Lang } from '../../i18n/languages';
import { LEVELS, TREATMENTS, type Axis, type Level, type Treatment } from '../../lib/exercise/risk-matrix/risk-levels';
import type { RiskChoice, RiskChoices, RiskOutcome } from '../../lib/exercise/risk-matrix/risk-matrix-scoring';
import type { RiskDeclaration } from '../../schemas/exercise/risk-matrix';
import { h } from '../shared/dom';
import type { Translator } from '../shared/strings';
import type { RiskMatrixStringKey } from './payload';

/** What every part of the view needs: the words, the scales' labels, and where a choice goes. */
export interface ViewContext {
  lang: Lang;
  t: Translator<RiskMatrixStringKey>;
  /** Unique on the page: the exercise's id, so two matrices on one page never share a control's id. */
  idPrefix: string;
  scales: Record<Axis, string[]>;
  /** Tolerance is shown with each risk only when the risks do not share one (the rule above says it otherwise). */
  toleranceEach: boolean;
}

export type OnChoose = (risk: string, part: Axis | 'treatment', value: string) => void;

export const riskName = (ctx: ViewContext, index: number) =>
  ctx.t('exercise.risk-matrix.riskNumber', { number: index + 1 });
const treatmentName = (ctx: ViewContext, treatment: Treatment) => ctx.t(`exercise.risk-matrix.treatment.${treatment}`);
const inSentence = (ctx: ViewContext, text: string) => text.toLocaleLowerCase(ctx.lang);
const levelInline = (ctx: ViewContext, axis: Axis, level: Level) =>
  ctx.t('exercise.risk-matrix.levelInline', { level, label: ctx.scales[axis][level - 1]! });

function select(
  ctx: ViewContext,
  id: string,
  label: string,
  options: Array<[string, string]>,
  chosen: string | undefined,
  disabled: boolean,
  onChange: (value: string) => void,
) {
  const control = h(
    'select',
    { id, disabled },
    h('option', { value: '' }, ctx.t('exercise.risk-matrix.choose')),
    ...options.map(([value, text]) => h('option', { value, selected: value === chosen }, text)),
  );
  control.addEventListener('change', () => onChange(control.value));
  return h('div', { class: 'rm-field' }, h('label', { for: id }, label), control);
}

/** One risk as a group of three selects (likelihood, impact, treatment): plain controls, by keyboard or touch. */
export function riskFieldset(
  ctx: ViewContext,
  risk: RiskDeclaration,
  index: number,
  choice: RiskChoice | undefined,
  readOnly: boolean,
  onChoose: OnChoose,
): HTMLFieldSetElement {
  const base = `${ctx.idPrefix}-${risk.id}`;
  const levels = (axis: Axis): Array<[string, string]> =>
    LEVELS.map((level) => [
      String(level),
      ctx.t('exercise.risk-matrix.levelOption', { level, label: ctx.scales[axis][level - 1]! }),
    ]);
  const axisSelect = (axis: Axis) =>
    select(
      ctx,
      `${base}-${axis}`,
      ctx.t(`exercise.risk-matrix.${axis}`),
      levels(axis),
      choice?.[axis]?.toString(),
      readOnly,
      (v) => onChoose(risk.id, axis, v),
    );
  return h(
    'fieldset',
    { class: 'rm-risk', 'data-risk': risk.id },
    h('legend', {}, h('span', { class: 'rm-number' }, riskName(ctx, index)), ' ', h('strong', {}, risk.label)),
    h('p', { class: 'rm-text' }, risk.text),
    ctx.toleranceEach
      ? h('p', { class: 'rm-tolerance' }, ctx.t('exercise.risk-matrix.toleranceEach', { count: risk.tolerance }))
      : false,
    h(
      'div',
      { class: 'rm-fields' },
      axisSelect('likelihood'),
      axisSelect('impact'),
      select(
        ctx,
        `${base}-treatment`,
        ctx.t('exercise.risk-matrix.treatment'),
        TREATMENTS.map((tr) => [tr, treatmentName(ctx, tr)]),
        choice?.treatment,
        readOnly,
        (v) => onChoose(risk.id, 'treatment', v),
      ),
    ),
  );
}

/**
 * The learner's matrix as a table: likelihood down the rows (5 at the top, as risk registers draw it), impact
 * across the columns, each placed risk in its cell by number and, for screen readers, by name.
 */
export function matrixTable(ctx: ViewContext, risks: readonly RiskDeclaration[], choices: RiskChoices): HTMLElement {
  const { t } = ctx;
  const header = (axis: Axis, level: Level) =>
    h(
      'th',
      { scope: axis === 'impact' ? 'col' : 'row' },
      h('span', { class: 'rm-axis-number' }, String(level)),
      h('span', { class: 'rm-axis-word' }, ` ${ctx.scales[axis][level - 1]!}`),
    );
  const placedIn = (likelihood: Level, impact: Level) =>
    risks.flatMap((risk, index) => {
      const c = choices[risk.id];
      if (c?.likelihood !== likelihood || c.impact !== impact) return [];
      return [
        h('span', { class: 'rm-chip' }, String(index + 1), h('span', { class: 'visually-hidden' }, `. ${risk.label}`)),
      ];
    });
  const rows = [...LEVELS]
    .reverse()
    .map((likelihood) =>
      h(
        'tr',
        {},
        header('likelihood', likelihood),
        ...LEVELS.map((impact) => h('td', {}, ...placedIn(likelihood, impact))),
      ),
    );
  return h(
    'table',
    { class: 'rm-matrix' },
    h(
      'caption',
      {},
      h('strong', {}, t('exercise.risk-matrix.matrix')),
      h('span', {}, t('exercise.risk-matrix.matrixCaption')),
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h(
          'th',
          { scope: 'col', class: 'rm-corner' },
          h('span', {}, `${t('exercise.risk-matrix.likelihood')} ↓`),
          h('span', {}, `${t('exercise.risk-matrix.impact')} →`),
        ),
        ...LEVELS.map((impact) => header('impact', impact)),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

/** What checking says of one risk: scored or not, what was chosen, the reference, each difference, and why. */
export function riskFeedback(ctx: ViewContext, risk: RiskDeclaration, outcome: RiskOutcome): HTMLElement {
  const { t } = ctx;
  const { chosen } = outcome;
  const accepted = risk.treatments
    .map((tr) => inSentence(ctx, treatmentName(ctx, tr)))
    .join(t('exercise.risk-matrix.or'));
  const differences = (['likelihood', 'impact'] as const)
    .filter((axis) => Math.abs(outcome.off[axis]) > risk.tolerance)
    .map((axis) =>
      t(`exercise.risk-matrix.off.${axis}`, {
        yours: chosen[axis],
        reference: risk[axis],
        count: risk.tolerance,
      }),
    );
  if (!outcome.treatedRight)
    differences.push(
      t('exercise.risk-matrix.offTreatment', {
        yours: inSentence(ctx, treatmentName(ctx, chosen.treatment)),
        accepted,
      }),
    );
  return h(
    'div',
    { class: `rm-feedback ${outcome.right ? 'is-right' : 'is-wrong'}` },
    h(
      'p',
      { class: 'rm-verdict' },
      h('span', { 'aria-hidden': 'true' }, outcome.right ? '✓ ' : '✗ '),
      t(outcome.right ? 'exercise.risk-matrix.right' : 'exercise.risk-matrix.wrong'),
    ),
    h(
      'p',
      {},
      t('exercise.risk-matrix.yours', {
        likelihood: levelInline(ctx, 'likelihood', chosen.likelihood),
        impact: levelInline(ctx, 'impact', chosen.impact),
        treatment: inSentence(ctx, treatmentName(ctx, chosen.treatment)),
      }),
    ),
    h(
      'p',
      {},
      t('exercise.risk-matrix.reference', {
        likelihood: levelInline(ctx, 'likelihood', risk.likelihood as Level),
        impact: levelInline(ctx, 'impact', risk.impact as Level),
        treatments: accepted,
      }),
    ),
    differences.length > 0 ? h('ul', { class: 'rm-differences' }, ...differences.map((d) => h('li', {}, d))) : false,
    h('p', { class: 'rm-explanation' }, risk.explanation),
  );
}
