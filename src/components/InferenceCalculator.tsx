import {
  describeCount,
  estimateServing,
  formatBand,
  formatBytes,
  formatCount,
  formatPercent,
  formatSeconds,
  getAccelerator,
  hoursPerMonth,
  modelShapes,
  pricedAcceleratorIds,
  pricedAcceleratorOr,
  servingMemoryShare,
  type ServingInput,
} from '~/lib';
import { presetIdOf, presetIds, presetOptions } from './basics/presets';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';

const id = 'inference-calculator';
const acceleratorOptions = pricedAcceleratorIds.map((value) => ({ value, label: getAccelerator(value).name }));
/** Bytes per stored weight and per cached value, by number format. */
const formats = { bf16: 2, fp8: 1, int4: 0.5 } as const;
type Format = keyof typeof formats;
const weightOptions = [
  { value: 'bf16', label: 'BF16 (2 bytes)' },
  { value: 'fp8', label: 'FP8 or INT8 (1 byte)' },
  { value: 'int4', label: '4-bit (half a byte)' },
] as const satisfies readonly { value: Format; label: string }[];
const cacheOptions = weightOptions.slice(0, 2);
const formatOf = (text: string | undefined, fallback: Format): Format => (text === 'bf16' || text === 'fp8' || text === 'int4' ? text : fallback);

/**
 * The page's worked example: Llama 3.3 70B (the Llama 3.1 70B shape) in BF16 with a BF16 cache,
 * tensor-parallel on 4 H100 SXM, 64 requests at once of 2,000 prompt and 500 generated tokens.
 */
export const servingExample = {
  model: 'llama3.1-70b',
  weights: 'bf16',
  cache: 'bf16',
  accelerator: 'h100-sxm',
  devices: 4,
  batchSize: 64,
  inputTokens: 2000,
  outputTokens: 500,
  outputTokensPerMonth: 1e9,
} as const satisfies Omit<Partial<ServingInput>, 'shape' | 'accelerator'> & Record<string, unknown>;

/**
 * Serving cost as served: the weights and every request's KV cache in memory (the batch capped at
 * what fits), decode steps that read the weights the batch touches and the caches, prefill at the
 * compute peak, and from those the throughput, latency and cost per million input and output tokens
 * (library `estimateServing`).
 */
