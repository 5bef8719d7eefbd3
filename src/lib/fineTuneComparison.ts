/**
 * Pre-training a model against fine-tuning it in full, with LoRA and with QLoRA: one row per
 * route, from {@link estimateFineTuning} (6·N·D in full, ≈ 4·N·D with adapters, huggingface/peft#664;
 * memory after Hu et al. 2021 and Dettmers et al. 2023), and the fine-tuning data at which a
 * given saving stops holding.
 *
 * Seed 002 says fine-tuning "can reduce training costs by up to 90%". At the same utilisation
 * and price, a full fine-tune on D_ft tokens costs D_ft / D_pt of pre-training on D_pt, and a LoRA
 * fine-tune (4/6)·D_ft / D_pt, so a saving s holds while D_ft ≤ (1 − s)·D_pt (full) or
 * (1 − s)·1.5·D_pt (adapters).
 */
import type { AcceleratorId } from './accelerators';
import { estimateFineTuning, fineTuningMemory, type FineTuningMethod } from './fineTuning';
import { loraAdapterParams, type LoraTargets } from './lora';
import { countParameters, type ModelShape } from './parameters';
import { estimateCompute } from './training';
import { requireFraction, requireNonNegative } from './validate';

/** The routes compared: pre-training from scratch and the three fine-tuning methods. */
export type FineTuneRoute = 'pretraining' | FineTuningMethod;

/** One route of the comparison. */
export interface FineTuneRow {
  route: FineTuneRoute;
  flops: number;
  /** Model-state memory (weights, gradients, optimizer states, adapters), bytes; activations excluded. */
  memoryBytes: number;
  /** Fewest accelerators whose memory holds the model states, sharded evenly. */
  devices: number;
  acceleratorHours: number;
  /** Hours on `devices` accelerators. */
  wallClockHours: number;
  costUsd: number;
  /** 1 − cost / pre-training cost (0 for pre-training itself). */
  savingFraction: number;
}

/** Input of {@link compareFineTuning}. */
export interface FineTuneComparisonInput {
  shape: ModelShape;
  /** Tokens the model is (or was) pre-trained on. */
  pretrainingTokens: number;
  /** Tokens of the fine-tuning set. */
  fineTuningTokens: number;
  /** LoRA rank r and the matrices it adapts (Hu et al. 2021, §4.1, §7.1). */
  loraRank: number;
  loraTargets: LoraTargets;
  accelerator: AcceleratorId | { peakFlops: number; memoryBytes: number };
  mfu: number;
  pricePerHour: number;
}

/** Output of {@link compareFineTuning}. */
export interface FineTuneComparison {
  params: number;
  adapterParams: number;
  rows: Record<FineTuneRoute, FineTuneRow>;
}

/**
 * Pre-training vs full fine-tuning vs LoRA vs QLoRA for one model, data size and price.
 * @example
 * compareFineTuning({ shape: modelShapes['llama2-7b'].shape, pretrainingTokens: 2e12,
 *   fineTuningTokens: 100e6, loraRank: 8, loraTargets: 'qv', accelerator: 'a100-80gb',
 *   mfu: 0.39, pricePerHour: 3.93 }).rows.full.savingFraction //=> 0.99995
 */
export function compareFineTuning(input: FineTuneComparisonInput): FineTuneComparison {
  const params = countParameters(input.shape).total;
  const adapterParams = loraAdapterParams({ shape: input.shape, rank: input.loraRank, targets: input.loraTargets });
  const common = {
    params,
    adapterParams,
    accelerator: input.accelerator,
    mfu: input.mfu,
    pricePerHour: input.pricePerHour,
    pretrainingTokens: input.pretrainingTokens,
    tokens: input.fineTuningTokens,
  };
  const row = (method: FineTuningMethod): FineTuneRow => {
    const estimate = estimateFineTuning({ ...common, method });
    return {
      route: method,
      flops: estimate.flops,
      memoryBytes: estimate.memory.totalBytes,
      devices: estimate.devices,
      acceleratorHours: estimate.acceleratorHours,
      wallClockHours: estimate.wallClockHours,
      costUsd: estimate.costUsd,
      savingFraction: estimate.savingFraction,
    };
  };
  const full = row('full');
  // Pre-training holds the same model states as a full fine-tune: 6·N·D on the pre-training tokens.
  const pretrainingFlops = 6 * params * input.pretrainingTokens;
  const pretrainingRun = estimateCompute({
    flops: pretrainingFlops,
    accelerator: typeof input.accelerator === 'string' ? input.accelerator : { peakFlops: input.accelerator.peakFlops },
    count: full.devices,
    mfu: input.mfu,
    pricePerHour: input.pricePerHour,
  });
  const pretraining: FineTuneRow = {
    route: 'pretraining',
    flops: pretrainingFlops,
    memoryBytes: fineTuningMemory({ params, method: 'full' }).totalBytes,
    devices: full.devices,
    acceleratorHours: pretrainingRun.acceleratorHours,
    wallClockHours: pretrainingRun.wallClockHours,
    costUsd: pretrainingRun.costUsd,
    savingFraction: 0,
  };
  return { params, adapterParams, rows: { pretraining, full, lora: row('lora'), qlora: row('qlora') } };
}

/**
 * The most fine-tuning tokens for which fine-tuning still saves at least `saving` against
 * pre-training on `pretrainingTokens`, at equal utilisation and price: (1 − s)·D_pt in full,
 * (1 − s)·(6/4)·D_pt with adapters (see the module comment).
 * @example maxFineTuningTokensForSaving({ pretrainingTokens: 2e12, saving: 0.9, method: 'full' }) //=> 2e11
 */
export function maxFineTuningTokensForSaving(input: { pretrainingTokens: number; saving: number; method: FineTuningMethod }): number {
  const where = 'maxFineTuningTokensForSaving';
  const tokens = requireNonNegative(input.pretrainingTokens, where, 'pretrainingTokens');
  const saving = requireFraction(input.saving, where, 'saving');
  return (1 - saving) * tokens * (input.method === 'full' ? 1 : 6 / 4);
}
