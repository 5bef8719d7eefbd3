import { useStore } from '@nanostores/preact';
import {
  assumptionInfo,
  budgetDefaults,
  smallProject,
  budgetShares,
  crowdComparisonPrice,
  describeCount,
  formatBand,
  formatCount,
  formatDuration,
  formatPercent,
  formatUsd,
  euAiAct,
  experimentsMultiplierFromFinalRunShare,
  densePeakFlops,
  flopsFromAcceleratorHours,
  formatFlopsPerSecond,
  formatFlops,
  mapBand,
  presumedSystemicRisk,
  systemicRiskShare,
  frontierCostShares,
  getAccelerator,
  isPricedAcceleratorId,
  parseBand,
  pricedAcceleratorIds,
  defaultSftTokens,
  postTrainingDefaults,
  preferenceDataCostUsd,
  projectBudget,
  referenceModel,
  rentalCostUsd,
  secondsPerHour,
  sftCost,
  staffCostUsd,
  storageCostUsd,
  type Band,
  type PricedAcceleratorId,
  type ProjectBudget,
} from '~/lib';
import { $effectiveAssumptions } from '~/stores/linkAssumptions';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';
import { withBase } from './kit/withBase';
import { StackedBar } from './kit/StackedBar';

const id = 'budget-builder';
const defaultAccelerator: PricedAcceleratorId = 'h100-sxm';
const acceleratorOptions = pricedAcceleratorIds.map((value) => ({ value, label: getAccelerator(value).name }));
/** 1 ÷ the final run's share of R&D compute, over Epoch AI's 10–50%: 2–10. */
const defaultMultiplier: Band = {
  low: experimentsMultiplierFromFinalRunShare(budgetDefaults.finalRunShare.high),
  high: experimentsMultiplierFromFinalRunShare(budgetDefaults.finalRunShare.low),
};
/** Exact dollars with grouping commas, for a default computed from others ("$15,840"): display rounding would change it. */
const exactUsd = (usd: number) => `$${usd.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
/**
 * A field's number, or `fallback` while its text does not parse or is outside the field's range
 * `[min, max]` (a default computed from it then follows the default, not a value the field rejects).
 */
const numberIn = (text: string | undefined, kind: 'usd' | 'count', [min, max]: readonly [number, number], fallback: number) => {
  const parsed = parseBand(text ?? '', { kind, range: false });
  return parsed.ok && parsed.value.low >= min && parsed.value.low <= max ? parsed.value.low : fallback;
};
/** The decision page's section on the EU AI Act. */
const euAiActHref = '/recommendations/build-or-fine-tune/#the-eu-ai-act-if-you-train-a-general-purpose-model';
/** Where a band of training compute stands against the Act's 10^25 FLOP presumption of systemic risk (Art. 51(2)). */
function systemicRiskText(flops: Band): string {
  const share = `${formatBand(mapBand(flops, systemicRiskShare), 'fraction')} of the ${formatFlops(euAiAct.systemicRiskFlops)} above which the EU AI Act presumes systemic risk`;
  if (presumedSystemicRisk(flops.low)) return `${share}: above it`;
  return presumedSystemicRisk(flops.high) ? `${share}: the high end is above it` : share;
}
const monthsRange = [0, 600] as const;
const salaryRange = [0, 1e8] as const;
const quantityKeys = [
  'count', 'hours', 'price', 'runs', 'discount', 'data', 'prep', 'people', 'months', 'salary',
  'storage', 'network', 'eval', 'sft', 'prefs', 'pref', 'energy',
] as const;
type QuantityKey = (typeof quantityKeys)[number];

/**
 * The whole budget of a project: rented compute (accelerators × hours × price, times the
 * experiments multiplier, less the discount) plus data, preparation, staff, storage, networking,
 * evaluation, post-training (an instruction-tuning pass at the run's price and human preference
 * comparisons at a price each) and energy (library `projectBudget`), as lines, a stacked bar, and shares next to
 * Epoch AI's for frontier models; and the final run's training compute against the EU AI Act's
 * 10^25 FLOP presumption of systemic risk (Art. 51(2)). Opens on AI-Pro's small project (64 GPUs for a month,
 * $100k of data, $50k of preparation, $50k of networking, a small team for six months) on H100s
 * at the shared price band, with sourced defaults for the experiments multiplier (2–10×), storage
 * and evaluation; the price and multiplier bands make every compute figure a low–high band.
 */
export function BudgetBuilder() {
  const assumptions = useStore($effectiveAssumptions, { ssr: 'initial' });
  const state = useCalculatorState({
    namespace: 'budget',
    anchor: id,
    fields: {
      gpu: { type: 'choice', options: pricedAcceleratorIds, default: defaultAccelerator },
      count: { type: 'quantity', kind: 'count', min: 0, max: 1e7, integer: true, default: String(smallProject.accelerators) },
      hours: { type: 'quantity', kind: 'hours', min: 0, max: 1e6, default: '1 month' },
      price: {
        type: 'quantity', kind: 'usd', min: 0, max: 1e4, band: true, shared: 'price', per: 'hour',
        default: ({ assumptions, texts }) =>
          formatBand(assumptions.pricePerHourUsd[isPricedAcceleratorId(texts.gpu) ? texts.gpu : defaultAccelerator], 'usd'),
      },
      runs: { type: 'quantity', kind: 'count', min: 1, max: 1000, band: true, default: formatBand(defaultMultiplier, 'count') },
      discount: { type: 'quantity', kind: 'fraction', min: 0, max: 1, default: '0%' },
      data: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: formatUsd(smallProject.dataAcquisitionUsd) },
      prep: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: formatUsd(smallProject.dataPreparationUsd) },
      people: { type: 'quantity', kind: 'count', min: 0, max: 1e5, default: String(smallProject.people) },
      months: { type: 'quantity', kind: 'count', min: monthsRange[0], max: monthsRange[1], default: String(smallProject.months) },
      salary: {
        type: 'quantity', kind: 'usd', min: salaryRange[0], max: salaryRange[1], shared: 'staff',
        default: ({ assumptions }) => formatUsd(assumptions.staffCostPerPersonYearUsd),
      },
      storage: {
        type: 'quantity', kind: 'usd', min: 0, max: 1e12,
        default: ({ texts }) => exactUsd(storageCostUsd({
          terabytes: budgetDefaults.storageTerabytes,
          usdPerGbMonth: budgetDefaults.storageUsdPerGbMonth,
          months: numberIn(texts.months, 'count', monthsRange, smallProject.months),
        })),
      },
      network: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: formatUsd(smallProject.networkingUsd) },
      eval: {
        type: 'quantity', kind: 'usd', min: 0, max: 1e12,
        default: ({ assumptions, texts }) => exactUsd(staffCostUsd({
          people: 1,
          costPerPersonYearUsd: numberIn(texts.salary, 'usd', salaryRange, assumptions.staffCostPerPersonYearUsd),
          months: budgetDefaults.evaluationPersonMonths,
        })),
      },
      sft: {
        type: 'quantity', kind: 'hours', min: 0, max: 1e7,
        // An instruction-tuning pass of a model of Llama 3 8B's size on Llama 2-Chat's SFT data, on this accelerator at the shared utilisation.
        default: ({ assumptions, texts }) => formatDuration(sftCost({
          params: referenceModel.params,
          tokens: defaultSftTokens,
          epochs: postTrainingDefaults.sftEpochs,
          method: 'full',
          accelerator: isPricedAcceleratorId(texts.gpu) ? texts.gpu : defaultAccelerator,
          mfu: assumptions.mfu.low,
          pricePerHourUsd: 0,
        }).acceleratorHours),
      },
      prefs: { type: 'quantity', kind: 'count', min: 0, max: 1e9, integer: true, default: formatCount(postTrainingDefaults.firstRoundComparisons) },
      pref: { type: 'quantity', kind: 'usd', min: 0, max: 1e4, default: formatUsd(postTrainingDefaults.usdPerComparison) },
      energy: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: '$0' },
    },
  });
  const { texts, parsed, values, bands } = state;
  const acceleratorId: PricedAcceleratorId = isPricedAcceleratorId(texts.gpu) ? texts.gpu : defaultAccelerator;
  const accelerator = getAccelerator(acceleratorId);
  // The cheaper price and fewer experiments give the low budget; the dearer price and more the high one.
  const budgetAt = (pricePerHourUsd: number, experimentsMultiplier: number): ProjectBudget => projectBudget({
    computeUsd: rentalCostUsd({ accelerators: values.count, hours: values.hours, pricePerHourUsd }),
    experimentsMultiplier,
    discountFraction: values.discount,
    dataAcquisitionUsd: values.data,
    dataPreparationUsd: values.prep,
    staff: { people: values.people, costPerPersonYearUsd: values.salary, months: values.months },
    storageUsd: values.storage,
    networkingUsd: values.network,
    evaluationUsd: values.eval,
    // Instruction tuning is rented at the same price as the run; preference data at its price per comparison.
    postTrainingUsd:
      rentalCostUsd({ accelerators: 1, hours: values.sft, pricePerHourUsd }) +
      preferenceDataCostUsd({ comparisons: values.prefs, usdPerComparison: values.pref }),
    energyUsd: values.energy,
  });
  // The Act counts the compute that trains the model (Art. 51(2)): the final run, not the experiments.
  const runFlops = mapBand(assumptions.mfu, (mfu) =>
    flopsFromAcceleratorHours({ acceleratorHours: values.count * values.hours, accelerator: acceleratorId, mfu }));
  const low = budgetAt(bands.price.low, bands.runs.low);
  const high = budgetAt(bands.price.high, bands.runs.high);
  const sharesLow = budgetShares(low);
  const sharesHigh = budgetShares(high);
  const shareBand = (key: keyof typeof sharesLow) =>
    formatBand({ low: Math.min(sharesLow[key], sharesHigh[key]), high: Math.max(sharesLow[key], sharesHigh[key]) }, 'fraction');
  const usdBand = (lowUsd: number, highUsd: number) => formatBand({ low: lowUsd, high: highUsd }, 'usd');
  const lineUsd = (budget: ProjectBudget, lineId: string) => budget.lines.find((line) => line.id === lineId)?.usd ?? 0;
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
          <NumberField {...quantity('price')} label="Price per accelerator-hour" describe={(b) => `${formatBand(b, 'usd')} per accelerator-hour`} hint="a range gives a band" />
          <NumberField {...quantity('runs')} label="Experiments multiplier" describe={(b) => `${formatBand(b, 'count')} × the final run’s compute`} hint="1 = final run only" />
          <NumberField {...quantity('discount')} label="Discount on compute" describe={(b) => `${formatPercent(b.low)} off the list price`} hint="Ruiz (2023): 50–80%" />
          <NumberField {...quantity('data')} label="Data acquisition" describe={usd} />
          <NumberField {...quantity('prep')} label="Data preparation" describe={usd} />
          <NumberField {...quantity('people')} label="Team size (people)" describe={(b) => `${formatCount(b.low)} people`} />
          <NumberField {...quantity('months')} label="Project length (months)" describe={(b) => `${formatCount(b.low)} months`} />
          <NumberField {...quantity('salary')} label="Cost per person-year" describe={usd} />
          <NumberField {...quantity('storage')} label="Storage" describe={usd} hint="datasets and checkpoints" />
          <NumberField {...quantity('network')} label="Networking" describe={usd} />
          <NumberField {...quantity('eval')} label="Evaluation" describe={usd} />
          <NumberField {...quantity('sft')} label="Instruction tuning (accelerator-hours)" describe={(b) => formatDuration(b.low)} hint="post-training: one pass of supervised fine-tuning" />
          <NumberField {...quantity('prefs')} label="Human preference comparisons" describe={(b) => describeCount(b.low, 'comparisons')} hint={`Llama 2-Chat: ${postTrainingDefaults.chatModelComparisons.toLocaleString('en-US')}`} />
          <NumberField {...quantity('pref')} label="Price per comparison" describe={(b) => `${formatUsd(b.low)} per comparison`} hint={`crowdworkers, ${crowdComparisonPrice.asOf.slice(0, 4)}: ${formatUsd(crowdComparisonPrice.usdPerComparison)}`} />
          <NumberField {...quantity('energy')} label="Energy (owned hardware)" describe={usd} hint="rental prices include power" />
        </>
      }
      results={
        <>
          <ResultCell headline inputs={inputs} label="Total budget" value={usdBand(low.totalUsd, high.totalUsd)} />
          <ul class="tot-budget-lines" data-total-usd-low={String(low.totalUsd)} data-total-usd-high={String(high.totalUsd)}>
            {high.lines.map((line, index) => {
              const lineLow = low.lines[index]!.usd;
              return (
                <li key={line.id} class="tot-budget-line" data-line={line.id} data-usd-low={String(lineLow)} data-usd-high={String(line.usd)}>
                  <span class={`tot-swatch tot-swatch-${line.id}`} aria-hidden="true" />
                  <span class="tot-budget-label">{line.label}</span>
                  <span class="tot-budget-value">{usdBand(lineLow, line.usd)}</span>
                  <span class="tot-budget-share">{high.totalUsd > 0 ? formatPercent(line.usd / high.totalUsd) : '–'}</span>
                </li>
              );
            })}
          </ul>
          <StackedBar label="Budget by line, at the high end" legend={false} segments={high.lines.filter((line) => line.usd > 0).map((line) => ({ key: line.id, label: line.label, value: line.usd, text: formatUsd(line.usd), colourClass: `tot-swatch-${line.id}` }))} />
          <table class="tot-shares">
            <caption>Your shares (across the budget’s band) next to Epoch AI’s for frontier models (Cottier et al. 2024)</caption>
            <thead>
              <tr><th scope="col">Category</th><th scope="col">This budget</th><th scope="col">Frontier models</th></tr>
            </thead>
            <tbody>
              <tr><th scope="row">Hardware (compute, networking, storage)</th><td>{shareBand('hardware')}</td><td>{formatBand(frontierCostShares.hardware, 'fraction')}</td></tr>
              <tr><th scope="row">Staff</th><td>{shareBand('staff')}</td><td>{formatBand(frontierCostShares.staff, 'fraction')}</td></tr>
              <tr><th scope="row">Energy</th><td>{shareBand('energy')}</td><td>{formatBand(frontierCostShares.energy, 'fraction')}</td></tr>
              <tr><th scope="row">Data, evaluation and post-training</th><td>{shareBand('other')}</td><td>not in Epoch’s split</td></tr>
            </tbody>
          </table>
          <div class="tot-budget-compute">
            <ResultCell inputs={[field('gpu'), field('count'), field('hours')]} label="Final run’s training compute" value={formatBand(runFlops, 'flops')}>
              <span class="tot-result-detail" data-flops-low={String(runFlops.low)} data-flops-high={String(runFlops.high)}>
                At {formatBand(assumptions.mfu, 'fraction')} utilisation; {systemicRiskText(runFlops)}. The final run only: the Act counts the computation used to train the model
                (<a href={withBase(euAiActHref)}>what the Act asks</a>).
              </span>
            </ResultCell>
          </div>
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `compute = ${formatCount(values.count)} × ${formatCount(values.hours)} h × ${formatBand(bands.price, 'usd')}/h × ${formatBand(bands.runs, 'count')} × (1 − ${formatPercent(values.discount)}) = ${usdBand(lineUsd(low, 'compute'), lineUsd(high, 'compute'))}`,
              `final run's compute = ${formatCount(values.count)} × ${formatCount(values.hours)} h × ${formatCount(secondsPerHour)} s/h × ${formatFlopsPerSecond(densePeakFlops({ accelerator: acceleratorId }))} × ${formatBand(assumptions.mfu, 'fraction')} = ${formatBand(runFlops, 'flops')}`,
              `staff = ${formatCount(values.people)} people × ${formatUsd(values.salary)} × ${formatCount(values.months)}/12 = ${formatUsd(lineUsd(high, 'staff'))}`,
              `post-training = ${formatCount(values.sft)} h × ${formatBand(bands.price, 'usd')}/h + ${formatCount(values.prefs)} comparisons × ${formatUsd(values.pref)} = ${usdBand(lineUsd(low, 'postTraining'), lineUsd(high, 'postTraining'))}`,
              `total, high end = ${high.lines.map((line) => formatUsd(line.usd)).join(' + ')} = ${formatUsd(high.totalUsd)}`,
            ]}
            source="AI-Pro (n.d.) (line items); Cottier et al. 2024 (shares); Denain and Wu 2026 (experiments multiplier); Touvron et al. 2023 and Dubois et al. 2023 (post-training)"
            href="https://arxiv.org/abs/2405.21015"
          />
          <AssumptionsLine
            used={[
              { label: `${accelerator.name} price`, value: `${formatBand(bands.price, 'usd')}/h`, overridden: state.overridden.has('price') },
              { label: assumptionInfo.staffCostPerPersonYearUsd.label, value: formatUsd(values.salary), overridden: state.overridden.has('salary') },
              // The instruction-tuning hours open at the low end of the shared utilisation band.
              ...(state.overridden.has('sft') ? [] : [{ label: 'utilisation for instruction tuning', value: formatPercent(assumptions.mfu.low), overridden: false }]),
            ]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
