/**
 * How well the 6·N·D estimate reproduces published runs: for every run that publishes its size,
 * data, catalogued hardware and accelerator-hours, the hours the estimator predicts at a
 * utilisation band against the hours the developer published.
 *
 * Estimated hours = 6·N·D / (dense peak × MFU × 3600) (Kaplan et al. 2020 §2.1; PaLM §4.1).
 * Implied utilisation = 6·N·D / (published hours × 3600 × dense peak): the MFU at which the
 * estimate equals the published hours. Published hours include restarts, evaluation and idle
 * time, so the implied utilisation is a floor on the run's steady-state MFU.
 */
import type { AcceleratorId } from './accelerators';
import type { Band } from './assumptions';
import { runAttentionShape } from './runAttention';
import type { TrainingRun } from './runs/types';
import { estimateTraining, peakFlopsOf } from './training';
import { impliedUtilisation } from './utilisation';

/** One row of the validation table. */
export interface ValidationRow {
  runId: string;
  name: string;
  accelerator: AcceleratorId;
  /** Published accelerator-hours. */
  publishedHours: number;
  /** 6·N·D / (published hours × 3600 × dense peak), a fraction of 1. */
  impliedUtilisation: number;
  /** Estimated accelerator-hours across the band: `low` at its high MFU, `high` at its low MFU. */
  estimatedHours: Band;
  /** Estimated hours at the run's implied utilisation (equals `publishedHours` up to rounding). */
  estimatedHoursAtImplied: number;
  /** estimatedHours / publishedHours, both ends. */
  ratio: Band;
}

/**
 * Validation rows for the runs that publish params, tokens, a catalogued accelerator and hours,
 * in the order given. `mfu` is the utilisation band to estimate at (e.g. the shared default,
 * 30–50%). Price plays no part: hours are compared, not dollars.
 * @example
 * validationRows(trainingRuns, { low: 0.3, high: 0.5 })
 *   .find((row) => row.runId === 'llama-2-7b')?.impliedUtilisation //=> 0.3907
 */
export function validationRows(runs: readonly TrainingRun[], mfu: Band): ValidationRow[] {
  if (!(mfu.low > 0 && mfu.high <= 1 && mfu.low <= mfu.high)) {
    throw new RangeError(`validationRows: expected 0 < mfu.low ≤ mfu.high ≤ 1, received ${mfu.low}–${mfu.high}`);
  }
  const rows: ValidationRow[] = [];
  for (const run of runs) {
    const { params, tokens, accelerator, acceleratorHours } = run;
    if (!params || !tokens || !accelerator || !acceleratorHours) continue;
    const publishedHours = acceleratorHours.value;
    const implied = impliedUtilisation({
      params: params.value,
      tokens: tokens.value,
      acceleratorHours: publishedHours,
      peakFlops: peakFlopsOf(accelerator),
      attention: runAttentionShape(run.id),
    });
    const hoursAt = (utilisation: number) =>
      estimateTraining({
        params: params.value,
        tokens: tokens.value,
        attention: runAttentionShape(run.id),
        accelerator,
        count: 1,
        mfu: utilisation,
        pricePerHour: 0,
      }).acceleratorHours;
    const estimatedHours = { low: hoursAt(mfu.high), high: hoursAt(mfu.low) };
    rows.push({
      runId: run.id,
      name: run.name,
      accelerator,
      publishedHours,
      impliedUtilisation: implied,
      estimatedHours,
      // An implied utilisation above 1 (a run faster than peak) cannot be estimated at: clamp it.
      estimatedHoursAtImplied: hoursAt(Math.min(implied, 1)),
      ratio: { low: estimatedHours.low / publishedHours, high: estimatedHours.high / publishedHours },
    });
  }
  return rows;
}
