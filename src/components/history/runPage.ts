/**
 * What a run's page says, computed on the server from the dataset and the library: its figures
 * with their sources, its cost estimates and why they differ, its implied utilisation, what the
 * estimator fills in for it, and the strings of its preview image. Words and numbers only; the
 * page (`src/pages/history/runs/[id].astro`) lays them out.
 */
import type { PreviewCard } from '~/preview/card';
import {
  costRatio,
  defaultPriceBandUsd,
  defaultPriceSources,
  formatAsOf,
  formatBand,
  formatCount,
  formatFlops,
  formatPercent,
  formatUsd,
  getAccelerator,
  isPricedAcceleratorId,
  priceKindLabel,
  repriceRun,
  runAttentionShape,
  runImpliedUtilisation,
  type CostEstimate,
  type CostMethod,
  type PricePoint,
  type PublishedFigure,
  type TrainingRun,
} from '~/lib';
import { trainingPresets } from '../steps/trainingPresets';
import { costBasis } from './methods';
import { estimatorPresetHref, runPagePath } from './runLinks';
import { listInWords } from './words';

/** One published figure of a run, ready to print. */
export interface FigureRow {
  label: string;
  text: string;
  figure: PublishedFigure<number>;
}

/** A whole number in full ("1,022,362", "8,930"); anything else to three significant digits. */
const exact = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : formatCount(n));

const figureFields = [
  ['params', 'Parameters (active per token)', formatCount],
  ['totalParams', 'Parameters in total', formatCount],
  ['tokens', 'Training tokens', formatCount],
  ['acceleratorCount', 'Accelerators', exact],
  ['acceleratorHours', 'Accelerator-hours', exact],
  ['trainingFlops', 'Training compute', formatFlops],
  ['wallClockDays', 'Wall-clock time', (n: number) => `${formatCount(n)} days`],
  ['energyMwh', 'Energy', (n: number) => `${exact(n)} MWh`],
  ['co2Tonnes', 'Emissions', (n: number) => `${exact(n)} t CO2e`],
] as const satisfies readonly (readonly [keyof TrainingRun, string, (n: number) => string])[];

/** The run's published figures other than costs, in a fixed order. */
export function figureRows(run: TrainingRun): FigureRow[] {
  return figureFields.flatMap(([key, label, format]) => {
    const figure = run[key];
    return figure ? [{ label, text: format(figure.value), figure }] : [];
  });
}

/** Every cost figure of a run: the headline first, then the others. */
export function costEstimates(run: TrainingRun): CostEstimate[] {
  return [...(run.publishedCostUsd ? [run.publishedCostUsd] : []), ...(run.otherCostEstimatesUsd ?? [])];
}

/** Why two methods give different numbers for the same run, in a sentence. */
const methodReasons: Partial<Record<CostMethod, string>> = {
  'cloud-rental-estimate-third-party':
    'A cloud-rental estimate prices every hour of the run at what renting the hardware would cost, margin included.',
  'hardware-energy-estimate-third-party':
    'An amortized estimate counts only the part of owned hardware’s price that the run used up, plus electricity, so it comes out below renting the same hours (Cottier et al. 2024).',
  'recomputed-here': 'A recomputed figure is the published hours at a cited price of its date: today’s rental price, not the one the developer paid.',
  'developer-stated': 'A developer’s figure is its own accounting, often at an assumed rental price and for the final run only.',
  'article-stated': 'A popular article’s figure comes without its inputs, so it cannot be checked term by term.',
};

/**
 * How far a run's cost estimates disagree (highest ÷ lowest) and why, from how each was made,
 * what year's dollars it is in, and its edition; `undefined` for a run with fewer than two.
 */
export function disagreement(run: TrainingRun): { spread: number; reasons: string[] } | undefined {
  const costs = costEstimates(run);
  if (costs.length < 2) return undefined;
  const values = costs.map((cost) => cost.value);
  const spread = costRatio({ estimateUsd: Math.max(...values), publishedUsd: Math.min(...values) });
  const methods = [...new Set(costs.map((cost) => cost.method))];
  const reasons = methods.flatMap((method) => methodReasons[method] ?? []);
  // A cost quoted from an undated article has no date to compare.
  const dated = costs.flatMap((cost) => (cost.asOf === undefined ? [] : [{ ...cost, asOf: cost.asOf }]));
  if (new Set(dated.map((cost) => cost.asOf)).size > 1) {
    const dates = [...new Set(dated.map((cost) => `${formatAsOf(cost.asOf)}${cost.costYearUsd ? ` in ${cost.costYearUsd} dollars` : ''}`))];
    reasons.push(`They are dated differently (${listInWords(dates)}), and prices and hardware change from year to year.`);
  }
  if (methods.length === 1) reasons.push('The same method gives different numbers when its inputs differ: the price assumed per hour, the hours estimated, or the edition of the estimate.');
  return { spread, reasons };
}

