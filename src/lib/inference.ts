/**
 * Serving a model as it is served: requests of `inputTokens` prompt tokens and `outputTokens`
 * generated ones, batched on a replica of `devices` accelerators.
 *
 * Memory: the weights, then the KV cache of every sequence in the batch (`kvCache.ts`), within the
 * share of device memory a server such as vLLM uses (90% by default, `gpu_memory_utilization`);
 * the batch is capped at what fits.
 *
 * Decode: each step makes one token for every sequence and reads, once, the weights the batch
 * touches plus every sequence's KV cache (Pope et al. 2022, §2–3; Kwon et al. 2023, §2). A dense
 * model's weights are all touched; in a mixture-of-experts layer, B tokens each choosing k of E
 * experts touch E·(1 − (1 − k/E)^B) experts on average, if routing is uniform and independent. A
 * step takes the longer of that read at the memory bandwidth and its FLOPs at the compute peak
 * (a roofline); each token costs 2·N FLOPs for the weights it multiplies (Kaplan et al. 2020,
 * §2.1) plus 2·H·(Q_qk + Q_v) per cached token per layer for attention.
 *
 * Prefill: the prompt's FLOPs, 2·N per token plus causal attention, H·(Q_qk + Q_v) per layer
 * times the square of the span, at the utilisation given; batched with other requests, so its
 * weight reads are shared. Input tokens are priced by prefill time, output tokens by decode time.
 */
import { getAccelerator, type AcceleratorId } from './accelerators';
import { kvCacheBytes } from './kvCache';
import { countParameters } from './parameters';
import { attendedTokens, attentionDims, moeLayerCount, type ModelShape } from './shapeDims';
import { hoursPerMonth, secondsPerHour } from './units';
import { requireCount, requireNonNegative, requirePositive, requireUnitInterval } from './validate';

/** An accelerator by id, or by the three figures serving depends on. */
export type InferenceAccelerator =
  | AcceleratorId
  | { peakFlops: number; memoryBandwidthBytesPerSecond: number; memoryBytes: number };

/** Share of device memory a vLLM server uses by default (`gpu_memory_utilization` 0.9). @example servingMemoryShare //=> 0.9 */
export const servingMemoryShare = 0.9;

/** Input of {@link estimateServing}. */
export interface ServingInput {
  shape: ModelShape;
  /** Bytes per stored weight: 2 for bf16, 1 for fp8 or int8, 0.5 for 4-bit. */
  weightBytesPerParam: number;
  /** Bytes per cached key or value: 2 for bf16, 1 for fp8. */
  kvBytesPerValue: number;
  accelerator: InferenceAccelerator;
  /** Accelerators per replica (tensor parallel). Default: the fewest power of two that holds the weights and one request. */
  devices?: number;
  /** Sequences decoded together; capped at what memory holds. */
  batchSize: number;
  /** Prompt tokens per request. */
  inputTokens: number;
  /** Generated tokens per request. */
  outputTokens: number;
  /** Share of the dense peak reached when compute-bound, in (0, 1]. */
  computeUtilisation: number;
  /** Share of peak memory bandwidth reached, in (0, 1]. Default 1 (the datasheet's peak). */
  bandwidthUtilisation?: number;
  /** Rental price per accelerator-hour, US dollars. */
  pricePerHour: number;
  /** Tokens to generate per month; default what one replica generates. */
  outputTokensPerMonth?: number;
}

/** Why a model cannot be served as asked. */
export interface ServingMisfit {
  fits: false;
  /** `'weights'`: the weights alone exceed the replica; `'one-request'`: no room for one request's cache. */
  reason: 'weights' | 'one-request';
  devicesPerReplica: number;
  weightBytes: number;
  /** Usable memory of the replica. */
  memoryBytes: number;
}

