/**
 * Implied utilisation of published training runs, for the hardware and method pages: how far
 * below datasheet peak real runs land.
 */
import { getAccelerator } from './accelerators';
import type { Band } from './assumptions';
import { runAttentionShape } from './runAttention';
import type { TrainingRun } from './runs/types';
import { impliedUtilisation } from './utilisation';
import { requirePositive } from './validate';

/**
 * Training tokens a published compute budget implies: D = C ÷ (6 · N), Kaplan et al. 2020's
 * C ≈ 6·N·D (§2.1) solved for D. For a run that publishes its compute and size but not its data.
 * @throws RangeError when either input is not a positive finite number.
 * @example tokensFromCompute({ trainingFlops: 3.14e23, params: 174.6e9 }) //=> 2.997e11 (GPT-3's 300B)
 */
export function tokensFromCompute(input: { trainingFlops: number; params: number }): number {
  const where = 'tokensFromCompute';
  return requirePositive(input.trainingFlops, where, 'trainingFlops') / (6 * requirePositive(input.params, where, 'params'));
}

/**
 * The utilisation a run's published figures imply (see {@link impliedUtilisation}), or
 * `undefined` when the run does not publish parameters, tokens, accelerator-hours and a
 * catalogued accelerator.
 * Attention counts as PaLM counts it when the run's shape is published (`runAttention`).
 * LLaMA 65B (65.2B parameters, 1.4T tokens, 1,022,362 A100-80GB hours; 80 layers of 64 heads ×
 * 128 at 2,048 tokens; Touvron et al. 2023, Tables 2 and 15) ≈ 49.7%.
 * @example runImpliedUtilisation(getTrainingRun('llama-65b')) //=> 0.4966…
 */
export function runImpliedUtilisation(run: TrainingRun): number | undefined {
  if (!run.params || !run.tokens || !run.acceleratorHours || !run.accelerator) return undefined;
  return impliedUtilisation({
    params: run.params.value,
    tokens: run.tokens.value,
    acceleratorHours: run.acceleratorHours.value,
    peakFlops: getAccelerator(run.accelerator).peakFlops,
    attention: runAttentionShape(run.id),
  });
}

/**
 * Lowest and highest implied utilisation over the runs that publish enough to compute one, and
 * how many did; `undefined` when none does.
 * @example impliedUtilisationRange(trainingRuns)?.count //=> 24
 */
export function impliedUtilisationRange(
  runs: readonly TrainingRun[],
): (Band & { count: number }) | undefined {
  const values = runs.map(runImpliedUtilisation).filter((u): u is number => u !== undefined);
  if (values.length === 0) return undefined;
  return { low: Math.min(...values), high: Math.max(...values), count: values.length };
}
