/**
 * Memory per device of training and serving a transformer.
 *
 * Model states (EleutherAI "Transformer Math 101", 2023; Rajbhandari et al. 2019 "ZeRO", §3):
 * mixed-precision AdamW keeps 2 bytes of 16-bit weights, 2 of 16-bit gradients and 12 of fp32
 * master weights, momentum and variance: 16 bytes per parameter. ZeRO (§5, Figure 1) partitions
 * across the data-parallel devices: stage 1 the optimizer states, stage 2 also the gradients,
 * stage 3 also the weights.
 *
 * Activations (Korthikanti et al. 2022, §4, eq. 1; §5): s·b·h·L·(34 + 5·a·s/h) bytes with 16-bit
 * activations, no tensor or sequence parallelism; selective recomputation keeps s·b·h·L·34; full
 * recomputation keeps only each layer's input, 2·s·b·h·L.
 */
import { requireCount, requireNonNegative, requireOneOf } from './validate';

/** Number format of the stored weights and gradients. */
export type Precision = 'fp32' | 'bf16' | 'fp16' | 'fp8';
/** Optimizer, which decides the state kept per parameter. */
export type Optimizer = 'adamw' | 'adamw-8bit' | 'sgd-momentum' | 'sgd';
/** ZeRO stage: 0 none, 1 optimizer states, 2 + gradients, 3 + weights partitioned. */
export type ZeroStage = 0 | 1 | 2 | 3;
/** Activation recomputation (Korthikanti et al. 2022). */
export type Recomputation = 'none' | 'selective' | 'full';

/**
 * Bytes per value of each precision. fp8 is a lower bound: FP8 recipes keep some higher-precision
 * copies, which this table does not count.
 * @example bytesPerValue.bf16 //=> 2
 */
export const bytesPerValue: Record<Precision, number> = { fp32: 4, bf16: 2, fp16: 2, fp8: 1 };

/**
 * Optimizer state per parameter, bytes, without the fp32 master copy (Transformer Math 101):
 * AdamW momentum + variance 8; 8-bit AdamW (bitsandbytes) 2; SGD momentum 4; plain SGD 0.
 * @example optimizerStateBytes.adamw //=> 8
 */
export const optimizerStateBytes: Record<Optimizer, number> = {
  adamw: 8,
  'adamw-8bit': 2,
  'sgd-momentum': 4,
  sgd: 0,
};

/** Shape and batch that decide activation memory. */
export interface ActivationShape {
  layers: number;
  /** Hidden size h (d_model). */
  dModel: number;
  /** Attention heads a. */
  heads: number;
  /** Sequence length s. */
  sequenceLength: number;
  /** Micro-batch size b per device. */
  microBatchSize: number;
}

/** Input of {@link trainingMemory}. */
export interface TrainingMemoryInput {
  /** Parameters N (all of them, for mixture-of-experts: every expert is stored). */
  params: number;
  precision: Precision;
  optimizer: Optimizer;
  zeroStage: ZeroStage;
  /** Data-parallel devices the ZeRO stages partition across (integer ≥ 1). */
  devices: number;
  recomputation: Recomputation;
  /** Omit to count model states only (activations 0). */
  activations?: ActivationShape;
}

/** Bytes per device, by what they hold. */
export interface TrainingMemory {
  weightsBytes: number;
  gradientsBytes: number;
  optimizerBytes: number;
  activationsBytes: number;
  totalBytes: number;
}

/**
 * Optimizer bytes per parameter including the fp32 master weights that mixed precision keeps
 * (none when training in fp32). Mixed-precision AdamW: 4 + 8 = 12.
 * @example optimizerBytesPerParam('adamw', 'bf16') //=> 12
 */
export function optimizerBytesPerParam(optimizer: Optimizer, precision: Precision): number {
  return optimizerStateBytes[optimizer] + (precision === 'fp32' ? 0 : bytesPerValue.fp32);
}

/**
 * Activation bytes per device (Korthikanti et al. 2022; see the module comment).
 * @example activationBytes({ layers: 1, dModel: 1, heads: 1, sequenceLength: 1, microBatchSize: 1 }, 'full') //=> 2
 */
export function activationBytes(shape: ActivationShape, recomputation: Recomputation): number {
  const where = 'activationBytes';
  const s = requireCount(shape.sequenceLength, where, 'sequenceLength');
  const b = requireCount(shape.microBatchSize, where, 'microBatchSize');
  const h = requireCount(shape.dModel, where, 'dModel');
  const a = requireCount(shape.heads, where, 'heads');
  const sbhL = s * b * h * requireCount(shape.layers, where, 'layers');
  switch (recomputation) {
    case 'none':
      return sbhL * (34 + (5 * a * s) / h);
    case 'selective':
      return sbhL * 34;
    case 'full':
      return sbhL * 2;
    default:
      throw new Error(`${where}: unknown recomputation ${JSON.stringify(recomputation satisfies never)}`);
  }
}

/**
 * Training memory per device: weights, gradients, optimizer states (partitioned by ZeRO stage
 * across `devices`) and activations.
 * @example
 * trainingMemory({ params: 7e9, precision: 'bf16', optimizer: 'adamw', zeroStage: 0, devices: 1,
 *   recomputation: 'none' }).totalBytes //=> 112e9 (16 bytes per parameter)
 */
export function trainingMemory(input: TrainingMemoryInput): TrainingMemory {
  const where = 'trainingMemory';
  const params = requireNonNegative(input.params, where, 'params');
  const precision = requireOneOf(input.precision, ['fp32', 'bf16', 'fp16', 'fp8'], where, 'precision');
  const optimizer = requireOneOf(input.optimizer, ['adamw', 'adamw-8bit', 'sgd-momentum', 'sgd'], where, 'optimizer');
  const stage = requireOneOf(input.zeroStage, [0, 1, 2, 3], where, 'zeroStage');
  const devices = requireCount(input.devices, where, 'devices');
  const recomputation = requireOneOf(input.recomputation, ['none', 'selective', 'full'], where, 'recomputation');
  const share = (partitionedFrom: ZeroStage) => (stage >= partitionedFrom ? 1 / devices : 1);
  const weightsBytes = params * bytesPerValue[precision] * share(3);
  const gradientsBytes = params * bytesPerValue[precision] * share(2);
  const optimizerBytes = params * optimizerBytesPerParam(optimizer, precision) * share(1);
  const activationsBytes =
    input.activations === undefined ? 0 : activationBytes(input.activations, recomputation);
  return {
    weightsBytes,
    gradientsBytes,
    optimizerBytes,
    activationsBytes,
    totalBytes: weightsBytes + gradientsBytes + optimizerBytes + activationsBytes,
  };
}

/**
 * Memory to serve a model: weights × 1.2, the ~20% overhead Transformer Math 101 allows for
 * activations, KV cache and buffers at modest batch sizes.
 * @example inferenceMemoryBytes({ params: 70e9, bytesPerParam: 2 }) //=> 168e9
 */
export function inferenceMemoryBytes(input: { params: number; bytesPerParam: number }): number {
  const where = 'inferenceMemoryBytes';
  const params = requireNonNegative(input.params, where, 'params');
  return 1.2 * params * requireNonNegative(input.bytesPerParam, where, 'bytesPerParam');
}