/** Throughput and cost of serving (see the module comment). */
export interface ServingEstimate {
  fits: true;
  devicesPerReplica: number;
  weightBytes: number;
  /** KV cache of one request at its full length. */
  kvBytesPerRequest: number;
  /** Sequences the memory holds at full length. */
  maxBatch: number;
  /** Sequences decoded together: the requested batch, capped at `maxBatch`. */
  batch: number;
  /** Routed experts a decode step reads per MoE layer (all of them for a dense model: 0 here). */
  expertsReadPerLayer: number;
  /** Bytes a decode step reads: weights touched and the batch's KV caches. */
  weightBytesPerStep: number;
  kvBytesPerStep: number;
  stepSeconds: number;
  decodeBound: 'memory-bandwidth' | 'compute';
  /** Time to first token of a request served alone: prefill at the compute peak, or one weight read. */
  timeToFirstTokenSeconds: number;
  /** Replica time a request's prefill takes when batched. */
  prefillSeconds: number;
  outputTokensPerSecond: number;
  inputTokensPerSecond: number;
  costPerMillionInputTokensUsd: number;
  costPerMillionOutputTokensUsd: number;
  replicas: number;
  /** Cost of the replicas for an average month (730.5 h). */
  costPerMonthUsd: number;
}

/**
 * Expected routed experts B tokens touch in one layer, each choosing k of E: E·(1 − (1 − k/E)^B).
 * @example expectedExpertsTouched({ experts: 8, expertsPerToken: 2, tokens: 64 }) //=> 7.99999…
 */
export function expectedExpertsTouched(input: { experts: number; expertsPerToken: number; tokens: number }): number {
  const where = 'expectedExpertsTouched';
  const experts = requireCount(input.experts, where, 'experts');
  const perToken = requireCount(input.expertsPerToken, where, 'expertsPerToken');
  const tokens = requireCount(input.tokens, where, 'tokens', 0);
  return experts * (1 - (1 - perToken / experts) ** tokens);
}

/** Σ over layers of the causal attention pairs of a prompt of `span` tokens (½·span² per global layer). */
function causalPairs(shape: ModelShape, span: number): number {
  const local = shape.localAttention;
  const localLayers = local === undefined ? 0 : Math.min(shape.layers, local.layers);
  const window = local?.windowTokens ?? Infinity;
  const localPairs = span <= window ? span ** 2 / 2 : window ** 2 / 2 + window * (span - window);
  return (shape.layers - localLayers) * (span ** 2 / 2) + localLayers * localPairs;
}

/**
 * Throughput, latency and cost of serving a model (see the module comment), or why it does not fit.
 * @example
 * estimateServing({ shape: modelShapes['llama3.1-70b'].shape, weightBytesPerParam: 2, kvBytesPerValue: 2,
 *   accelerator: 'h100-sxm', devices: 4, batchSize: 64, inputTokens: 2000, outputTokens: 500,
 *   computeUtilisation: 0.4, pricePerHour: 3 }).fits //=> true
 */
