import {
  describeCount,
  densePeakFlops,
  estimateTraining,
  formatBand,
  formatCount,
  formatDuration,
  formatFlops,
  formatFlopsPerSecond,
  formatPercent,
  formatUsd,
  getAccelerator,
  hasFp8,
  isPricedAcceleratorId,
  pricedAcceleratorIds,
  secondsPerHour,
  type PricedAcceleratorId,
  type TrainingPrecision,
} from '~/lib';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { acceleratorCountLimits, parameterLimits, tokenLimits } from './kit/limits';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';
import { PresetNote, PublishedComparison } from './steps/PresetNote';
import { useRecordedEstimate } from './steps/useRecordedEstimate';
import type { TrainingExample } from './trainingExample';

export interface TrainingEstimatorProps {
  /**
   * The worked example it opens on, computed on the server (e.g. `llama65bExample` from
   * `./trainingExample`) and passed as a prop so the run dataset stays out of the browser bundle.
   */
  example: TrainingExample;
  /** Anchor of this calculator on the page; change it (and `namespace`) to embed two. */
  id?: string;
  /** URL namespace of its state: `train` gives `?train.params=70B`. */
  namespace?: string;
  /** The calculator's title, e.g. to tell two on one page apart. */
  title?: string;
  /**
   * Published runs to start from (computed on the server, e.g. `trainingPresets` from
   * `./steps/trainingPresets`). Choosing one fills params, tokens, accelerator, count and the
   * run's implied utilisation; the link carries only `?train.preset=<id>`. Omit for no picker.
   */
  presets?: readonly TrainingPreset[];
  /**
   * Where utilisation starts: `'example'` (default) at the worked example's own MFU; `'shared'` at
   * the reader's shared utilisation band (30–50% unless they changed it), so every result opens
   * as a low–high band instead of one falsely precise figure.
   */
  utilisation?: 'example' | 'shared';
  /**
   * Where the price starts: `'shared'` (default) at the reader's shared price band for the chosen
   * accelerator, so cost opens as a low–high band; `'example'` at the worked example's own price
   * (a source's stated price the page discusses) while its accelerator is chosen.
   */
  price?: 'example' | 'shared';
}

/** A published run the estimator can start from. */
export interface TrainingPreset extends TrainingExample {
  /** The run's id in the library's `trainingRuns`, e.g. `llama-2-70b`. */
  id: string;
  label: string;
  /** What the preset filled in from the run and what it took from elsewhere, in words. */
  note?: string;
  /** The run's page, where each figure's source is. */
  href?: string;
  /** The run's headline cost and how it was made: shown next to the estimate, with their ratio. */
  published?: { usd: number; basis: string };
  /** The run publishes no hours to imply a utilisation: the field opens on the reader's shared band. */
  sharedMfu?: boolean;
}

/** The preset value that stands for the worked example itself. */
const examplePresetId = 'example';

/** Slider tracks for the quantities readers explore: log scales where they span orders of magnitude. */
const sliders = {
  params: { label: 'Model size', min: 1e8, max: 2e12, scale: 'log', steps: 100 },
  tokens: { label: 'Amount of training data', min: 1e9, max: 3e13, scale: 'log', steps: 100 },
  count: { label: 'Cluster size', min: 1, max: 1e5, scale: 'log', steps: 100 },
  mfu: { label: 'Share of the peak achieved', min: 0.05, max: 0.8, scale: 'linear', steps: 75 },
} as const;
const acceleratorOptions = pricedAcceleratorIds.map((id) => ({ value: id, label: getAccelerator(id).name }));
const precisions: readonly TrainingPrecision[] = ['bf16', 'fp8'];
const precisionOptions = [
  { value: 'bf16', label: 'BF16 (16-bit)' },
  { value: 'fp8', label: 'FP8' },
];

/**
 * Training compute, time and cost from model size, data and hardware:
 * FLOPs = 6·N·D, accelerator-hours = FLOPs / (peak × MFU × 3600), cost = hours × price, with
 * the peak of the chosen training precision (BF16 or FP8). Opens on its worked example; the price
 * band follows the reader's shared assumptions, so cost opens as a low–high band.
 */
