/**
 * Training compute, time and rental cost of a transformer run: the library's central estimate.
 *
 * Compute: C ≈ 6·N·D FLOPs (Kaplan et al. 2020, §2.1: 2N per token forward, twice that backward).
 * Time: accelerator-hours = C / (peak FLOP/s × MFU × 3600), with MFU as defined in PaLM
 * (Chowdhery et al. 2022, §4.1): achieved model FLOP/s over the dense peak.
 */
import { getAccelerator, type AcceleratorId } from './accelerators';
import { trainingFlops, type TrainingFlopsInput } from './flops';
import { secondsPerHour } from './units';
import { requireCount, requireNonNegative, requirePositive, requireUnitInterval } from './validate';

// Training FLOPs moved to `flops.ts`; still importable from here.
export { trainingFlops, type TrainingFlopsInput } from './flops';

/**
 * Number format of the run's matrix multiplications, which selects the dense peak the hours are
 * computed against: `'bf16'` the 16-bit peak (FP16 on chips without BF16), `'fp8'` the FP8 peak.
 */
export type TrainingPrecision = 'bf16' | 'fp8';

/** An accelerator given by its dense peaks instead of a catalogue id. */
export interface CustomAccelerator {
  /** Dense 16-bit peak FLOP/s. */
  peakFlops: number;
  /** Dense FP8 peak FLOP/s, if the chip has FP8 matrix units. */
  fp8PeakFlops?: number;
}

/** Input of {@link estimateTraining}. Defaults: none; every field but the optional ones is required. */
export interface TrainingInput extends TrainingFlopsInput {
  /** A catalogued accelerator id, or any accelerator given by its dense peak FLOP/s. */
  accelerator: AcceleratorId | CustomAccelerator;
  /** Which dense peak the run is measured against; default `'bf16'`. */
  precision?: TrainingPrecision;
  /** Accelerators training in parallel (an integer ≥ 1); divides wall-clock time, not cost. */
  count: number;
  /** Model FLOPs utilisation, a fraction in (0, 1] of the dense peak (published runs: 0.2–0.48). */
  mfu: number;
  /** Rental price per accelerator-hour, US dollars. */
  pricePerHour: number;
  /**
   * Total parameters, for a mixture-of-experts model (DeepSeek-V3: 671B total, 37B active). It is
   * checked (≥ `params`) but does not change compute: each token passes through the active ones.
   */
  totalParams?: number;
}

/** Output of {@link estimateTraining}. */
export interface TrainingEstimate {
  /** Training compute in FLOPs. */
  flops: number;
  /** Accelerator-hours (GPU-hours, TPU chip-hours) the run occupies. */
  acceleratorHours: number;
  /** Hours from start to finish with `count` accelerators in parallel. */
  wallClockHours: number;
  /** Rental cost in US dollars: accelerator-hours × price per hour. */
  costUsd: number;
}

/**
 * Dense peak FLOP/s of a catalogued accelerator or of a custom `{ peakFlops }`.
 * Throws for an unknown id (listing the known ones) or a peak that is not > 0.
 * @example peakFlopsOf('a100-80gb') //=> 312e12
 */
export function peakFlopsOf(accelerator: AcceleratorId | CustomAccelerator): number {
  return densePeakFlops({ accelerator });
}

/** Input of {@link densePeakFlops}. */
export interface DensePeakInput {
  accelerator: AcceleratorId | CustomAccelerator;
  /** Default `'bf16'`. */
  precision?: TrainingPrecision;
}

/**
 * Dense peak FLOP/s of an accelerator at a training precision: the 16-bit peak for `'bf16'`, the
 * FP8 peak for `'fp8'` (NVIDIA H100: 989 and 1,979 TFLOP/s, half the "with sparsity" figures of
 * its datasheet). Throws for an unknown id, a peak that is not > 0, or `'fp8'` on a chip without
 * FP8 matrix units (A100, V100, TPU v4).
 * @example densePeakFlops({ accelerator: 'h100-sxm', precision: 'fp8' }) //=> 1.979e15
 */
export function densePeakFlops({ accelerator, precision = 'bf16' }: DensePeakInput): number {
  const where = 'densePeakFlops';
  const chip = typeof accelerator === 'string' ? getAccelerator(accelerator) : accelerator;
  if (precision === 'bf16') return requirePositive(chip.peakFlops, where, 'accelerator.peakFlops');
  if (chip.fp8PeakFlops === undefined) {
    const name = typeof accelerator === 'string' ? JSON.stringify(accelerator) : 'this accelerator';
    throw new RangeError(`${where}: ${name} has no FP8 peak; use precision 'bf16'`);
  }
  return requirePositive(chip.fp8PeakFlops, where, 'accelerator.fp8PeakFlops');
}

/** Input of {@link fp8UtilisationFor}. */
export interface Fp8UtilisationInput {
  accelerator: AcceleratorId | CustomAccelerator;
  /** Utilisation of the dense BF16 peak the run reaches in BF16, in (0, 1]. */
  bf16Mfu: number;
  /** End-to-end speed-up of the FP8 run over the BF16 one (Google Cloud's Ironwood guide: 1.3). */
  speedup: number;
}

/**
 * The utilisation of the FP8 peak that an FP8 run reaches when it runs `speedup` times faster
 * than the same run in BF16: bf16Mfu × speedup × BF16 peak ÷ FP8 peak. An H100 at 50% of its BF16
 * peak, sped up 1.3× by FP8, uses 50% × 1.3 × 989 ÷ 1,979 = 32.5% of its FP8 peak.
 * @example fp8UtilisationFor({ accelerator: 'h100-sxm', bf16Mfu: 0.5, speedup: 1.3 }) //=> 0.3248
 */
