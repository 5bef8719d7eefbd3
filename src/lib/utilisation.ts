/**
 * Utilisation implied by a published run: the share of the accelerators' dense peak that the
 * run's model FLOPs would have used over its published accelerator-hours.
 */
import { trainingFlops, type AttentionShape } from './flops';
import { secondsPerHour } from './units';
import { requirePositive } from './validate';

/** Input of {@link impliedUtilisation}. */
export interface ImpliedUtilisationInput {
  /** Parameters N (active ones for mixture-of-experts). */
  params: number;
  /** Training tokens D. */
  tokens: number;
  /** Published accelerator-hours (GPU-hours, TPU chip-hours). */
  acceleratorHours: number;
  /** Dense peak FLOP/s of one accelerator. */
  peakFlops: number;
  /** The run's attention shape: adds attention in PaLM's convention (`trainingFlops`), as reported MFU does. */
  attention?: AttentionShape;
}

/**
 * Implied utilisation = 6·N·D / (accelerator-hours × 3600 × dense peak), a fraction of 1; with
 * `attention`, (6·N + 12·L·H·Q·T)·D on top, PaLM's model FLOPs (App. B), so the result is the same
 * quantity as the MFU papers report. Compute by Kaplan et al. 2020 §2.1; the ratio is PaLM's MFU (Chowdhery et al. 2022, §4.1) taken
 * over the published hours. Those hours include restarts and evaluation, so this is an
 * *effective* utilisation, below the steady-state MFU a paper may report.
 *
 * Llama 2 7B (Touvron et al. 2023b, Table 2: 184,320 A100-80GB hours, 2T tokens): ≈ 39.1%.
 * @example
 * impliedUtilisation({ params: 6.74e9, tokens: 2e12, acceleratorHours: 184_320,
 *   peakFlops: 312e12 }) //=> 0.3907 (≈ 39.1%; 40.6% if N is rounded to 7B)
 */
export function impliedUtilisation(input: ImpliedUtilisationInput): number {
  const where = 'impliedUtilisation';
  const hours = requirePositive(input.acceleratorHours, where, 'acceleratorHours');
  const peakFlops = requirePositive(input.peakFlops, where, 'peakFlops');
  return trainingFlops(input) / (hours * secondsPerHour * peakFlops);
}
