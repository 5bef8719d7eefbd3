/**
 * Serving cost of a model: tokens per second under a roofline, then cost per million tokens and
 * per month.
 *
 * Generating a token costs ≈ 2·N FLOPs (Kaplan et al. 2020, §2.1: forward pass 2N). Decoding is
 * also limited by memory bandwidth: every step reads all the weights once, whatever the batch, so
 * at batch b a step yields b tokens for (weight bytes / bandwidth) seconds (Pope et al. 2022,
 * "Efficiently Scaling Transformer Inference", arXiv 2211.05102, §2; Chen, "Transformer Inference
 * Arithmetic", kipp.ly 2022). Throughput is the smaller of the two bounds (the roofline). The
 * bandwidth bound ignores KV-cache reads and assumes peak bandwidth, so it is an upper bound.
 */
import { getAccelerator, type AcceleratorId } from './accelerators';
import { inferenceMemoryBytes } from './memory';
import { hoursPerMonth, secondsPerHour } from './units';
import { requireCount, requireNonNegative, requirePositive, requireUnitInterval } from './validate';

/** An accelerator by id, or by the three figures serving depends on. */
export type InferenceAccelerator =
  | AcceleratorId
  | { peakFlops: number; memoryBandwidthBytesPerSecond: number; memoryBytes: number };

/** Input of {@link estimateInference}. */
export interface InferenceInput {
  /** Parameters used per token (active ones for mixture-of-experts). */
  params: number;
  /** Parameters stored (all experts); default `params`. */
  totalParams?: number;
  /** Bytes per stored weight: 2 for bf16, 1 for int8/fp8, 0.5 for 4-bit. */
  bytesPerParam: number;
  accelerator: InferenceAccelerator;
  /** Sequences decoded together (integer ≥ 1). */
  batchSize: number;
  /** Fraction of dense peak reached when compute-bound, in (0, 1]. */
  mfu: number;
  /** Rental price per accelerator-hour, US dollars. */
  pricePerHour: number;
  /** Tokens to serve per month; default: what one replica can serve. */
  tokensPerMonth?: number;
}

/** Output of {@link estimateInference}. */
export interface InferenceEstimate {
  /** Accelerators one replica needs to hold the weights (× 1.2, Transformer Math 101). */
  devicesPerReplica: number;
  /** Tokens per second one replica generates. */
  tokensPerSecond: number;
  /** Which roofline bound sets the throughput. */
  bound: 'compute' | 'memory-bandwidth';
  costPerMillionTokensUsd: number;
  /** Replicas needed to serve `tokensPerMonth` around the clock (≥ 1). */
  replicas: number;
  /** Cost of running those replicas for a month (730.5 h). */
  costPerMonthUsd: number;
}

/**
 * Throughput and serving cost (see the module comment for the roofline).
 * @example
 * estimateInference({ params: 70e9, bytesPerParam: 2, accelerator: 'h100-sxm', batchSize: 1,
 *   mfu: 0.4, pricePerHour: 3 }).bound //=> 'memory-bandwidth'
 */
export function estimateInference(input: InferenceInput): InferenceEstimate {
  const where = 'estimateInference';
  const params = requirePositive(input.params, where, 'params');
  const totalParams = requirePositive(input.totalParams ?? params, where, 'totalParams');
  const bytesPerParam = requirePositive(input.bytesPerParam, where, 'bytesPerParam');
  const batch = requireCount(input.batchSize, where, 'batchSize');
  const mfu = requireUnitInterval(input.mfu, where, 'mfu');
  const price = requireNonNegative(input.pricePerHour, where, 'pricePerHour');
  const spec = typeof input.accelerator === 'string' ? getAccelerator(input.accelerator) : input.accelerator;
  const peak = requirePositive(spec.peakFlops, where, 'accelerator.peakFlops');
  const bandwidth = requirePositive(spec.memoryBandwidthBytesPerSecond ?? Number.NaN, where, 'accelerator.memoryBandwidthBytesPerSecond');
  const memory = requirePositive(spec.memoryBytes, where, 'accelerator.memoryBytes');

  const devices = Math.max(1, Math.ceil(inferenceMemoryBytes({ params: totalParams, bytesPerParam }) / memory));
  const computeBound = (devices * peak * mfu) / (2 * params);
  // Each step reads the weights a token actually uses; with MoE, the active ones.
  const bandwidthBound = (batch * devices * bandwidth) / (params * bytesPerParam);
  const tokensPerSecond = Math.min(computeBound, bandwidthBound);
  const replicaCostPerHour = devices * price;
  const monthlyCapacity = tokensPerSecond * secondsPerHour * hoursPerMonth;
  const demand = requireNonNegative(input.tokensPerMonth ?? monthlyCapacity, where, 'tokensPerMonth');
  const replicas = Math.max(1, Math.ceil(demand / monthlyCapacity));
  return {
    devicesPerReplica: devices,
    tokensPerSecond,
    bound: computeBound <= bandwidthBound ? 'compute' : 'memory-bandwidth',
    costPerMillionTokensUsd: (replicaCostPerHour / (tokensPerSecond * secondsPerHour)) * 1e6,
    replicas,
    costPerMonthUsd: replicas * replicaCostPerHour * hoursPerMonth,
  };
}
