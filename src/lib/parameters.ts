/**
 * Parameter count of a decoder-only transformer from its shape: embeddings, attention (with
 * grouped-query attention), feed-forward (plain or gated), norms and biases.
 *
 * Per block: attention Q and O are d×d; K and V are d×(kvHeads·d/heads) (grouped-query attention,
 * Ainslie et al. 2023, as in Llama 2 70B: Touvron et al. 2023b §2.2); the feed-forward is two
 * d×f matrices, or three for a gated unit (SwiGLU, Shazeer 2020; Llama: Touvron et al. 2023 §2).
 * Kaplan et al. 2020 (§2.1, Table 1) count the same matrices: N ≈ 2·d·n_layer·(2·d_attn + d_ff)
 * = 12·n_layer·d² for d_ff = 4d, without embeddings, biases and norms.
 */
import { requireCount, requireOneOf } from './validate';

/** Which normalisation a block uses: LayerNorm has a gain and a bias, RMSNorm only a gain. */
export type NormKind = 'layernorm' | 'rmsnorm';

/** Shape of a decoder-only transformer. */
export interface ModelShape {
  /** Transformer blocks (n_layer). */
  layers: number;
  /** Residual width (d_model). */
  dModel: number;
  /** Query heads; must divide `dModel`. */
  heads: number;
  /** Key/value heads for grouped-query attention; must divide `heads`. Default: `heads` (MHA). */
  kvHeads?: number;
  /** Feed-forward inner width (d_ff). Default: 4 × `dModel` (GPT-2, GPT-3). */
  ffnDim?: number;
  /** Gated feed-forward (SwiGLU: three matrices). Default `false`. */
  gatedFfn?: boolean;
  /** Vocabulary size. */
  vocab: number;
  /** Output projection shares the token embedding. Default `false` (Llama); GPT-2/3 tie. */
  tiedEmbeddings?: boolean;
  /** Context length; needed only with `learnedPositions`. */
  contextLength?: number;
  /** Learned absolute position embeddings (GPT-2/3). Default `false` (rotary: no parameters). */
  learnedPositions?: boolean;
  /** Biases on every linear layer (GPT-2/3). Default `false` (Llama). */
  biases?: boolean;
  /** Normalisation. Default `'rmsnorm'` (Llama); GPT-2/3 use `'layernorm'`. */
  norm?: NormKind;
}

/** Parameters in one transformer block, by part. */
export interface BlockParameters {
  attention: number;
  ffn: number;
  norms: number;
  total: number;
}

/** Result of {@link countParameters}. */
export interface ParameterCount {
  /** All parameters. */
  total: number;
  /** Token embedding, learned positions and, when untied, the output projection. */
  embedding: number;
  /** Everything else: the blocks and the final norm (Kaplan et al. 2020's N, plus norms). */
  nonEmbedding: number;
  /** One block's parameters (all blocks are identical). */
  perLayer: BlockParameters;
}

/**
 * Counts the parameters of a decoder-only transformer (see the module comment for the formulas).
 * Throws for a shape that cannot exist (heads not dividing `dModel`, kvHeads not dividing `heads`,
 * learned positions without a context length).
 * @example countParameters(modelShapes['llama2-7b'].shape).total //=> 6_738_415_616
 */
export function countParameters(shape: ModelShape): ParameterCount {
  const where = 'countParameters';
  const layers = requireCount(shape.layers, where, 'layers');
  const d = requireCount(shape.dModel, where, 'dModel');
  const heads = requireCount(shape.heads, where, 'heads');
  const kvHeads = requireCount(shape.kvHeads ?? heads, where, 'kvHeads');
  const ffnDim = requireCount(shape.ffnDim ?? 4 * d, where, 'ffnDim');
  const vocab = requireCount(shape.vocab, where, 'vocab');
  const norm = requireOneOf(shape.norm ?? 'rmsnorm', ['layernorm', 'rmsnorm'], where, 'norm');
  if (d % heads !== 0 || heads % kvHeads !== 0) {
    throw new RangeError(
      `${where}: expected heads to divide dModel and kvHeads to divide heads, received dModel ${d}, heads ${heads}, kvHeads ${kvHeads}`,
    );
  }
  const bias = shape.biases === true ? 1 : 0;
  const kvDim = (d / heads) * kvHeads;
  const attention = 2 * d * d + 2 * d * kvDim + bias * (2 * d + 2 * kvDim);
  const ffnMatrices = shape.gatedFfn === true ? 3 : 2;
  const ffn = ffnMatrices * d * ffnDim + bias * ((ffnMatrices - 1) * ffnDim + d);
  const oneNorm = norm === 'layernorm' ? 2 * d : d;
  const perLayer = { attention, ffn, norms: 2 * oneNorm, total: attention + ffn + 2 * oneNorm };

  let positions = 0;
  if (shape.learnedPositions === true) {
    positions = requireCount(shape.contextLength ?? NaN, where, 'contextLength') * d;
  }
  const embedding = vocab * d * (shape.tiedEmbeddings === true ? 1 : 2) + positions;
  const nonEmbedding = layers * perLayer.total + oneNorm;
  return { total: embedding + nonEmbedding, embedding, nonEmbedding, perLayer };
}
