/**
 * Training FLOPs per token: 6·N for the weights (Kaplan et al. 2020, §2.1: 2N forward, twice that
 * backward), with N the parameters a token uses (the active ones of a mixture of experts), plus
 * the attention over the context, which has no parameters.
 *
 * The attention term follows PaLM's definition of model FLOPs utilisation (Chowdhery et al. 2022,
 * App. B): 6N + 12·L·H·Q·T per token, for L layers of H heads of width Q and sequence length T —
 * the QKᵀ and AV products, 2·2·H·Q·T FLOPs per layer forward, tripled for the backward pass,
 * not halved for the causal mask. Heads whose queries and values differ in width (DeepSeek's
 * latent attention) count H·(Q_qk + Q_v) in place of 2·H·Q. Kaplan et al. (§2.1, Table 1) count
 * 2·n_layer·n_ctx·d_attn forward, half of it; papers that report MFU use PaLM's, so this library
 * does too and offers Kaplan's beside it.
 */
import { attendedTokens, attentionDims, type LocalAttention, type ModelShape } from './shapeDims';
import { requireCount, requireNonNegative } from './validate';

/** PaLM's count (no causal halving, the MFU that papers report) or Kaplan's (half of it). */
export type AttentionConvention = 'palm' | 'kaplan';

/** What decides attention's FLOPs per token. */
export interface AttentionShape {
  /** Transformer blocks L. */
  layers: number;
  /** Query heads H. */
  heads: number;
  /** Query and key width per head Q. */
  headDim: number;
  /** Value width per head; default `headDim`. */
  valueHeadDim?: number;
  /** Tokens per training sequence T. */
  sequenceLength: number;
  /** Layers attending only within a window: they count min(T, window) instead of T. */
  localAttention?: LocalAttention;
}

/** Input of {@link trainingFlops}. */
export interface TrainingFlopsInput {
  /** Parameters N used per token; for a mixture-of-experts model the *active* ones. */
  params: number;
  /** Training tokens D. */
  tokens: number;
  /** If given, adds attention over the sequence (see the module comment). */
  attention?: AttentionShape;
  /** Default `'palm'`. */
  convention?: AttentionConvention;
}

/** Forward-and-backward FLOPs per multiply-accumulate of one head-width pair: 3 passes × 2 FLOPs. */
const palmFactor = 6;

/**
 * Training FLOPs per token that attention over the context adds:
 * 6·H·(Q_qk + Q_v)·Σ_layers span (PaLM, App. B: 12·L·H·Q·T when every layer spans T), half of that
 * for Kaplan's convention. A local layer's span is min(T, window).
 * @example attentionFlopsPerToken({ layers: 96, heads: 96, headDim: 128, sequenceLength: 2048 }) //=> 2.899e10
 */
export function attentionFlopsPerToken(attention: AttentionShape, convention: AttentionConvention = 'palm'): number {
  const where = 'attentionFlopsPerToken';
  const layers = requireCount(attention.layers, where, 'layers');
  const heads = requireCount(attention.heads, where, 'heads');
  const headDim = requireCount(attention.headDim, where, 'headDim');
  const valueHeadDim = requireCount(attention.valueHeadDim ?? headDim, where, 'valueHeadDim');
  const span = requireCount(attention.sequenceLength, where, 'sequenceLength');
  const factor = convention === 'palm' ? palmFactor : palmFactor / 2;
  return factor * heads * (headDim + valueHeadDim) * attendedTokens({ layers, localAttention: attention.localAttention }, span);
}

/**
 * Training compute in FLOPs: (6·N + attention per token) × D. Without `attention`, 6·N·D
 * (Kaplan et al. 2020, §2.1, C ≈ 6NBS). See the module comment for the attention term.
 * @example trainingFlops({ params: 174.6e9, tokens: 300e9 }) //=> 3.1428e23
 */
export function trainingFlops(input: TrainingFlopsInput): number {
  const where = 'trainingFlops';
  const params = requireNonNegative(input.params, where, 'params');
  const tokens = requireNonNegative(input.tokens, where, 'tokens');
  const attention = input.attention === undefined ? 0 : attentionFlopsPerToken(input.attention, input.convention);
  return (6 * params + attention) * tokens;
}

/**
 * The attention shape of a model at a sequence length, from its configuration (head widths from
 * {@link attentionDims}, so latent attention and explicit head widths count right).
 * @example attentionShapeOf(modelShapes['llama3.1-70b'].shape, 8192).heads //=> 64
 */
export function attentionShapeOf(shape: ModelShape, sequenceLength: number): AttentionShape {
  const dims = attentionDims(shape);
  return {
    layers: shape.layers,
    heads: dims.heads,
    headDim: dims.qkHeadDim,
    valueHeadDim: dims.valueHeadDim,
    sequenceLength,
    ...(shape.localAttention === undefined ? {} : { localAttention: shape.localAttention }),
  };
}