export function TrainingEstimator({
  example,
  id = 'training-estimator',
  namespace = 'train',
  title = 'Training estimator',
  presets = [],
  utilisation = 'example',
  price = 'shared',
}: TrainingEstimatorProps) {
  // Only runs on an accelerator with a default price can start the estimator: cost needs a price.
  const pricedPresets = presets.filter((p) => isPricedAcceleratorId(p.accelerator));
  // Fields the reader has not typed follow the chosen preset (or the worked example).
  const start = (texts: { preset?: string }): TrainingExample => pricedPresets.find((p) => p.id === texts.preset) ?? example;
  // With `price="example"`, the worked example on its own chip keeps its source's price; anything else prices at the shared band.
  const atExamplePrice = (texts: { preset?: string; gpu?: string }) =>
    price === 'example' && texts.preset === examplePresetId && texts.gpu === example.accelerator;
  const gpuOf = (text: string | undefined): PricedAcceleratorId =>
    isPricedAcceleratorId(text) ? text : isPricedAcceleratorId(example.accelerator) ? example.accelerator : 'h100-sxm';
  const sharedBand = (texts: { preset?: string }) => (utilisation === 'shared' && texts.preset === examplePresetId) || pricedPresets.find((p) => p.id === texts.preset)?.sharedMfu === true;
  const state = useCalculatorState({
    namespace,
    anchor: id,
    fields: {
      preset: { type: 'choice', options: [examplePresetId, ...pricedPresets.map((p) => p.id)], default: examplePresetId },
      params: { type: 'quantity', kind: 'count', ...parameterLimits, default: ({ texts }) => formatCount(start(texts).params) },
      tokens: { type: 'quantity', kind: 'count', ...tokenLimits, default: ({ texts }) => formatCount(start(texts).tokens) },
      gpu: { type: 'choice', options: pricedAcceleratorIds, default: ({ texts }) => gpuOf(start(texts).accelerator) },
      precision: { type: 'choice', options: precisions, default: 'bf16' },
      count: { type: 'quantity', kind: 'count', ...acceleratorCountLimits, default: ({ texts }) => String(start(texts).count) },
      mfu: {
        type: 'quantity',
        kind: 'fraction',
        min: 0.001,
        max: 1,
        band: true,
        ...(utilisation === 'shared' ? { shared: 'mfu' } : {}),
        // A preset brings its own implied utilisation; otherwise the example's, or the reader's band.
        default: ({ assumptions, texts }) => (sharedBand(texts) ? formatBand(assumptions.mfu, 'fraction') : formatPercent(start(texts).mfu)),
      },
      price: {
        type: 'quantity',
        kind: 'usd',
        min: 0,
        max: 1e4,
        band: true,
        per: 'hour',
        ...(price === 'shared' ? { shared: 'price' } : {}),
        default: ({ assumptions, texts }) =>
          atExamplePrice(texts) ? formatUsd(example.pricePerHourUsd) : formatBand(assumptions.pricePerHourUsd[gpuOf(texts.gpu)], 'usd'),
      },
    },
  });
  const { texts, parsed, values, bands } = state;
  const acceleratorId = gpuOf(texts.gpu);
  const accelerator = getAccelerator(acceleratorId);
  // FP8 needs FP8 matrix units; on a chip without them the run is priced at its 16-bit peak.
  const precision: TrainingPrecision = texts.precision === 'fp8' && hasFp8(accelerator) ? 'fp8' : 'bf16';
  const peakFlops = densePeakFlops({ accelerator: acceleratorId, precision });
  const estimateAt = (mfu: number, pricePerHour: number) =>
    estimateTraining({
      params: values.params,
      tokens: values.tokens,
      accelerator: acceleratorId,
      precision,
      count: values.count,
      mfu,
      pricePerHour,
    });
  // Higher utilisation and the cheaper price give the low end; lower utilisation and the dearer price the high end.
  const best = estimateAt(bands.mfu.high, bands.price.low);
  const worst = estimateAt(bands.mfu.low, bands.price.high);
  // The math below walks through the cautious end of the band.
  const estimate = worst;
  const range = (kind: 'count' | 'hours' | 'usd', pick: (e: typeof best) => number) =>
    formatBand({ low: pick(best), high: pick(worst) }, kind);
  const activePreset = presets.find((p) => p.id === texts.preset);
  useRecordedEstimate({ enabled: namespace === 'train', stale: state.stale, namespace, texts, overridden: state.overridden, lowUsd: best.costUsd, highUsd: worst.costUsd });
  const field = (key: string) => `${id}-${key}`;
  const allInputs = ['params', 'tokens', 'gpu', 'precision', 'count', 'mfu', 'price'].map(field);
  const quantity = (key: 'params' | 'tokens' | 'count' | 'mfu' | 'price') => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });

  return (
    <Calculator
      id={id}
      title={title}
      stale={state.stale}
      inputs={
        <>
          {presets.length > 0 ? (
            <SelectField id={field('preset')} label="Start from a published run" value={texts.preset}
              options={[{ value: examplePresetId, label: 'The worked example' }, ...presets.map((p) => ({ value: p.id, label: p.label }))]}
              onChange={(next) => state.set('preset', next)}
              note="Fills the fields you have not typed in" />
          ) : null}
          <PresetNote preset={activePreset} id={field('preset-note')} />
          <NumberField {...quantity('params')} label="Parameters (active per token)" slider={sliders.params}
            describe={(b) => describeCount(b.low, 'parameters')} hint="e.g. 7B, 70B, 1.8T" />
          <NumberField {...quantity('tokens')} label="Training tokens" slider={sliders.tokens}
            describe={(b) => describeCount(b.low, 'tokens')} hint="e.g. 300B, 1.4T, 2e12" />
          <SelectField id={field('gpu')} label="Accelerator" value={acceleratorId} options={acceleratorOptions}
            onChange={(next) => state.set('gpu', next)}
            note={`Dense peak ${formatFlopsPerSecond(peakFlops)} (${precision === 'fp8' ? 'FP8' : accelerator.peakFlopsPrecision.toUpperCase()})`} />
          <SelectField id={field('precision')} label="Training precision" value={texts.precision} options={precisionOptions}
            onChange={(next) => state.set('precision', next)}
            note={texts.precision === 'fp8' && precision !== 'fp8' ? `${accelerator.name} has no FP8 units: computed at its 16-bit peak` : 'Sets which dense peak the utilisation is a share of'} />
          <NumberField {...quantity('count')} label="Accelerators" slider={sliders.count}
            describe={(b) => describeCount(b.low, { singular: 'accelerator', plural: 'accelerators' })} />
          <NumberField {...quantity('mfu')} label="Utilisation (MFU)" slider={sliders.mfu}
            describe={(b) => `${formatBand(b, 'fraction')} of the dense peak`} hint="a range like 30–50% gives a band" />
          <NumberField {...quantity('price')} label="Price per accelerator-hour"
            describe={(b) => `${formatBand(b, 'usd')} per accelerator-hour`} hint="a range like $3.20–$6.88 gives a band" />
        </>
      }
      results={
        <>
          <ResultCell inputs={allInputs} label="Training compute" value={formatFlops(estimate.flops)} />
          <ResultCell inputs={allInputs} label="Accelerator-hours" value={range('count', (e) => e.acceleratorHours)} />
          <ResultCell headline inputs={allInputs} label="Wall-clock time" value={range('hours', (e) => e.wallClockHours)} />
          <ResultCell headline inputs={allInputs} label="Compute cost" value={range('usd', (e) => e.costUsd)} />
          <PublishedComparison preset={activePreset} inputs={allInputs} lowUsd={best.costUsd} highUsd={worst.costUsd} />
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `FLOPs = 6 × N × D = 6 × ${formatCount(values.params)} × ${formatCount(values.tokens)} = ${formatFlops(estimate.flops)}`,
              `accelerator-hours = FLOPs ÷ (peak × MFU × ${secondsPerHour} s/h) = ${formatFlops(estimate.flops)} ÷ (${formatFlopsPerSecond(peakFlops)} × ${formatPercent(bands.mfu.low)} × ${secondsPerHour}) = ${formatCount(estimate.acceleratorHours)}`,
              `wall-clock = ${formatCount(estimate.acceleratorHours)} h ÷ ${formatCount(values.count)} accelerators = ${formatDuration(estimate.wallClockHours)}`,
              `cost = ${formatCount(estimate.acceleratorHours)} h × ${formatUsd(bands.price.high)}/h = ${formatUsd(estimate.costUsd)}`,
            ]}
            source="Kaplan et al. 2020, §2.1 (6·N·D); Chowdhery et al. 2022, §4.1 (MFU)"
            href="https://arxiv.org/abs/2001.08361"
          />
          <AssumptionsLine
            used={[
              ...(!atExamplePrice(texts) ? [{ label: `${accelerator.name} price`, value: `${formatBand(bands.price, 'usd')}/h`, overridden: state.overridden.has('price') }] : []),
              ...(sharedBand(texts) ? [{ label: 'utilisation', value: formatBand(bands.mfu, 'fraction'), overridden: state.overridden.has('mfu') }] : []),
            ]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
