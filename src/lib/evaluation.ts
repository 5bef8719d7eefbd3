/**
 * Compute of evaluating a model: a forward pass only, ≈ 2·N FLOPs per token (Kaplan et al. 2020,
 * §2.1: the forward pass costs 2N of the 6N per training token). Held-out loss and benchmark runs
 * therefore cost a third of training per token processed.
 */
import { requireNonNegative } from './validate';

/** Input of {@link evaluationFlops}. */
export interface EvaluationInput {
  /** Parameters active per token. */
  params: number;
  /** Tokens passed through the model (prompts and scored answers). */
  tokens: number;
}

/**
 * Forward-only FLOPs: 2 × N × tokens (Kaplan et al. 2020, §2.1).
 * @example evaluationFlops({ params: 65.2e9, tokens: 1e9 }) //=> 1.304e20
 */
export function evaluationFlops(input: EvaluationInput): number {
  return (
    2 *
    requireNonNegative(input.params, 'evaluationFlops', 'params') *
    requireNonNegative(input.tokens, 'evaluationFlops', 'tokens')
  );
}
