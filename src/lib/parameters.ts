/**
 * Parameter count of a decoder-only transformer from its released configuration, in total and
 * per token (active), by part: embeddings, attention, feed-forward and norms.
 *
 * - Attention: queries `heads × headDim` wide, keys and values `kvHeads × headDim` (multi-head,
 *   grouped-query or multi-query attention; Ainslie et al. 2023, §2), and an output projection;
 *   `headDim` need not be d_model / heads (Gemma 2: Gemma Team 2024, Table 1). Or DeepSeek's
 *   multi-head latent attention (MLA; DeepSeek-AI 2024, DeepSeek-V2 §2.1), which projects keys and
 *   values down to a latent of `kvRank` values and back up per head.
 * - Feed-forward: two matrices, three when gated (SwiGLU, Shazeer 2020). A mixture of experts
 *   replaces it in all but `denseLayers` layers by `experts` routed experts of width
 *   `expertFfnDim`, `sharedExperts` always-on experts and a d_model × experts router; each token
 *   uses `expertsPerToken` routed experts (Fedus et al. 2021; DeepSeek-V3 §2.1.2).
 * - Norms: one d-vector (RMSNorm) or two (LayerNorm) before and/or after each sub-layer, on
 *   queries and keys, and one at the end.
 *
 * Kaplan et al. 2020 (§2.1, Table 1) count the same matrices for GPT: 12·n_layer·d² without
 * embeddings, biases and norms.
 */
import { attentionDims, moeLayerCount, normsPerBlock, type ModelShape } from './shapeDims';
import { requireCount } from './validate';

export type { BiasPlacement, LatentAttention, LocalAttention, MixtureOfExperts, ModelShape, NormKind, NormPlacement, QkNorm } from './shapeDims';

/** Result of {@link countParameters}. Every count is exact (an integer). */
export interface ParameterCount {
  /** All parameters: what the checkpoint stores and training holds. */
  total: number;
  /**
   * Parameters a token passes through: the total without the routed experts a token does not
   * use (equal to `total` for a dense model). Both embedding tables are counted, as Mistral AI
   * counts Mixtral's 12.9B active.
   */
  active: number;
  /**
   * Active parameters that multiply a token's activations: `active` without the input-embedding
   * lookup and learned positions (a table read, not a product). The untied output projection is a
   * product and stays. 2 × this is the forward FLOPs per token.
   */
  activeMatmul: number;
  /** Token embedding, learned positions and, when untied, the output projection. */
  embedding: number;
  /** Everything but the embeddings (Kaplan et al. 2020's N, plus norms and biases). */
  nonEmbedding: number;
  /** Q, K, V and output projections, latent projections and their biases, over all layers. */
  attention: number;
  /** Feed-forward matrices, experts, shared experts, routers and their biases, over all layers. */
  ffn: number;
  /** Norm gains (and LayerNorm biases) in every layer and the final norm. */
  norms: number;
  /** Parameters in routed experts, all of them (a share of `ffn`); expert parallelism splits these. */
  routedExperts: number;
}

/**
 * Counts the parameters of a decoder-only transformer (formulas in the module comment). Throws for
 * a shape that cannot exist (see `shapeProblem` for the message a calculator shows instead).
 * @example countParameters(modelShapes['llama2-7b'].shape).total //=> 6_738_415_616
 * @example countParameters(modelShapes['mixtral-8x7b'].shape).active //=> 12_879_925_248
 */
