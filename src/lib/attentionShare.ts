/**
 * Training FLOPs per token of a model, split into the part that scales with its parameters (6N)
 * and the part attention adds as the context grows (see `flops.ts` for both conventions), and the
 * context length at which the two are equal.
 */
import { attentionFlopsPerToken, type AttentionConvention, type AttentionShape } from './flops';
import { requireNonNegative } from './validate';

/** Input of {@link flopsPerToken}. */
export interface FlopsPerTokenInput {
  /** Parameters N a token multiplies (`countParameters(shape).activeMatmul`). */
  params: number;
  attention: AttentionShape;
  /** Default `'palm'`. */
  convention?: AttentionConvention;
}

/** Training FLOPs per token, by part. */
export interface FlopsPerToken {
  /** 6·N: the products with the weights (2 forward, 4 backward per parameter). */
  denseFlops: number;
  /** Attention scores and their weighted sum over the context. */
  attentionFlops: number;
  totalFlops: number;
  /** attentionFlops / totalFlops, in [0, 1). */
  attentionShare: number;
}

/**
 * Training FLOPs per token by part (Kaplan et al. 2020, §2.1; attention as PaLM App. B counts it).
 * @example flopsPerToken({ params: 174.6e9, attention: { layers: 96, heads: 96, headDim: 128, sequenceLength: 2048 } }).attentionShare //=> 0.0269
 */
export function flopsPerToken(input: FlopsPerTokenInput): FlopsPerToken {
  const denseFlops = 6 * requireNonNegative(input.params, 'flopsPerToken', 'params');
  const attentionFlops = attentionFlopsPerToken(input.attention, input.convention);
  const totalFlops = denseFlops + attentionFlops;
  return { denseFlops, attentionFlops, totalFlops, attentionShare: attentionFlops / totalFlops };
}

/**
 * Context length at which attention costs as many FLOPs per token as the weights (6·N), or
 * `undefined` when it never does (every layer attends within a window too short to get there).
 * With every layer global that is N / (L·H·(Q_qk + Q_v)) in PaLM's convention; Kaplan et al.
 * (§2.1) note the attention term matters only once the context is long next to 12·d_model.
 * @example attentionParityContextLength({ params: 6_476_271_616, attention: { layers: 32, heads: 32, headDim: 128, sequenceLength: 1 } }) //=> 24_705
 */
export function attentionParityContextLength(input: FlopsPerTokenInput): number | undefined {
  const target = 6 * requireNonNegative(input.params, 'attentionParityContextLength', 'params');
  const { localAttention } = input.attention;
  // FLOPs per token per token of span, for one layer.
  const perSpan = attentionFlopsPerToken({ ...input.attention, layers: 1, sequenceLength: 1, localAttention: undefined }, input.convention);
  const layers = input.attention.layers;
  const localLayers = localAttention?.layers ?? 0;
  const window = localAttention?.windowTokens ?? Infinity;
  const allLayers = target / (perSpan * layers);
  if (allLayers <= window) return Math.round(allLayers);
  const globalLayers = layers - localLayers;
  if (globalLayers === 0) return undefined;
  return Math.round((target / perSpan - localLayers * window) / globalLayers);
}
