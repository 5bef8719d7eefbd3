import {
  accelerators,
  assumptionInfo,
  budgetShares,
  describeCount,
  formatBand,
  formatCount,
  formatDuration,
  formatPercent,
  formatUsd,
  frontierCostShares,
  getAccelerator,
  isAcceleratorId,
  projectBudget,
  rentalCostUsd,
  type AcceleratorId,
} from '~/lib';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';
import { StackedBar } from './kit/StackedBar';

const id = 'budget-builder';
const defaultAccelerator: AcceleratorId = 'a100-40gb';
const acceleratorIds = accelerators.map((a) => a.id);
const acceleratorOptions = accelerators.map(({ id: value, name }) => ({ value, label: name }));
const quantityKeys = [
  'count', 'hours', 'price', 'runs', 'discount', 'data', 'prep', 'people', 'months', 'salary',
  'storage', 'network', 'eval', 'energy',
] as const;
type QuantityKey = (typeof quantityKeys)[number];

/**
 * The whole budget of a project: rented compute (accelerators × hours × price, times the
 * experiments multiplier, less the discount) plus data, preparation, staff, storage, networking,
 * evaluation and energy (library `projectBudget`), as lines, a stacked bar, and shares next to
 * Epoch AI's for frontier models. Opens on AI-Pro's small project: 64 A100s for a month
 * at Liang's $1.67/h, $100k of data, $50k of preparation, $50k of networking, a small team for
 * six months.
 */
