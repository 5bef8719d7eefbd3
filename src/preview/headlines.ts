/**
 * The headline result a page's preview image shows: its worked example's main number, computed
 * here at build time from the library and the same example the page's calculator opens on (never
 * typed). A calculator computes from the texts its fields show (three significant digits), so
 * these do too (`asShown`); the e2e suite checks each headline against the page's own result.
 */
import { servingExample } from '~/components/InferenceCalculator';
import { memoryRecipe, recipeMemoryInput } from '~/components/MemoryCalculator';
import { costHistoryData } from '~/components/history/chartModel';
import { llama2FineTuneExample } from '~/components/recommendations/fineTuneExample';
import { runningEnergyExample } from '~/components/steps/examples';
import { runningExample } from '~/components/trainingExample';
import {
  assumptionDefaults,
  compareFineTuning,
  describeCount,
  estimateEnergy,
  estimateServing,
  estimateTraining,
  fitExponentialTrend,
  formatBand,
  formatBytes,
  formatCount,
  formatPercent,
  formatUsd,
  getAccelerator,
  isPricedAcceleratorId,
  mapBand,
  modelShapes,
  parseBand,
  parseQuantity,
  trainingMemory,
  trainingRuns,
  type AcceleratorId,
  type Band,
  type PricedAcceleratorId,
  type QuantityKind,
} from '~/lib';
import type { PreviewHeadline } from './card';

/** A number as a calculator field shows it and reads it back: `formatted` parsed as `kind`. */
function asShown(formatted: string, kind: QuantityKind): number {
  const parsed = parseQuantity(formatted, { kind });
  if (!parsed.ok) throw new Error(`Preview headline: "${formatted}" does not read back as a ${kind} (${parsed.message}).`);
  return parsed.value;
}

/** A default price band as a calculator's price field shows it ("$3.20–$6.88") and reads it back. */
function priceAsShown(accelerator: PricedAcceleratorId): Band {
  const formatted = formatBand(assumptionDefaults.pricePerHourUsd[accelerator], 'usd');
  const parsed = parseBand(formatted, { kind: 'usd' });
  if (!parsed.ok) throw new Error(`Preview headline: "${formatted}" does not read back as a price band (${parsed.message}).`);
  return parsed.value;
}

/** The accelerator, if the calculators price it; a worked example on an unpriced chip fails the build. */
function pricedOrThrow(accelerator: AcceleratorId): PricedAcceleratorId {
  if (!isPricedAcceleratorId(accelerator)) throw new Error(`Preview headline: ${accelerator} has no default price.`);
  return accelerator;
}

/** "2,048 A100 80GB": a fleet, counted exactly. */
const fleet = (count: number, name: string) => describeCount(count, { singular: name, plural: name });

/** The training estimator's worked example (the running example, Phi-4, as published) across the default price band. */
function trainingHeadline(): PreviewHeadline {
  const example = runningExample;
  const accelerator = getAccelerator(example.accelerator);
  const cost = mapBand(priceAsShown(pricedOrThrow(example.accelerator)), (pricePerHour) => estimateTraining({
    params: asShown(formatCount(example.params), 'count'),
    tokens: asShown(formatCount(example.tokens), 'count'),
    accelerator: example.accelerator,
    count: example.count,
    mfu: asShown(formatPercent(example.mfu), 'fraction'),
    pricePerHour,
  }).costUsd);
  return {
    about: `${describeCount(example.params, 'parameters')}, ${describeCount(example.tokens, 'tokens')}, ${fleet(example.count, accelerator.name)}`,
    label: 'Compute cost',
    value: formatBand(cost, 'usd'),
  };
}

/** The memory calculator's worked example: torchtitan's Llama 3 70B recipe, per device. */
function memoryHeadline(): PreviewHeadline {
  const { model, accelerator, dataParallel, tensorParallel, pipelineParallel, expertParallel, sequenceLength, microBatchSize, ...recipe } = memoryRecipe;
  const memory = trainingMemory(
    recipeMemoryInput(model, { ...recipe, devices: dataParallel, tensorParallel, pipelineParallel, expertParallel, sequenceLength, microBatchSize }),
  );
  const devices = dataParallel * tensorParallel * pipelineParallel;
  return {
    about: `${modelShapes[model].label}, trained in ${recipe.precision} on ${fleet(devices, getAccelerator(accelerator).name)}`,
    label: 'Memory per device',
    value: formatBytes(memory.totalBytes),
  };
}