export function estimateServing(input: ServingInput): ServingEstimate | ServingMisfit {
  const where = 'estimateServing';
  const { shape } = input;
  const bytesPerParam = requirePositive(input.weightBytesPerParam, where, 'weightBytesPerParam');
  const inputTokens = requireCount(input.inputTokens, where, 'inputTokens');
  const outputTokens = requireCount(input.outputTokens, where, 'outputTokens');
  const requestedBatch = requireCount(input.batchSize, where, 'batchSize');
  const computeShare = requireUnitInterval(input.computeUtilisation, where, 'computeUtilisation');
  const bandwidthShare = requireUnitInterval(input.bandwidthUtilisation ?? 1, where, 'bandwidthUtilisation');
  const price = requireNonNegative(input.pricePerHour, where, 'pricePerHour');
  const spec = typeof input.accelerator === 'string' ? getAccelerator(input.accelerator) : input.accelerator;
  const peak = requirePositive(spec.peakFlops, where, 'accelerator.peakFlops');
  const bandwidth = requirePositive(spec.memoryBandwidthBytesPerSecond ?? Number.NaN, where, 'accelerator.memoryBandwidthBytesPerSecond');
  const deviceMemory = requirePositive(spec.memoryBytes, where, 'accelerator.memoryBytes');

  const count = countParameters(shape);
  const weightBytes = count.total * bytesPerParam;
  const kv = (context: number) => kvCacheBytes({ shape, contextTokens: context, bytesPerValue: input.kvBytesPerValue });
  const kvBytesPerRequest = kv(inputTokens + outputTokens);
  const usable = (devices: number) => devices * deviceMemory * servingMemoryShare;
  const devices =
    input.devices === undefined
      ? fewestDevices((n) => usable(n) >= weightBytes + kvBytesPerRequest)
      : requireCount(input.devices, where, 'devices');
  const memoryBytes = usable(devices);
  if (weightBytes >= memoryBytes) return { fits: false, reason: 'weights', devicesPerReplica: devices, weightBytes, memoryBytes };
  const maxBatch = Math.floor((memoryBytes - weightBytes) / kvBytesPerRequest);
  if (maxBatch < 1) return { fits: false, reason: 'one-request', devicesPerReplica: devices, weightBytes, memoryBytes };
  const batch = Math.min(requestedBatch, maxBatch);

  // Decode: one token per sequence per step, at the middle of generation on average.
  const dims = attentionDims(shape);
  const attentionPerPair = 2 * dims.heads * (dims.qkHeadDim + dims.valueHeadDim);
  const meanContext = inputTokens + outputTokens / 2;
  const moe = shape.mixtureOfExperts;
  const moeLayers = moeLayerCount(shape);
  const expertsReadPerLayer = moe === undefined ? 0 : expectedExpertsTouched({ experts: moe.experts, expertsPerToken: moe.expertsPerToken, tokens: batch });
  const paramsPerExpert = moe === undefined ? 0 : count.routedExperts / (moeLayers * moe.experts);
  // Everything but the input-embedding lookup and the routed experts nobody chose is read.
  const lookedUp = count.active - count.activeMatmul;
  const weightBytesPerStep = (count.total - lookedUp - count.routedExperts + moeLayers * expertsReadPerLayer * paramsPerExpert) * bytesPerParam;
  const kvBytesPerStep = batch * kv(meanContext);
  const memorySeconds = (weightBytesPerStep + kvBytesPerStep) / (devices * bandwidth * bandwidthShare);
  const decodeFlops = batch * (2 * count.activeMatmul + attentionPerPair * attendedTokens(shape, meanContext));
  const computeSeconds = decodeFlops / (devices * peak * computeShare);
  const stepSeconds = Math.max(memorySeconds, computeSeconds);

  const prefillFlops = 2 * count.activeMatmul * inputTokens + attentionPerPair * causalPairs(shape, inputTokens);
  const prefillSeconds = prefillFlops / (devices * peak * computeShare);
  const requestSeconds = prefillSeconds + (outputTokens * stepSeconds) / batch;
  const outputTokensPerSecond = outputTokens / requestSeconds;
  const costPerSecond = (devices * price) / secondsPerHour;
  const capacity = outputTokensPerSecond * secondsPerHour * hoursPerMonth;
  const demand = requireNonNegative(input.outputTokensPerMonth ?? capacity, where, 'outputTokensPerMonth');
  const replicas = Math.max(1, Math.ceil(demand / capacity));
  return {
    fits: true,
    devicesPerReplica: devices,
    weightBytes,
    kvBytesPerRequest,
    maxBatch,
    batch,
    expertsReadPerLayer,
    weightBytesPerStep,
    kvBytesPerStep,
    stepSeconds,
    decodeBound: computeSeconds > memorySeconds ? 'compute' : 'memory-bandwidth',
    timeToFirstTokenSeconds: Math.max(prefillSeconds, weightBytesPerStep / (devices * bandwidth * bandwidthShare)),
    prefillSeconds,
    outputTokensPerSecond,
    inputTokensPerSecond: inputTokens / requestSeconds,
    costPerMillionInputTokensUsd: ((costPerSecond * prefillSeconds) / inputTokens) * 1e6,
    costPerMillionOutputTokensUsd: ((costPerSecond * stepSeconds) / batch) * 1e6,
    replicas,
    costPerMonthUsd: replicas * devices * price * hoursPerMonth,
  };
}

/** The fewest power-of-two device count (1 to 1,024) that `holds`; 1,024 when none does. */
function fewestDevices(holds: (devices: number) => boolean): number {
  let devices = 1;
  while (devices < 1024 && !holds(devices)) devices *= 2;
  return devices;
}
