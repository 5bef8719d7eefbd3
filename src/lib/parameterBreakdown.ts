/**
 * Where a decoder-only transformer's parameters live, summed over the whole model, and why a shape
 * a reader typed cannot exist.
 */
import { countParameters } from './parameters';
import type { ModelShape } from './shapeDims';

/** Parameters of a whole model by part; the four parts sum exactly to `total`. */
export interface ParameterBreakdown {
  /** Token embedding, learned positions and, when untied, the output projection. */
  embedding: number;
  /** Attention projections (and their biases and QK norms) of every block. */
  attention: number;
  /** Feed-forward matrices, experts and routers (and biases) of every block. */
  ffn: number;
  /** Block norms and the final norm (gains, and biases for LayerNorm). */
  norms: number;
  total: number;
}

/**
 * Parameters of a whole model by part (formulas in `parameters.ts`). Throws for an impossible
 * shape, like {@link countParameters}.
 * @example parameterBreakdown(modelShapes['llama2-7b'].shape).embedding //=> 262_144_000
 */
export function parameterBreakdown(shape: ModelShape): ParameterBreakdown {
  const { embedding, attention, ffn, norms, total } = countParameters(shape);
  return { embedding, attention, ffn, norms, total };
}

/** Why a shape cannot exist, pinned to the field a reader should fix. */
export interface ShapeProblem {
  field: 'heads' | 'kvHeads' | 'contextLength' | 'expertsPerToken' | 'denseLayers';
  message: string;
}

/**
 * The first reason `shape` cannot exist, or `null`: heads must divide the width unless a head
 * width is given, key/value heads must divide the query heads (grouped-query attention, Ainslie
 * et al. 2023), learned positions need a context length, a token cannot use more experts than a
 * layer has, and a model cannot have more dense layers than layers. A calculator shows it at the
 * field instead of letting {@link countParameters} throw.
 * @example shapeProblem({ layers: 2, dModel: 100, heads: 3, vocab: 10 })?.field //=> 'heads'
 */
export function shapeProblem(shape: ModelShape): ShapeProblem | null {
  const kvHeads = shape.kvHeads ?? shape.heads;
  if (shape.headDim === undefined && shape.latentAttention === undefined && shape.dModel % shape.heads !== 0) {
    return { field: 'heads', message: `${shape.heads} heads do not divide the width ${shape.dModel}` };
  }
  if (shape.latentAttention === undefined && shape.heads % kvHeads !== 0) {
    return { field: 'kvHeads', message: `${kvHeads} key-value heads do not divide ${shape.heads} query heads` };
  }
  if (shape.learnedPositions === true && !(Number.isInteger(shape.contextLength) && (shape.contextLength ?? 0) >= 1)) {
    return { field: 'contextLength', message: 'Learned positions need a context length' };
  }
  const moe = shape.mixtureOfExperts;
  if (moe !== undefined && moe.expertsPerToken > moe.experts) {
    return { field: 'expertsPerToken', message: `A token cannot use ${moe.expertsPerToken} of ${moe.experts} experts` };
  }
  if (moe !== undefined && moe.denseLayers > shape.layers) {
    return { field: 'denseLayers', message: `${moe.denseLayers} dense layers are more than the ${shape.layers} layers` };
  }
  return null;
}
