/**
 * Fine-tuning a pretrained model in full, with LoRA (Hu et al. 2021) or with QLoRA (Dettmers et
 * al. 2023), against pre-training it from scratch.
 *
 * Compute. Full fine-tuning is training: 6·N·D (Kaplan et al. 2020 §2.1). LoRA freezes the base
 * weights, but every token still goes forward through the whole model (2N) and the backward pass
 * still propagates gradients through every layer to reach the adapters (≈ 2N for the gradients
 * with respect to activations); only the weight gradients of frozen matrices (the other ≈ 2N) are
 * skipped. So LoRA costs ≈ 4·N·D: it saves a third of the compute at best, and measured speed-ups
 * are often smaller (huggingface/peft#664). QLoRA adds dequantisation work on top. What LoRA and
 * QLoRA save is memory, which is what lets a large model fit on few devices.
 *
 * Memory (model states). Full: 16 bytes/param (mixed-precision AdamW, as in `memory.ts`). LoRA:
 * frozen bf16 weights, 2 bytes/param, plus 16 bytes per adapter parameter. QLoRA: 4-bit NF4
 * weights with double-quantised constants, (4 + 0.127)/8 bytes/param (Dettmers et al. 2023, §3),
 * plus the same 16 bytes per adapter parameter. Activations are not counted.
 */
import { type AcceleratorId, getAccelerator } from './accelerators';
import { estimateCompute, estimateTraining } from './training';
import { requireNonNegative, requireOneOf } from './validate';

/** How the model is adapted. */
export type FineTuningMethod = 'full' | 'lora' | 'qlora';
/**
 * Bytes per parameter of the frozen base weights under QLoRA: 4-bit NF4 plus 0.127 bits of
 * double-quantised constants (Dettmers et al. 2023, §3).
 * @example qloraBytesPerParam //=> 0.515875
 */
export const qloraBytesPerParam = (4 + 0.127) / 8;

/**
 * Bytes of model state per trainable parameter with mixed-precision AdamW: 2 + 2 + 12
 * (Transformer Math 101; Rajbhandari et al. 2019 §3).
 * @example trainableStateBytesPerParam //=> 16
 */
export const trainableStateBytesPerParam = 16;

/**
 * Fine-tuning compute in FLOPs: 6·N·D in full, 4·N·D with LoRA or QLoRA (see module comment).
 * @example fineTuningFlops({ params: 7e9, tokens: 1e9, method: 'lora' }) //=> 2.8e19
 */
export function fineTuningFlops(input: { params: number; tokens: number; method: FineTuningMethod }): number {
  const where = 'fineTuningFlops';
  const params = requireNonNegative(input.params, where, 'params');
  const tokens = requireNonNegative(input.tokens, where, 'tokens');
  const method = requireOneOf(input.method, ['full', 'lora', 'qlora'], where, 'method');
  return (method === 'full' ? 6 : 4) * params * tokens;
}

/** Model-state memory of a fine-tune, bytes, in total (before any sharding). */
export interface FineTuningMemory {
  /** Base weights: trainable (full) or frozen (LoRA bf16, QLoRA NF4). */
  baseWeightsBytes: number;
  /** Gradients and optimizer states of the base weights (full fine-tuning only). */
  baseTrainingStateBytes: number;
  /** Adapters with their gradients and optimizer states (16 bytes each). */
  adapterBytes: number;
  totalBytes: number;
}

/**
 * Model-state memory of a fine-tune (see the module comment for the bytes per parameter).
 * @example fineTuningMemory({ params: 7e9, method: 'full' }).totalBytes //=> 112e9
 */
export function fineTuningMemory(input: { params: number; method: FineTuningMethod; adapterParams?: number }): FineTuningMemory {
  const where = 'fineTuningMemory';
  const params = requireNonNegative(input.params, where, 'params');
  const adapters = input.method === 'full' ? 0 : requireNonNegative(input.adapterParams ?? NaN, where, 'adapterParams');
  let baseWeightsBytes: number;
  switch (input.method) {
    case 'full':
    case 'lora':
      baseWeightsBytes = 2 * params;
      break;
    case 'qlora':
      baseWeightsBytes = qloraBytesPerParam * params;
      break;
    default:
      throw new Error(`${where}: unknown method ${JSON.stringify(input.method satisfies never)}`);
  }
  const baseTrainingStateBytes = input.method === 'full' ? (trainableStateBytesPerParam - 2) * params : 0;
  const adapterBytes = trainableStateBytesPerParam * adapters;
  return { baseWeightsBytes, baseTrainingStateBytes, adapterBytes, totalBytes: baseWeightsBytes + baseTrainingStateBytes + adapterBytes };
}

/** Input of {@link estimateFineTuning}. */
export interface FineTuningInput {
  /** Parameters N of the base model. */
  params: number;
  /** Fine-tuning tokens D. */
  tokens: number;
  method: FineTuningMethod;
  /** Trainable adapter parameters (required for LoRA and QLoRA; see {@link loraAdapterParams}). */
  adapterParams?: number;
  accelerator: AcceleratorId | { peakFlops: number; memoryBytes: number };
  /** Model FLOPs utilisation in (0, 1]. */
  mfu: number;
  /** Rental price per accelerator-hour, US dollars. */
  pricePerHour: number;
  /** Tokens the base model was pre-trained on, for the comparison with training from scratch. */
  pretrainingTokens: number;
}

/** Output of {@link estimateFineTuning}. */
export interface FineTuningEstimate {
  flops: number;
  memory: FineTuningMemory;
  /** Devices needed to hold the model states, sharded evenly (ZeRO-3/FSDP); activations not counted. */
  devices: number;
  acceleratorHours: number;
  /** Hours with `devices` accelerators in parallel. */
  wallClockHours: number;
  costUsd: number;
  /** Cost of pre-training the same model from scratch on `pretrainingTokens` (6·N·D). */
  pretrainingCostUsd: number;
  /** 1 − cost / pre-training cost: the share of a from-scratch run that fine-tuning saves. */
  savingFraction: number;
}

/**
 * Compute, memory, devices, time and cost of a fine-tune, and what it saves against pre-training.
 * @example
 * estimateFineTuning({ params: 6.74e9, tokens: 1e9, method: 'lora', adapterParams: 4.2e6,
 *   accelerator: 'a100-80gb', mfu: 0.4, pricePerHour: 2, pretrainingTokens: 2e12 }).savingFraction //=> 0.99967
 */
export function estimateFineTuning(input: FineTuningInput): FineTuningEstimate {
  const { accelerator } = input;
  const spec = typeof accelerator === 'string' ? getAccelerator(accelerator) : accelerator;
  const memory = fineTuningMemory(input);
  const deviceMemory = requireNonNegative(spec.memoryBytes, 'estimateFineTuning', 'accelerator.memoryBytes');
  const devices = Math.max(1, Math.ceil(memory.totalBytes / deviceMemory));
  const flops = fineTuningFlops(input);
  const common = { accelerator: { peakFlops: spec.peakFlops }, count: devices, mfu: input.mfu, pricePerHour: input.pricePerHour };
  const run = estimateCompute({ ...common, flops });
  const pretraining = estimateTraining({ ...common, params: input.params, tokens: input.pretrainingTokens });
  return {
    flops,
    memory,
    devices,
    acceleratorHours: run.acceleratorHours,
    wallClockHours: run.wallClockHours,
    costUsd: run.costUsd,
    pretrainingCostUsd: pretraining.costUsd,
    savingFraction: pretraining.costUsd > 0 ? 1 - run.costUsd / pretraining.costUsd : 0,
  };
}
