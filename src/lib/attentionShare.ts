/**
 * Training FLOPs per token of a dense transformer, split into the part that scales with the
 * parameters and the part attention adds as the context grows (Kaplan et al. 2020, §2.1 and
 * Table 1): forward 2·N + 2·n_layer·n_ctx·d_attn, backward twice the forward, so per token
 * 6·N + 6·n_layer·n_ctx·d_model with N the non-embedding parameters and d_attn = d_model.
 * PaLM (Chowdhery et al. 2022, App. B) counts the attention term without halving for the causal
 * mask, twice this one.
 */
import { countParameters, type ModelShape } from './parameters';
import { requireCount, requireNonNegative } from './validate';

/** Input of {@link flopsPerToken}. */
export interface FlopsPerTokenInput {
  /** Non-embedding parameters N (Kaplan et al. 2020, §2.1). */
  nonEmbeddingParams: number;
  /** Transformer blocks n_layer. */
  layers: number;
  /** Residual width d_model (= d_attn). */
  dModel: number;
  /** Tokens of context n_ctx. */
  contextLength: number;
}

/** Training FLOPs per token, by part. */
export interface FlopsPerToken {
  /** 6·N: the matrix multiplies with the weights (2 forward, 4 backward per parameter). */
  denseFlops: number;
  /** 6·n_layer·n_ctx·d_model: attention scores and their weighted sum over the context. */
  attentionFlops: number;
  totalFlops: number;
  /** attentionFlops / totalFlops, in [0, 1). */
  attentionShare: number;
}

/**
 * Training FLOPs per token (Kaplan et al. 2020, §2.1, Table 1; see the module comment).
 * Throws for non-integer or non-positive layers, width or context, or negative parameters.
 * @example flopsPerToken({ nonEmbeddingParams: 174.6e9, layers: 96, dModel: 12288, contextLength: 2048 }).attentionShare //=> 0.0137
 */
export function flopsPerToken(input: FlopsPerTokenInput): FlopsPerToken {
  const where = 'flopsPerToken';
  const params = requireNonNegative(input.nonEmbeddingParams, where, 'nonEmbeddingParams');
  const layers = requireCount(input.layers, where, 'layers');
  const dModel = requireCount(input.dModel, where, 'dModel');
  const contextLength = requireCount(input.contextLength, where, 'contextLength');
  const denseFlops = 6 * params;
  const attentionFlops = 6 * layers * contextLength * dModel;
  const totalFlops = denseFlops + attentionFlops;
  return { denseFlops, attentionFlops, totalFlops, attentionShare: attentionFlops / totalFlops };
}

/**
 * Non-embedding parameters of `shape` resized to `layers` blocks of width `dModel`, keeping its
 * ratios (feed-forward width, key/value heads, gating): each block's matrices are d×(c·d), so
 * a block's count scales with d² (Kaplan et al. 2020, Table 1: 2·d·(2·d_attn + d_ff) per layer);
 * norms (linear in d) are scaled the same way, an error below 0.01% at real widths.
 * Exact (equal to {@link countParameters}) when `layers` and `dModel` are the shape's own.
 * @example scaledNonEmbeddingParams(modelShapes['llama2-7b'].shape, { layers: 32, dModel: 4096 }) //=> 6_476_271_616
 */
export function scaledNonEmbeddingParams(shape: ModelShape, at: { layers: number; dModel: number }): number {
  const where = 'scaledNonEmbeddingParams';
  const layers = requireCount(at.layers, where, 'layers');
  const dModel = requireCount(at.dModel, where, 'dModel');
  const count = countParameters(shape);
  if (layers === shape.layers && dModel === shape.dModel) return count.nonEmbedding;
  const widthRatio = dModel / shape.dModel;
  return layers * count.perLayer.total * widthRatio ** 2 + (count.nonEmbedding - shape.layers * count.perLayer.total) * widthRatio;
}

/**
 * Context length at which attention costs as many FLOPs per token as the weights:
 * 6·n_layer·n_ctx·d_model = 6·N, so n_ctx = N / (n_layer·d_model) (Kaplan et al. 2020, §2.1,
 * who note the attention term matters only when n_ctx is large next to 12·d_model).
 * @example attentionParityContextLength({ nonEmbeddingParams: 6_476_271_616, layers: 32, dModel: 4096 }) //=> 49_410
 */
export function attentionParityContextLength(input: Omit<FlopsPerTokenInput, 'contextLength'>): number {
  const where = 'attentionParityContextLength';
  const params = requireNonNegative(input.nonEmbeddingParams, where, 'nonEmbeddingParams');
  return params / (requireCount(input.layers, where, 'layers') * requireCount(input.dModel, where, 'dModel'));
}