export function BudgetBuilder() {
  const state = useCalculatorState({
    namespace: 'budget',
    anchor: id,
    fields: {
      gpu: { type: 'choice', options: acceleratorIds, default: defaultAccelerator },
      count: { type: 'quantity', kind: 'count', min: 0, max: 1e7, integer: true, default: '64' },
      hours: { type: 'quantity', kind: 'hours', min: 0, max: 1e6, default: '1 month' },
      price: {
        type: 'quantity', kind: 'usd', min: 0, max: 1e4, shared: 'price', per: 'hour',
        default: ({ assumptions, texts }) =>
          formatUsd(assumptions.pricePerHourUsd[isAcceleratorId(texts.gpu) ? texts.gpu : defaultAccelerator]),
      },
      runs: { type: 'quantity', kind: 'count', min: 1, max: 1000, default: '1' },
      discount: { type: 'quantity', kind: 'fraction', min: 0, max: 1, default: '0%' },
      data: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: '$100k' },
      prep: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: '$50k' },
      people: { type: 'quantity', kind: 'count', min: 0, max: 1e5, default: '3' },
      months: { type: 'quantity', kind: 'count', min: 0, max: 600, default: '6' },
      salary: {
        type: 'quantity', kind: 'usd', min: 0, max: 1e8, shared: 'staff',
        default: ({ assumptions }) => formatUsd(assumptions.staffCostPerPersonYearUsd),
      },
      storage: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: '$0' },
      network: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: '$50k' },
      eval: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: '$0' },
      energy: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: '$0' },
    },
  });
  const { texts, parsed, values } = state;
  const acceleratorId: AcceleratorId = isAcceleratorId(texts.gpu) ? texts.gpu : defaultAccelerator;
  const accelerator = getAccelerator(acceleratorId);
  const computeUsd = rentalCostUsd({ accelerators: values.count, hours: values.hours, pricePerHourUsd: values.price });
  const budget = projectBudget({
    computeUsd,
    experimentsMultiplier: values.runs,
    discountFraction: values.discount,
    dataAcquisitionUsd: values.data,
    dataPreparationUsd: values.prep,
    staff: { people: values.people, costPerPersonYearUsd: values.salary, months: values.months },
    storageUsd: values.storage,
    networkingUsd: values.network,
    evaluationUsd: values.eval,
    energyUsd: values.energy,
  });
  const shares = budgetShares(budget);
  const lineUsd = (lineId: string) => budget.lines.find((line) => line.id === lineId)?.usd ?? 0;
  const field = (key: string) => `${id}-${key}`;
  const inputs = ['gpu', ...quantityKeys].map(field);
  const quantity = (key: QuantityKey) => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  const usd = (b: { low: number }) => formatUsd(b.low);
  return (
    <Calculator
      id={id}
      title="Project budget"
      stale={state.stale}
      inputs={
        <>
          <SelectField id={field('gpu')} label="Accelerator" value={acceleratorId} options={acceleratorOptions} onChange={(next) => state.set('gpu', next)} />
          <NumberField {...quantity('count')} label="Accelerators" describe={(b) => describeCount(b.low, { singular: 'accelerator', plural: 'accelerators' })} />
          <NumberField {...quantity('hours')} label="Training time (wall-clock)" describe={(b) => formatDuration(b.low)} hint="e.g. 1 month, 21 days, 500 h" />
          <NumberField {...quantity('price')} label="Price per accelerator-hour" describe={(b) => `${formatUsd(b.low)} per accelerator-hour`} />
          <NumberField {...quantity('runs')} label="Experiments multiplier" describe={(b) => `${formatCount(b.low)} × the final run’s compute`} hint="1 = final run only" />
          <NumberField {...quantity('discount')} label="Discount on compute" describe={(b) => `${formatPercent(b.low)} off the list price`} hint="Ruiz (2023): 50–80%" />
          <NumberField {...quantity('data')} label="Data acquisition" describe={usd} />
          <NumberField {...quantity('prep')} label="Data preparation" describe={usd} />
          <NumberField {...quantity('people')} label="Team size (people)" describe={(b) => `${formatCount(b.low)} people`} />
          <NumberField {...quantity('months')} label="Project length (months)" describe={(b) => `${formatCount(b.low)} months`} />
          <NumberField {...quantity('salary')} label="Cost per person-year" describe={usd} />
          <NumberField {...quantity('storage')} label="Storage" describe={usd} hint="datasets and checkpoints" />
          <NumberField {...quantity('network')} label="Networking" describe={usd} />
          <NumberField {...quantity('eval')} label="Evaluation" describe={usd} />
          <NumberField {...quantity('energy')} label="Energy (owned hardware)" describe={usd} hint="rental prices include power" />
        </>
      }
      results={
        <>
          <ResultCell headline inputs={inputs} label="Total budget" value={formatUsd(budget.totalUsd)} />
          <ul class="tot-budget-lines" data-total-usd={String(budget.totalUsd)}>
            {budget.lines.map((line) => (
              <li key={line.id} class="tot-budget-line" data-line={line.id} data-usd={String(line.usd)}>
                <span class={`tot-swatch tot-swatch-${line.id}`} aria-hidden="true" />
                <span class="tot-budget-label">{line.label}</span>
                <span class="tot-budget-value">{formatUsd(line.usd)}</span>
                <span class="tot-budget-share">{budget.totalUsd > 0 ? formatPercent(line.usd / budget.totalUsd) : '–'}</span>
              </li>
            ))}
          </ul>
          <StackedBar label="Budget by line" legend={false} segments={budget.lines.filter((line) => line.usd > 0).map((line) => ({ key: line.id, label: line.label, value: line.usd, text: formatUsd(line.usd), colourClass: `tot-swatch-${line.id}` }))} />
          <table class="tot-shares">
            <caption>Your shares next to Epoch AI’s for frontier models (Cottier et al. 2024)</caption>
            <thead>
              <tr><th scope="col">Category</th><th scope="col">This budget</th><th scope="col">Frontier models</th></tr>
            </thead>
            <tbody>
              <tr><th scope="row">Hardware (compute, networking, storage)</th><td>{formatPercent(shares.hardware)}</td><td>{formatBand(frontierCostShares.hardware, 'fraction')}</td></tr>
              <tr><th scope="row">Staff</th><td>{formatPercent(shares.staff)}</td><td>{formatBand(frontierCostShares.staff, 'fraction')}</td></tr>
              <tr><th scope="row">Energy</th><td>{formatPercent(shares.energy)}</td><td>{formatBand(frontierCostShares.energy, 'fraction')}</td></tr>
              <tr><th scope="row">Data and evaluation</th><td>{formatPercent(shares.other)}</td><td>not in Epoch’s split</td></tr>
            </tbody>
          </table>
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `compute = ${formatCount(values.count)} × ${formatCount(values.hours)} h × ${formatUsd(values.price)}/h × ${formatCount(values.runs)} × (1 − ${formatPercent(values.discount)}) = ${formatUsd(lineUsd('compute'))}`,
              `staff = ${formatCount(values.people)} people × ${formatUsd(values.salary)} × ${formatCount(values.months)}/12 = ${formatUsd(lineUsd('staff'))}`,
              `total = ${budget.lines.map((line) => formatUsd(line.usd)).join(' + ')} = ${formatUsd(budget.totalUsd)}`,
            ]}
            source="AI-Pro (n.d.) (line items); Cottier et al. 2024 (shares)"
            href="https://arxiv.org/abs/2405.21015"
          />
          <AssumptionsLine
            used={[
              { label: `${accelerator.name} price`, value: `${formatUsd(values.price)}/h`, overridden: state.overridden.has('price') },
              { label: assumptionInfo.staffCostPerPersonYearUsd.label, value: formatUsd(values.salary), overridden: state.overridden.has('salary') },
            ]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