export function countParameters(shape: ModelShape): ParameterCount {
  const where = 'countParameters';
  const layers = requireCount(shape.layers, where, 'layers');
  const d = requireCount(shape.dModel, where, 'dModel');
  const vocab = requireCount(shape.vocab, where, 'vocab');
  const dims = attentionDims(shape);
  const normSize = (shape.norm ?? 'rmsnorm') === 'layernorm' ? 2 : 1;
  const biases = shape.biases ?? 'none';

  const attentionPerLayer = attentionParams(shape, dims, biases, normSize);
  const gated = shape.gatedFfn === true ? 3 : 2;
  const denseFfn = (width: number) => gated * d * width + (biases === 'all' ? (gated - 1) * width + d : 0);
  const ffnDim = requireCount(shape.ffnDim ?? 4 * d, where, 'ffnDim');
  const moeLayers = moeLayerCount(shape);
  const moe = shape.mixtureOfExperts;
  let moeLayerFfn = 0;
  let routedPerLayer = 0;
  let unusedPerLayer = 0;
  if (moe !== undefined) {
    const expert = denseFfn(requireCount(moe.expertFfnDim, where, 'mixtureOfExperts.expertFfnDim'));
    const experts = requireCount(moe.experts, where, 'mixtureOfExperts.experts');
    const router = d * experts + (moe.routerBias === true ? experts : 0);
    routedPerLayer = experts * expert;
    const perToken = requireCount(moe.expertsPerToken, where, 'mixtureOfExperts.expertsPerToken');
    if (perToken > experts) {
      throw new RangeError(`${where}: expected expertsPerToken ≤ experts (${experts}), received ${perToken}`);
    }
    unusedPerLayer = (experts - perToken) * expert;
    moeLayerFfn = routedPerLayer + requireCount(moe.sharedExperts, where, 'mixtureOfExperts.sharedExperts', 0) * expert + router;
  }
  const attention = layers * attentionPerLayer;
  const ffn = (layers - moeLayers) * denseFfn(ffnDim) + moeLayers * moeLayerFfn;
  const norms = (layers * normsPerBlock(shape) + 1) * normSize * d;

  const positions = shape.learnedPositions === true ? requireCount(shape.contextLength ?? NaN, where, 'contextLength') * d : 0;
  const table = vocab * d;
  const embedding = table * (shape.tiedEmbeddings === true ? 1 : 2) + positions;
  const nonEmbedding = attention + ffn + norms;
  const total = embedding + nonEmbedding;
  const active = total - moeLayers * unusedPerLayer;
  // The tied table is used once, as the output product; an untied input table is only looked up.
  const lookedUp = (shape.tiedEmbeddings === true ? 0 : table) + positions;
  return {
    total,
    active,
    activeMatmul: active - lookedUp,
    embedding,
    nonEmbedding,
    attention,
    ffn,
    norms,
    routedExperts: moeLayers * routedPerLayer,
  };
}

/** One layer's attention parameters, with QK-norm gains and biases. */
function attentionParams(
  shape: ModelShape,
  dims: ReturnType<typeof attentionDims>,
  biases: NonNullable<ModelShape['biases']>,
  normSize: number,
): number {
  const d = shape.dModel;
  const { heads, kvHeads, qkHeadDim, valueHeadDim } = dims;
  const latent = shape.latentAttention;
  if (latent !== undefined) {
    const queryRank = latent.queryRank;
    const queries = queryRank > 0 ? d * queryRank + queryRank * normSize + queryRank * heads * qkHeadDim : d * heads * qkHeadDim;
    const keysValues =
      d * (latent.kvRank + latent.qkRopeHeadDim) + latent.kvRank * normSize + latent.kvRank * heads * (latent.qkNopeHeadDim + valueHeadDim);
    return queries + keysValues + heads * valueHeadDim * d;
  }
  const queryWidth = heads * qkHeadDim;
  const kvWidth = kvHeads * qkHeadDim;
  const projections = 2 * d * queryWidth + 2 * d * kvWidth;
  const biasCount = biases === 'none' ? 0 : queryWidth + 2 * kvWidth + (biases === 'all' ? d : 0);
  const qkNorm = shape.qkNorm ?? 'none';
  const qkNormCount = qkNorm === 'full-width' ? queryWidth + kvWidth : qkNorm === 'per-head' ? 2 * qkHeadDim : 0;
  return projections + biasCount + qkNormCount * normSize;
}
