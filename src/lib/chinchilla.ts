/**
 * Compute-optimal model size and data (Hoffmann et al. 2022, "Chinchilla") and the loss a
 * fitted scaling law predicts.
 *
 * The rule used for sizing is the simple one the paper's Table 3 reads off and Transformer Math
 * 101 (EleutherAI 2023) states: D ≈ 20·N tokens, with C = 6·N·D (Kaplan et al. 2020 §2.1), so
 * C = 120·N² and N = √(C/120).
 *
 * Why not the closed form of the paper's Approach 3 (§3.3, eq. 4)? With the constants Hoffmann et
 * al. print (E 1.69, A 406.4, B 410.7, α 0.34, β 0.28) that optimum lands near 90 tokens per
 * parameter at Chinchilla's own budget, contradicting their Approaches 1 and 2 and the 20:1 the
 * model was trained at. Besiroglu et al. 2024 (arXiv 2404.10102) refit the paper's data and found
 * the printed constants do not fit it; their refit gives ≈ 20 tokens per parameter. The refit is
 * the default for {@link predictedLoss}; both fits are exported so an article can show the gap.
 */
import type { Citation } from './sources';
import { requireNonNegative, requirePositive } from './validate';

/**
 * Tokens per parameter of a compute-optimal run (Hoffmann et al. 2022, Table 3; Transformer Math 101).
 * @example chinchillaTokensPerParam //=> 20
 */
export const chinchillaTokensPerParam = 20;

/** A fitted loss law L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, eq. 2). */
export interface LossFit {
  /** Irreducible loss (nats per token). */
  e: number;
  a: number;
  b: number;
  alpha: number;
  beta: number;
  citation: Citation;
}

/** Ids of the fits in {@link lossFits}. */
export type LossFitId = 'hoffmann-2022-printed' | 'besiroglu-2024-refit';

/**
 * The printed Chinchilla fit and Epoch's refit of the same data.
 * @example lossFits['besiroglu-2024-refit'].alpha //=> 0.3478
 */
export const lossFits: Record<LossFitId, LossFit> = {
  'hoffmann-2022-printed': {
    e: 1.69,
    a: 406.4,
    b: 410.7,
    alpha: 0.34,
    beta: 0.28,
    citation: { source: 'hoffmann-2022-chinchilla', locator: '§3.3, eq. 4 and the fitted values below it' },
  },
  'besiroglu-2024-refit': {
    e: 1.8172,
    a: 482.01,
    b: 2085.43,
    alpha: 0.3478,
    beta: 0.3658,
    citation: { source: 'besiroglu-2024-chinchilla-replication', locator: 'refit of Approach 3' },
  },
};

/** A model size and a token count. */
export interface Allocation {
  params: number;
  tokens: number;
}

/**
 * Compute-optimal parameters and tokens for a FLOP budget by the 20-tokens-per-parameter rule:
 * N = √(C / 120), D = 20·N (see the module comment for why this rule).
 * @example chinchillaOptimal({ flops: 5.88e23 }) //=> { params: 7e10, tokens: 1.4e12 }
 */
export function chinchillaOptimal(input: { flops: number }): Allocation {
  const flops = requireNonNegative(input.flops, 'chinchillaOptimal', 'flops');
  const params = Math.sqrt(flops / (6 * chinchillaTokensPerParam));
  return { params, tokens: chinchillaTokensPerParam * params };
}

/**
 * Loss in nats per token predicted by a fit: E + A/N^α + B/D^β (Hoffmann et al. 2022, eq. 2).
 * Default fit: Epoch's refit (Besiroglu et al. 2024).
 * @example predictedLoss({ params: 70e9, tokens: 1.4e12 }) //=> 1.974 (Chinchilla)
 */
export function predictedLoss(input: Allocation & { fit?: LossFit }): number {
  const where = 'predictedLoss';
  const params = requirePositive(input.params, where, 'params');
  const tokens = requirePositive(input.tokens, where, 'tokens');
  const { e, a, b, alpha, beta } = input.fit ?? lossFits['besiroglu-2024-refit'];
  return e + a / params ** alpha + b / tokens ** beta;
}

/**
 * The loss-minimising allocation for a budget under a fit, in closed form (Hoffmann et al. 2022,
 * §3.3, eq. 4): N = G·(C/6)^(β/(α+β)), D = (C/6)/N, G = (αA / (βB))^(1/(α+β)).
 * @example
 * const { params, tokens } = lossOptimalAllocation({ flops: 5.76e23, fit: lossFits['hoffmann-2022-printed'] });
 * tokens / params //=> ≈ 93
 */
export function lossOptimalAllocation(input: { flops: number; fit?: LossFit }): Allocation {
  const flops = requirePositive(input.flops, 'lossOptimalAllocation', 'flops');
  const { a, b, alpha, beta } = input.fit ?? lossFits['besiroglu-2024-refit'];
  const g = ((alpha * a) / (beta * b)) ** (1 / (alpha + beta));
  const params = g * (flops / 6) ** (beta / (alpha + beta));
  return { params, tokens: flops / 6 / params };
}
