/**
 * The headline result a page's preview image shows: its worked example's main number, computed
 * here at build time from the library and the same example the page's calculator opens on (never
 * typed). A calculator computes from the texts its fields show (three significant digits), so
 * these do too (`asShown`); the e2e suite checks each headline against the page's own result.
 */
import { memoryExample } from '~/components/MemoryCalculator';
import { costHistoryData } from '~/components/history/chartModel';
import { llama2FineTuneExample } from '~/components/recommendations/fineTuneExample';
import { runningEnergyExample } from '~/components/steps/examples';
import { llama65bExample, runningExample } from '~/components/trainingExample';
import {
  assumptionDefaults,
  compareFineTuning,
  countParameters,
  describeCount,
  estimateEnergy,
  estimateInference,
  estimateTraining,
  fitExponentialTrend,
  formatBytes,
  formatCount,
  formatPercent,
  formatUsd,
  getAccelerator,
  modelShapes,
  parseQuantity,
  trainingMemory,
  trainingRuns,
  type QuantityKind,
} from '~/lib';
import type { PreviewHeadline } from './card';

/** A number as a calculator field shows it and reads it back: `formatted` parsed as `kind`. */
function asShown(formatted: string, kind: QuantityKind): number {
  const parsed = parseQuantity(formatted, { kind });
  if (!parsed.ok) throw new Error(`Preview headline: "${formatted}" does not read back as a ${kind} (${parsed.message}).`);
  return parsed.value;
}

/** "2,048 A100 80GB": a fleet, counted exactly. */
const fleet = (count: number, name: string) => describeCount(count, { singular: name, plural: name });

/** The training estimator's worked example (the running example, Phi-4, as published) at the default price. */
function trainingHeadline(): PreviewHeadline {
  const example = runningExample;
  const accelerator = getAccelerator(example.accelerator);
  const estimate = estimateTraining({
    params: asShown(formatCount(example.params), 'count'),
    tokens: asShown(formatCount(example.tokens), 'count'),
    accelerator: example.accelerator,
    count: example.count,
    mfu: asShown(formatPercent(example.mfu), 'fraction'),
    pricePerHour: asShown(formatUsd(assumptionDefaults.pricePerHourUsd[example.accelerator]), 'usd'),
  });
  return {
    about: `${describeCount(example.params, 'parameters')}, ${describeCount(example.tokens, 'tokens')}, ${fleet(example.count, accelerator.name)}`,
    label: 'Compute cost',
    value: formatUsd(estimate.costUsd),
  };
}

/** The memory calculator's worked example: Llama 2 7B trained in full on one device. */
function memoryHeadline(): PreviewHeadline {
  const { shape, label } = modelShapes[memoryExample.model];
  const memory = trainingMemory({
    params: asShown(formatCount(countParameters(shape).total), 'count'),
    precision: memoryExample.precision,
    optimizer: memoryExample.optimizer,
    zeroStage: memoryExample.zeroStage,
    devices: memoryExample.devices,
    recomputation: memoryExample.recomputation,
    activations: {
      layers: shape.layers,
      dModel: shape.dModel,
      heads: shape.heads,
      sequenceLength: memoryExample.sequenceLength,
      microBatchSize: memoryExample.microBatchSize,
    },
  });
  return { about: `${label}, full training in ${memoryExample.precision} on one device`, label: 'Memory per device', value: formatBytes(memory.totalBytes) };
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
    // The serving calculator opens on the training example's model in BF16, one sequence at a time.
    const { params, accelerator } = llama65bExample;
    const result = estimateInference({
      params: asShown(formatCount(params), 'count'),
      bytesPerParam: 2,
      accelerator,
      batchSize: 1,
      mfu: asShown(formatPercent(assumptionDefaults.mfu.low), 'fraction'),
      pricePerHour: asShown(formatUsd(assumptionDefaults.pricePerHourUsd[accelerator]), 'usd'),
      tokensPerMonth: 1e9,
    });
    return {
      about: `${describeCount(params, 'parameters')} in BF16 on ${getAccelerator(accelerator).name}, one request at a time`,
      label: 'Cost per million tokens',
      value: formatUsd(result.costPerMillionTokensUsd),
    };
  },
  'recommendations/what-fine-tuning-saves': () => {
    const example = llama2FineTuneExample;
    const { rows } = compareFineTuning({
      shape: modelShapes[example.model].shape,
      pretrainingTokens: asShown(formatCount(example.pretrainingTokens), 'count'),
      fineTuningTokens: asShown(formatCount(example.fineTuningTokens), 'count'),
      loraRank: example.loraRank,
      loraTargets: example.loraTargets,
      accelerator: example.accelerator,
      mfu: asShown(formatPercent(example.mfu), 'fraction'),
      pricePerHour: asShown(formatUsd(assumptionDefaults.pricePerHourUsd[example.accelerator]), 'usd'),
    });
    return {
      about: `${modelShapes[example.model].label}, ${describeCount(example.fineTuningTokens, 'tokens')} of fine-tuning data`,
      label: 'LoRA fine-tune cost',
      value: formatUsd(rows.lora.costUsd),
    };
  },
  'history/price-tag-of-progress': () => {
    const { published } = costHistoryData(trainingRuns);
    const trend = fitExponentialTrend(published.map((point) => ({ year: point.year, value: point.costUsd })));
    return { about: `the published training costs of ${formatCount(published.length)} runs`, label: 'Fitted growth', value: `×${formatCount(trend.factorPerYear)} a year` };
  },
};