export function fp8UtilisationFor(input: Fp8UtilisationInput): number {
  const where = 'fp8UtilisationFor';
  const bf16Mfu = requireUnitInterval(input.bf16Mfu, where, 'bf16Mfu');
  const speedup = requirePositive(input.speedup, where, 'speedup');
  const bf16Peak = densePeakFlops({ accelerator: input.accelerator, precision: 'bf16' });
  const fp8Peak = densePeakFlops({ accelerator: input.accelerator, precision: 'fp8' });
  return (bf16Mfu * speedup * bf16Peak) / fp8Peak;
}

/** Input of {@link estimateCompute}: a FLOP count and how it is run. */
export interface ComputeInput {
  /** FLOPs to perform. */
  flops: number;
  accelerator: TrainingInput['accelerator'];
  /** Which dense peak to divide by; default `'bf16'`. */
  precision?: TrainingPrecision;
  count: number;
  mfu: number;
  pricePerHour: number;
}

/**
 * Accelerator-hours, wall-clock hours and rental cost of performing `flops`:
 * hours = FLOPs / (peak × MFU × 3600) (PaLM §4.1 MFU); wall clock = hours / count;
 * cost = hours × price. Throws (programming error) for MFU outside (0, 1], a count that is not an
 * integer ≥ 1, negative FLOPs or price, or an unknown accelerator id.
 * @example
 * estimateCompute({ flops: 3.14e23, accelerator: 'v100', count: 1, mfu: 1, pricePerHour: 1 })
 *   .acceleratorHours //=> 697_778 (GPT-3 at the V100 full peak)
 */
export function estimateCompute(input: ComputeInput): TrainingEstimate {
  const where = 'estimateCompute';
  const flops = requireNonNegative(input.flops, where, 'flops');
  const peakFlops = densePeakFlops(input);
  const mfu = requireUnitInterval(input.mfu, where, 'mfu');
  const count = requireCount(input.count, where, 'count');
  const pricePerHour = requireNonNegative(input.pricePerHour, where, 'pricePerHour');
  const acceleratorHours = flops / (peakFlops * mfu * secondsPerHour);
  return {
    flops,
    acceleratorHours,
    wallClockHours: acceleratorHours / count,
    costUsd: acceleratorHours * pricePerHour,
  };
}

/** Input of {@link flopsFromAcceleratorHours}. */
export interface AcceleratorHoursInput {
  /** Accelerator-hours the run occupies (accelerators × wall-clock hours). */
  acceleratorHours: number;
  accelerator: TrainingInput['accelerator'];
  /** Which dense peak the run is measured against; default `'bf16'`. */
  precision?: TrainingPrecision;
  /** Model FLOPs utilisation, a fraction in (0, 1] of the dense peak. */
  mfu: number;
}

/**
 * The FLOPs a run performs in `acceleratorHours`, the inverse of {@link estimateCompute}:
 * FLOPs = accelerator-hours × 3600 × dense peak × MFU (PaLM's MFU, Chowdhery et al. 2022, §4.1).
 * 64 H100s for 730.5 h at 40% of their 989 TFLOP/s BF16 peak: 46,752 × 3,600 × 989e12 × 0.4.
 * Throws (programming error) for negative hours, MFU outside (0, 1] or an unknown accelerator id.
 * @example flopsFromAcceleratorHours({ acceleratorHours: 46_752, accelerator: 'h100-sxm', mfu: 0.4 }) //=> 6.6582e22
 */
export function flopsFromAcceleratorHours(input: AcceleratorHoursInput): number {
  const where = 'flopsFromAcceleratorHours';
  const hours = requireNonNegative(input.acceleratorHours, where, 'acceleratorHours');
  const mfu = requireUnitInterval(input.mfu, where, 'mfu');
  return hours * secondsPerHour * densePeakFlops(input) * mfu;
}

/**
 * Compute, accelerator-hours, wall-clock hours and rental cost of a training run: FLOPs from
 * {@link trainingFlops}, then {@link estimateCompute}. Throws (programming error) for MFU outside
 * (0, 1], a count that is not an integer ≥ 1, negative params, tokens or price, totalParams below
 * params, or an unknown accelerator id.
 *
 * LLaMA 65B (Touvron et al. 2023, §2.4): 65.2B params, 1.4T tokens, 2048 A100 at the MFU implied
 * by 380 tokens/s/GPU (6·65.2e9·380 / 312e12 ≈ 47.6%) gives ≈ 21 days and, at $3.93/h, ≈ $4.02M
 * (the seed article's 2048 × 21 days × 24 h × $3.93 = $4.06M rounds the days up).
 * @example
 * estimateTraining({ params: 65.2e9, tokens: 1.4e12, accelerator: 'a100-80gb', count: 2048,
 *   mfu: (6 * 65.2e9 * 380) / 312e12, pricePerHour: 3.93 }).wallClockHours / 24 //=> 20.8
 */
export function estimateTraining(input: TrainingInput): TrainingEstimate {
  const flops = trainingFlops(input);
  if (input.totalParams !== undefined && !(input.totalParams >= input.params)) {
    throw new RangeError(
      `estimateTraining: expected totalParams ≥ params (${input.params}), received ${input.totalParams}`,
    );
  }
  return estimateCompute({ ...input, flops });
}
