/**
 * What hardware faults add to a long run. Llama 3 405B saw 466 job interruptions in a 54-day
 * snapshot of pre-training, 419 of them unexpected, and still kept more than 90% effective
 * training time (Dubey et al. 2024, arXiv 2407.21783, §3.3.4, Table 5).
 *
 * A first-order model: each interruption loses the work since the last checkpoint (on average
 * half the checkpoint interval, if faults strike at random times) plus the time to restart. With r
 * interruptions per hour and a loss ℓ hours each, a run that needs T productive hours takes
 * T / (1 − r·ℓ) hours, and never finishes once r·ℓ ≥ 1.
 */
import { hoursPerDay } from './units';
import { requireNonNegative } from './validate';

/**
 * Unexpected interruptions per day of the Llama 3 405B snapshot: 419 in 54 days (Dubey et al.
 * 2024, §3.3.4).
 * @example llama3InterruptionsPerDay //=> ≈ 7.76
 */
export const llama3InterruptionsPerDay = 419 / 54;

/**
 * Accelerators of that snapshot: 16,384 H100s (Dubey et al. 2024, Table 4).
 * @example llama3SnapshotAccelerators //=> 16384
 */
export const llama3SnapshotAccelerators = 16_384;

/**
 * Interruptions per day expected on a cluster of `accelerators`, scaling the Llama 3 rate in
 * proportion to the number of accelerators (faults come from individual GPUs and hosts, so a
 * cluster half the size sees about half as many; an assumption, not a measurement).
 * @example interruptionsPerDayFor({ accelerators: 2048 }) //=> ≈ 0.97
 */
export function interruptionsPerDayFor(input: { accelerators: number }): number {
  const accelerators = requireNonNegative(input.accelerators, 'interruptionsPerDayFor', 'accelerators');
  return (llama3InterruptionsPerDay * accelerators) / llama3SnapshotAccelerators;
}

/** Input of {@link interruptionOverhead}. */
export interface InterruptionInput {
  /** Wall-clock hours the run would take with no interruption. */
  productiveHours: number;
  /** Interruptions per day across the whole cluster. */
  interruptionsPerDay: number;
  /** Hours between checkpoints. */
  checkpointIntervalHours: number;
  /** Hours from a fault to training again (detect, replace, reload). */
  restartHours: number;
}

/** Output of {@link interruptionOverhead}: a finite result, or why there is none. */
export type InterruptionOverhead =
  | {
      finishes: true;
      /** Wall-clock hours including lost work and restarts. */
      totalHours: number;
      /** Expected interruptions over the run. */
      interruptions: number;
      /** Hours lost to rework and restarts. */
      lostHours: number;
      /** Productive hours over total hours. */
      effectiveFraction: number;
    }
  | { finishes: false; reason: 'faults-outpace-progress' };

/**
 * Wall-clock time of a run with interruptions (see the module comment for the model).
 * @example
 * interruptionOverhead({ productiveHours: 1000, interruptionsPerDay: 7.76,
 *   checkpointIntervalHours: 0.5, restartHours: 0.25 }).effectiveFraction //=> ≈ 0.84
 */
export function interruptionOverhead(input: InterruptionInput): InterruptionOverhead {
  const where = 'interruptionOverhead';
  const productive = requireNonNegative(input.productiveHours, where, 'productiveHours');
  const perHour = requireNonNegative(input.interruptionsPerDay, where, 'interruptionsPerDay') / hoursPerDay;
  const lossPerInterruption =
    requireNonNegative(input.checkpointIntervalHours, where, 'checkpointIntervalHours') / 2 +
    requireNonNegative(input.restartHours, where, 'restartHours');
  const lostShare = perHour * lossPerInterruption;
  if (lostShare >= 1) return { finishes: false, reason: 'faults-outpace-progress' };
  const totalHours = productive / (1 - lostShare);
  return {
    finishes: true,
    totalHours,
    interruptions: perHour * totalHours,
    lostHours: totalHours - productive,
    effectiveFraction: 1 - lostShare,
  };
}
