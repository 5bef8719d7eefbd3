/**
 * Training memory per device: model states, communication buffers and activations.
 *
 * Model states (EleutherAI, Transformer Math 101, 2023; Rajbhandari et al. 2019, ZeRO §3):
 * mixed-precision AdamW keeps 16-bit weights (2 bytes), gradients (2, or 4 when kept in fp32) and
 * 12 bytes of fp32 master weights, momentum and variance. Tensor and pipeline parallelism split
 * the weights across t·p devices and expert parallelism the experts across e (as EleutherAI's
 * cookbook, `calc_transformer_mem.py`, does); ZeRO (§5, Figure 1) then partitions across the d
 * data-parallel devices (experts across d / e): stage 1 the optimizer states, stage 2 also the
 * gradients, stage 3 also the weights. ZeRO needs communication buffers: DeepSpeed's all-gather
 * bucket (5e8 values by default) from stage 1 and, at stage 3, up to 1e9 live gathered parameters
 * (the cookbook's defaults).
 *
 * Activations: `activations.ts`.
 */
import { activationBytes, type ActivationOptions, type ActivationShape } from './activations';
import { requireCount, requireNonNegative, requireOneOf } from './validate';

/** Number format of stored weights, gradients or cache. */
export type Precision = 'fp32' | 'bf16' | 'fp16' | 'fp8';
/** Optimizer, which decides the state kept per parameter. */
export type Optimizer = 'adamw' | 'adamw-8bit' | 'sgd-momentum' | 'sgd';
/** ZeRO stage: 0 none, 1 optimizer states, 2 + gradients, 3 + weights partitioned. */
export type ZeroStage = 0 | 1 | 2 | 3;

/**
 * Bytes per value of each precision. fp8 is a lower bound for training: FP8 recipes keep some
 * higher-precision copies, which this table does not count.
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

/**
 * DeepSpeed's defaults for ZeRO's buffers, in values (EleutherAI cookbook, calc_transformer_mem.py:
 * `zero_allgather_bucket_size` 5e8, `zero3_max_live_params` 1e9).
 * @example zeroBufferValues.allGatherBucket //=> 5e8
 */
export const zeroBufferValues = { allGatherBucket: 5e8, stage3LiveParams: 1e9 } as const;

/** Input of {@link trainingMemory}. Parallel degrees default to 1. */
export interface TrainingMemoryInput {
  /** Parameters N: all of them (a mixture of experts stores every expert). */
  params: number;
  /** Of `params`, those in routed experts, which expert parallelism splits. Default 0. */
  expertParams?: number;
  /** Format of the weights used in the forward and backward pass. */
  precision: Precision;
  /** Format of the gradients. Default: `precision` (16-bit in mixed precision). */
  gradientPrecision?: Precision;
  optimizer: Optimizer;
  zeroStage: ZeroStage;
  /** Data-parallel devices d, which ZeRO partitions across (integer ≥ 1). */
  devices: number;
  /** Tensor-parallel degree t. */
  tensorParallel?: number;
  /** Pipeline-parallel degree p. */
  pipelineParallel?: number;
  /** Expert-parallel degree e; must divide `devices`. */
  expertParallel?: number;
  recomputation: ActivationOptions['recomputation'];
  /** Omit to count model states and buffers only (activations 0). */
  activations?: ActivationShape;
  /** FlashAttention (no stored score matrices) and sequence parallelism. */
  flashAttention?: boolean;
  sequenceParallel?: boolean;
  /** Count ZeRO's communication buffers. Default `false`: model states only, as the ZeRO paper's Figure 1. */
  communicationBuffers?: boolean;
}

/** Bytes per device, by what they hold. */
export interface TrainingMemory {
  weightsBytes: number;
  gradientsBytes: number;
  optimizerBytes: number;
  /** ZeRO's communication buffers. */
  buffersBytes: number;
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

const precisions: Precision[] = ['fp32', 'bf16', 'fp16', 'fp8'];

/**
 * Training memory per device (see the module comment): weights, gradients and optimizer states
 * split by tensor, pipeline and expert parallelism and partitioned by ZeRO stage, ZeRO's buffers,
 * and activations. Throws for degrees that are not integers ≥ 1 or an expert degree that does not
 * divide the data-parallel one.
 * @example
 * trainingMemory({ params: 7e9, precision: 'bf16', optimizer: 'adamw', zeroStage: 0, devices: 1,
 *   recomputation: 'none' }).totalBytes //=> 112e9 (16 bytes per parameter)
 */
export function trainingMemory(input: TrainingMemoryInput): TrainingMemory {
  const where = 'trainingMemory';
  const params = requireNonNegative(input.params, where, 'params');
  const expertParams = requireNonNegative(input.expertParams ?? 0, where, 'expertParams');
  const precision = requireOneOf(input.precision, precisions, where, 'precision');
  const gradientPrecision = requireOneOf(input.gradientPrecision ?? precision, precisions, where, 'gradientPrecision');
  const optimizer = requireOneOf(input.optimizer, ['adamw', 'adamw-8bit', 'sgd-momentum', 'sgd'], where, 'optimizer');
  const stage = requireOneOf(input.zeroStage, [0, 1, 2, 3], where, 'zeroStage');
  const devices = requireCount(input.devices, where, 'devices');
  const tensor = requireCount(input.tensorParallel ?? 1, where, 'tensorParallel');
  const pipeline = requireCount(input.pipelineParallel ?? 1, where, 'pipelineParallel');
  const expert = requireCount(input.expertParallel ?? 1, where, 'expertParallel');
  if (expertParams > params || devices % expert !== 0) {
    throw new RangeError(
      `${where}: expected expertParams ≤ params and expertParallel to divide devices, received expertParams ${expertParams}, params ${params}, expertParallel ${expert}, devices ${devices}`,
    );
  }
  // Parameters each device holds before ZeRO, split into those ZeRO shards d ways and d / e ways.
  const shared = (params - expertParams) / (tensor * pipeline);
  const experts = expertParams / (expert * tensor * pipeline);
  const held = (partitionedFrom: ZeroStage) =>
    stage >= partitionedFrom ? shared / devices + experts / (devices / expert) : shared + experts;
  const weightsBytes = held(3) * bytesPerValue[precision];
  const gradientsBytes = held(2) * bytesPerValue[gradientPrecision];
  const optimizerBytes = held(1) * optimizerBytesPerParam(optimizer, precision);
  const unsharded = shared + experts;
  const buffersBytes =
    devices === 1 || input.communicationBuffers !== true
      ? 0
      : bytesPerValue[precision] *
        ((stage >= 1 ? Math.min(zeroBufferValues.allGatherBucket, unsharded) : 0) +
          (stage === 3 ? Math.min(zeroBufferValues.stage3LiveParams, unsharded) : 0));
  const activationsBytes =
    input.activations === undefined
      ? 0
      : activationBytes(input.activations, {
          recomputation: input.recomputation,
          tensorParallel: tensor,
          sequenceParallel: input.sequenceParallel === true,
          flashAttention: input.flashAttention === true,
        });
  return {
    weightsBytes,
    gradientsBytes,
    optimizerBytes,
    buffersBytes,
    activationsBytes,
    totalBytes: weightsBytes + gradientsBytes + optimizerBytes + buffersBytes + activationsBytes,
  };
}
