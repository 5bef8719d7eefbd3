/**
 * Where a decoder-only transformer's parameters live, summed over the whole model: embeddings,
 * attention, feed-forward and normalisation, from the per-block counts of {@link countParameters}.
 */
import { countParameters, type ModelShape } from './parameters';

/** Parameters of a whole model by part; the four parts sum exactly to `total`. */
export interface ParameterBreakdown {
  /** Token embedding, learned positions and, when untied, the output projection. */
  embedding: number;
  /** Q, K, V and O projections (and their biases) of every block. */
  attention: number;
  /** Feed-forward matrices (and biases) of every block: two per block, three when gated. */
  ffn: number;
  /** Two norms per block plus the final norm (gains, and biases for LayerNorm). */
  norms: number;
  total: number;
}

/**
 * Parameters of a whole model by part: `layers` × each block's attention, feed-forward and
 * norms, the final norm, and the embeddings (formulas in `parameters.ts`). Throws for an
 * impossible shape, like {@link countParameters}.
 * @example parameterBreakdown(modelShapes['llama2-7b'].shape).embedding //=> 262_144_000
 */
export function parameterBreakdown(shape: ModelShape): ParameterBreakdown {
  const count = countParameters(shape);
  const attention = shape.layers * count.perLayer.attention;
  const ffn = shape.layers * count.perLayer.ffn;
  return {
    embedding: count.embedding,
    attention,
    ffn,
    norms: count.nonEmbedding - attention - ffn,
    total: count.total,
  };
}

/** Why a shape cannot exist, pinned to the field a reader should fix. */
export interface ShapeProblem {
  field: 'heads' | 'kvHeads' | 'contextLength';
  message: string;
}

/**
 * The first reason `shape` cannot exist, or `null`: heads must divide the width (each head gets
 * d_model / heads channels), key/value heads must divide the query heads (grouped-query attention,
 * Ainslie et al. 2023), and learned positions need a context length. A calculator shows it at the
 * field instead of letting {@link countParameters} throw.
 * @example shapeProblem({ layers: 2, dModel: 100, heads: 3, vocab: 10 })?.field //=> 'heads'
 */
export function shapeProblem(shape: ModelShape): ShapeProblem | null {
  const kvHeads = shape.kvHeads ?? shape.heads;
  if (shape.dModel % shape.heads !== 0) {
    return { field: 'heads', message: `${shape.heads} heads do not divide the width ${shape.dModel}` };
  }
  if (shape.heads % kvHeads !== 0) {
    return { field: 'kvHeads', message: `${kvHeads} key-value heads do not divide ${shape.heads} query heads` };
  }
  if (shape.learnedPositions === true && !(Number.isInteger(shape.contextLength) && (shape.contextLength ?? 0) >= 1)) {
    return { field: 'contextLength', message: 'Learned positions need a context length' };
  }
  return null;
}