/** The hardware a run used, in words: the catalogued accelerator, or why there is none. */
export function hardwareText(run: TrainingRun): string {
  if (run.accelerator) return `Trained on ${getAccelerator(run.accelerator).name}.`;
  return run.estimateOnly ? 'Hardware undisclosed.' : 'Its hardware is not in the guide’s accelerator catalog, or not published.';
}

/** The run's implied utilisation in words, or why it has none. */
export function utilisationText(run: TrainingRun): string {
  const implied = runImpliedUtilisation(run);
  if (implied !== undefined && run.accelerator) {
    const accelerator = getAccelerator(run.accelerator);
    const shape = runAttentionShape(run.id);
    const flops = shape
      ? `its model FLOPs, counted as PaLM counts them (6 × parameters per token, plus attention over its ${shape.layers} layers of ${shape.heads} heads on ${formatCount(shape.sequenceLength)}-token sequences), × tokens`
      : '6 × parameters × tokens';
    return `${formatPercent(implied)} of the ${accelerator.name}’s dense ${accelerator.peakFlopsPrecision.toUpperCase()} peak: ${flops} ÷ (accelerator-hours × 3,600 × peak). Published hours include restarts and evaluation, so this is a floor on the utilisation the run sustained, not a reported MFU.`;
  }
  if (run.stage === 'post-training') return 'Not computed: this is a post-training stage, and 6 × parameters × tokens describes training from scratch.';
  const missing = [
    ...(run.params ? [] : ['parameters']),
    ...(run.tokens ? [] : ['training tokens']),
    ...(run.acceleratorHours ? [] : ['accelerator-hours']),
    ...(run.accelerator ? [] : ['a catalogued accelerator']),
  ];
  return `Not computed: the run does not publish ${listInWords(missing, 'or')}.`;
}

/**
 * What the run's published hours cost across the guide's default rental band for its chip, with
 * the basis of each end (one price for a chip no longer rented new).
 */
export function repricedText(run: TrainingRun): string | undefined {
  const accelerator = run.accelerator;
  if (accelerator === undefined || !isPricedAcceleratorId(accelerator)) return undefined;
  const band = defaultPriceBandUsd[accelerator];
  const sources = defaultPriceSources[accelerator];
  const [low, high] = [repriceRun(run, { [accelerator]: band.low }), repriceRun(run, { [accelerator]: band.high })];
  if (!low || !high) return undefined;
  const basis = (point: PricePoint) => `${point.provider}, ${priceKindLabel(point)}, as of ${formatAsOf(point.asOf)}`;
  const price = sources.historical
    ? `price, ${formatUsd(band.low)} an hour (${basis(sources.low)})`
    : `band, ${formatBand(band, 'usd')} an hour (${basis(sources.low)}, to ${basis(sources.high)})`;
  return `At the guide’s default ${getAccelerator(accelerator).name} ${price}, its ${low.acceleratorHours.toLocaleString('en-US')} published accelerator-hours cost ${formatBand({ low: low.costUsd, high: high.costUsd }, 'usd')}.`;
}

/** The estimator link for a run and what it fills in, or why there is none. */
export function estimatorText(run: TrainingRun): { href?: string; text: string } {
  const preset = trainingPresets.find((candidate) => candidate.id === run.id);
  if (preset?.note) return { href: estimatorPresetHref(run.id), text: preset.note };
  if (run.stage === 'post-training') return { text: 'The training estimator models training from scratch (6 × parameters × tokens), which a post-training stage is not.' };
  return { text: 'Its developer published no size, data or hardware, so the estimator has nothing of this run to start from.' };
}

/**
 * A run page's preview image: its name, its section, and its headline cost with how it was made
 * and the published accelerator-hours; a run with no cost shows the page's description instead.
 * @example runPreview(getTrainingRun('deepseek-v3')).headline?.value //=> '$5.58M'
 */
export function runPreview(run: TrainingRun): PreviewCard {
  const cost = run.publishedCostUsd;
  const hours = run.acceleratorHours ? `${formatCount(run.acceleratorHours.value)} accelerator-hours` : 'hours not published';
  return {
    title: run.name,
    section: 'Cost history',
    description: runDescription(run),
    headline: cost ? { lead: 'Published', about: `${hours}; cost ${costBasis(cost)}`, label: 'Headline cost', value: formatUsd(cost.value) } : null,
  };
}

/**
 * Every run page's preview, by site path without the base or a leading slash
 * (`history/runs/llama-65b/`), for the build-time preview images (`src/preview/pages.ts`).
 */
export function runPagePreviews(runs: readonly TrainingRun[]): { path: string; card: PreviewCard }[] {
  return runs.map((run) => ({ path: runPagePath(run.id).slice(1), card: runPreview(run) }));
}

/** The page's meta description: what the page holds, with the headline figure. */
export function runDescription(run: TrainingRun): string {
  const cost = run.publishedCostUsd ? ` Headline cost ${formatUsd(run.publishedCostUsd.value)} (${costBasis(run.publishedCostUsd)}).` : '';
  return `${run.name} (${run.organization}, ${formatAsOf(run.date)}): every published figure of the training run with its source, how its cost was made and what other estimates say.${cost}`;
}