export function InferenceCalculator() {
  const state = useCalculatorState({
    namespace: 'inf',
    anchor: id,
    fields: {
      model: { type: 'choice', options: presetIds, default: servingExample.model },
      weights: { type: 'choice', options: weightOptions.map((o) => o.value), default: servingExample.weights },
      cache: { type: 'choice', options: cacheOptions.map((o) => o.value), default: servingExample.cache },
      gpu: { type: 'choice', options: pricedAcceleratorIds, default: servingExample.accelerator },
      devices: { type: 'quantity', kind: 'count', min: 1, max: 1024, integer: true, default: String(servingExample.devices) },
      batch: { type: 'quantity', kind: 'count', min: 1, max: 1e5, integer: true, default: String(servingExample.batchSize) },
      input: { type: 'quantity', kind: 'count', min: 1, max: 1e8, integer: true, default: String(servingExample.inputTokens) },
      output: { type: 'quantity', kind: 'count', min: 1, max: 1e8, integer: true, default: String(servingExample.outputTokens) },
      mfu: { type: 'quantity', kind: 'fraction', min: 0.001, max: 1, default: ({ assumptions }) => formatPercent(assumptions.mfu.low) },
      bandwidth: { type: 'quantity', kind: 'fraction', min: 0.001, max: 1, default: '100%' },
      price: {
        type: 'quantity',
        kind: 'usd',
        min: 0,
        max: 1e4,
        band: true,
        shared: 'price', per: 'hour',
        default: ({ assumptions, texts }) => formatBand(assumptions.pricePerHourUsd[pricedAcceleratorOr(texts.gpu, servingExample.accelerator)], 'usd'),
      },
      demand: { type: 'quantity', kind: 'count', min: 0, max: 1e18, default: '1B' },
    },
  });
  const { texts, parsed, values, bands } = state;
  const model = presetIdOf(texts.model, servingExample.model);
  const acceleratorId = pricedAcceleratorOr(texts.gpu, servingExample.accelerator);
  const accelerator = getAccelerator(acceleratorId);
  const weights = formatOf(texts.weights, servingExample.weights);
  const cache = formatOf(texts.cache, servingExample.cache);
  // Serving at both ends of the price band: memory, speed and replicas do not depend on the price.
  const serveAt = (pricePerHour: number) => estimateServing({
    shape: modelShapes[model].shape,
    weightBytesPerParam: formats[weights],
    kvBytesPerValue: formats[cache],
    accelerator: acceleratorId,
    devices: values.devices,
    batchSize: values.batch,
    inputTokens: values.input,
    outputTokens: values.output,
    computeUtilisation: values.mfu,
    bandwidthUtilisation: values.bandwidth,
    pricePerHour,
    outputTokensPerMonth: values.demand,
  });
  const result = serveAt(bands.price.low);
  const dear = serveAt(bands.price.high);
  const costBand = (key: 'costPerMillionInputTokensUsd' | 'costPerMillionOutputTokensUsd' | 'costPerMonthUsd') =>
    result.fits && dear.fits ? formatBand({ low: result[key], high: dear[key] }, 'usd') : '';
  const price = `${formatBand(bands.price, 'usd')}/h`;
  const field = (key: string) => `${id}-${key}`;
  const inputs = ['model', 'weights', 'cache', 'gpu', 'devices', 'batch', 'input', 'output', 'mfu', 'bandwidth', 'price', 'demand'].map(field);
  const quantity = (key: 'devices' | 'batch' | 'input' | 'output' | 'mfu' | 'bandwidth' | 'price' | 'demand') => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  const select = (key: 'model' | 'weights' | 'cache' | 'gpu') => ({ id: field(key), value: texts[key] as never, onChange: (next: string) => state.set(key, next) });
  const usable = values.devices * accelerator.memoryBytes * servingMemoryShare;
  const bandwidthText = accelerator.memoryBandwidthBytesPerSecond === null ? 'a bandwidth the vendor does not give' : `${formatBytes(accelerator.memoryBandwidthBytesPerSecond)}/s`;
  const tokens = (b: { low: number }) => describeCount(b.low, 'tokens');
  const perMillion = (usd: string) => `${usd} per million`;

  return (
    <Calculator
      id={id}
      title="Serving cost"
      stale={state.stale}
      inputs={
        <>
          <SelectField {...select('model')} label="Model" options={presetOptions} />
          <SelectField {...select('weights')} label="Weights in" options={weightOptions} />
          <SelectField {...select('cache')} label="KV cache in" options={cacheOptions} />
          <SelectField {...select('gpu')} label="Accelerator" options={acceleratorOptions}
            note={`${formatBytes(accelerator.memoryBytes)}, ${bandwidthText}`} />
          <NumberField {...quantity('devices')} label="Accelerators per replica" describe={(b) => `${formatBytes(b.low * accelerator.memoryBytes * servingMemoryShare)} usable (90%)`} />
          <NumberField {...quantity('batch')} label="Requests decoded together" describe={(b) => describeCount(b.low, { singular: 'sequence', plural: 'sequences' })} />
          <NumberField {...quantity('input')} label="Prompt tokens per request" describe={tokens} />
          <NumberField {...quantity('output')} label="Generated tokens per request" describe={tokens} />
          <NumberField {...quantity('mfu')} label="Share of peak compute (prefill)" describe={(b) => `${formatPercent(b.low)} of the dense peak`} />
          <NumberField {...quantity('bandwidth')} label="Share of peak memory bandwidth" describe={(b) => `${formatPercent(b.low)} of ${bandwidthText}`} hint="100% is the datasheet’s peak" />
          <NumberField {...quantity('price')} label="Price per accelerator-hour" describe={(b) => `${formatBand(b, 'usd')} per accelerator-hour`} hint="a range gives a band" />
          <NumberField {...quantity('demand')} label="Tokens generated per month" describe={(b) => describeCount(b.low, 'tokens')} hint="e.g. 1B, 50B" />
        </>
      }
      results={
        result.fits ? (
          <>
            <ResultCell inputs={inputs} label="Requests in memory" value={formatCount(result.batch)}
              detail={result.batch < values.batch ? `capped: the cache holds ${result.maxBatch.toLocaleString('en-US')} requests of ${(values.input + values.output).toLocaleString('en-US')} tokens` : `room for ${result.maxBatch.toLocaleString('en-US')}; each holds ${formatBytes(result.kvBytesPerRequest)} of cache`} />
            <ResultCell inputs={inputs} label="Generated tokens per second" value={formatCount(result.outputTokensPerSecond)}
              detail={`per replica; decode is ${result.decodeBound === 'compute' ? 'compute-bound' : 'bound by memory bandwidth'}`} />
            <ResultCell inputs={inputs} label="Time per generated token" value={formatSeconds(result.stepSeconds)}
              detail={`first token after ${formatSeconds(result.timeToFirstTokenSeconds)}`} />
            <ResultCell inputs={inputs} label="Cost per million input tokens" value={costBand('costPerMillionInputTokensUsd')} />
            <ResultCell headline inputs={inputs} label="Cost per million output tokens" value={costBand('costPerMillionOutputTokensUsd')} />
            <ResultCell headline inputs={inputs} label="Cost per month" value={costBand('costPerMonthUsd')}
              detail={`${describeCount(result.replicas, { singular: 'replica', plural: 'replicas' })} of ${formatCount(result.devicesPerReplica)} × ${accelerator.name}`} />
          </>
        ) : (
          <ResultCell headline inputs={inputs} label="Does it fit?" value="No"
            detail={result.reason === 'weights'
              ? `the weights take ${formatBytes(result.weightBytes)} of the ${formatBytes(result.memoryBytes)} usable: add accelerators or use fewer bytes per weight`
              : `after ${formatBytes(result.weightBytes)} of weights there is no room for one request’s cache: shorten the requests or add accelerators`} />
        )
      }
      footer={
        <>
          <ShowMath
            steps={
              result.fits
                ? [
                    `memory: ${formatBytes(usable)} usable − ${formatBytes(result.weightBytes)} weights leaves room for ${formatCount(result.maxBatch)} caches of ${formatBytes(result.kvBytesPerRequest)}`,
                    `each step reads ${formatBytes(result.weightBytesPerStep)} of weights${result.expertsReadPerLayer > 0 ? ` (${formatCount(result.expertsReadPerLayer)} experts per layer on average)` : ''} + ${formatBytes(result.kvBytesPerStep)} of caches at ${formatPercent(values.bandwidth)} of ${formatCount(values.devices)} × ${bandwidthText}`,
                    `one step = ${formatSeconds(result.stepSeconds)} for ${formatCount(result.batch)} tokens; prefill of a request = ${formatSeconds(result.prefillSeconds)} at ${formatPercent(values.mfu)} of the peak`,
                    `output: ${formatCount(values.devices)} × ${price} × step ÷ ${formatCount(result.batch)} tokens = ${perMillion(costBand('costPerMillionOutputTokensUsd'))}; input: prefill time ÷ ${formatCount(values.input)} tokens = ${perMillion(costBand('costPerMillionInputTokensUsd'))}`,
                    `per month = ${formatCount(result.replicas)} × ${formatCount(result.devicesPerReplica)} × ${price} × ${formatCount(hoursPerMonth)} h = ${costBand('costPerMonthUsd')}`,
                  ]
                : [`weights ${formatBytes(result.weightBytes)} against ${formatBytes(result.memoryBytes)} usable on ${formatCount(result.devicesPerReplica)} × ${accelerator.name}`]
            }
            source="Pope et al. 2022, §2–3 (decoding reads weights and cache); Kwon et al. 2023 (vLLM); DeepSeek-AI 2024 (latent cache)"
            href="https://arxiv.org/abs/2211.05102"
          />
          <AssumptionsLine
            used={[{ label: `${accelerator.name} price`, value: price, overridden: state.overridden.has('price') }]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