/**
 * Pages with a worked example, by content id (`training-steps/compute`), and their headline.
 * An id that names no page fails the build (see `./pages`).
 */
export const pageHeadlines: Readonly<Record<string, () => PreviewHeadline>> = {
  'training-steps/compute': trainingHeadline,
  'basics/memory': memoryHeadline,
  'training-steps/configure': memoryHeadline,
  'training-steps/energy': () => {
    const { acceleratorHours, watts } = runningEnergyExample;
    const energy = estimateEnergy({
      acceleratorHours,
      watts,
      pue: assumptionDefaults.pue,
      gridKgCo2PerKwh: assumptionDefaults.gridKgCo2PerKwh,
      electricityUsdPerKwh: assumptionDefaults.electricityUsdPerKwh,
    });
    return { about: `${describeCount(acceleratorHours, 'accelerator-hours')} at ${formatCount(watts)} W`, label: 'Energy', value: `${formatCount(energy.energyMwh)} MWh` };
  },
  'training-steps/deploy': () => {
    // The serving calculator's worked example, at the low end of the utilisation band and the default price.
    const { model, accelerator, devices, batchSize, inputTokens, outputTokens, outputTokensPerMonth } = servingExample;
    const serveAt = (pricePerHour: number) => estimateServing({
      shape: modelShapes[model].shape,
      weightBytesPerParam: 2,
      kvBytesPerValue: 2,
      accelerator,
      devices,
      batchSize,
      inputTokens,
      outputTokens,
      computeUtilisation: asShown(formatPercent(assumptionDefaults.mfu.low), 'fraction'),
      bandwidthUtilisation: 1,
      pricePerHour,
      outputTokensPerMonth,
    });
    const price = priceAsShown(accelerator);
    const [low, high] = [serveAt(price.low), serveAt(price.high)];
    if (!low.fits || !high.fits) throw new Error('Preview headline: the serving example does not fit.');
    return {
      about: `${modelShapes[model].label} in BF16 on ${fleet(devices, getAccelerator(accelerator).name)}, ${formatCount(batchSize)} requests at once`,
      label: 'Cost per million output tokens',
      value: formatBand({ low: low.costPerMillionOutputTokensUsd, high: high.costPerMillionOutputTokensUsd }, 'usd'),
    };
  },
  'recommendations/what-fine-tuning-saves': () => {
    const example = llama2FineTuneExample;
    const loraAt = (pricePerHour: number) => compareFineTuning({
      shape: modelShapes[example.model].shape,
      pretrainingTokens: asShown(formatCount(example.pretrainingTokens), 'count'),
      fineTuningTokens: asShown(formatCount(example.fineTuningTokens), 'count'),
      loraRank: example.loraRank,
      loraTargets: example.loraTargets,
      accelerator: example.accelerator,
      mfu: asShown(formatPercent(example.mfu), 'fraction'),
      pricePerHour,
    }).rows.lora.costUsd;
    return {
      about: `${modelShapes[example.model].label}, ${describeCount(example.fineTuningTokens, 'tokens')} of fine-tuning data`,
      label: 'LoRA fine-tune cost',
      value: formatBand(mapBand(priceAsShown(pricedOrThrow(example.accelerator)), loraAt), 'usd'),
    };
  },
  'history/price-tag-of-progress': () => {
    // The chart's fit: whole training runs only (a post-training stage is plotted but not fitted).
    const fitted = costHistoryData(trainingRuns).published.filter((point) => point.inTrend);
    const trend = fitExponentialTrend(fitted.map((point) => ({ year: point.year, value: point.costUsd })));
    return { about: `the published training costs of ${formatCount(fitted.length)} runs`, label: 'Fitted growth', value: `×${formatCount(trend.factorPerYear)} a year` };
  },
};
