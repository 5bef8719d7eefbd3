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
