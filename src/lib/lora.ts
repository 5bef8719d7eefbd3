/**
 * Size of LoRA adapters (Hu et al. 2021): each adapted d_out×d_in matrix W gets a trainable
 * update B·A with B d_out×r and A r×d_in (§4.1), so r·(d_in + d_out) parameters.
 */
import { attentionDims, type ModelShape } from './shapeDims';
import { requireCount, requireOneOf } from './validate';

/** Which matrices get LoRA adapters: query and value (Hu et al. 2021 §7.1), all four attention projections, or every linear layer of the blocks. */
export type LoraTargets = 'qv' | 'attention' | 'all-linear';

/**
 * Trainable parameters LoRA adds: r·(d_in + d_out) per adapted matrix (B is d_out×r, A is r×d_in;
 * Hu et al. 2021, §4.1), over every block.
 * @example loraAdapterParams({ shape: modelShapes['llama2-7b'].shape, rank: 8, targets: 'qv' }) //=> 4_194_304
 */
export function loraAdapterParams(input: { shape: ModelShape; rank: number; targets: LoraTargets }): number {
  const where = 'loraAdapterParams';
  const { shape } = input;
  const rank = requireCount(input.rank, where, 'rank');
  const d = requireCount(shape.dModel, where, 'shape.dModel');
  const { heads, kvHeads, qkHeadDim } = attentionDims(shape);
  const queryDim = heads * qkHeadDim;
  const kvDim = kvHeads * qkHeadDim;
  const ffnDim = shape.ffnDim ?? 4 * d;
  const adapter = (dIn: number, dOut: number) => rank * (dIn + dOut);
  const qv = adapter(d, queryDim) + adapter(d, kvDim);
  const attention = qv + adapter(d, kvDim) + adapter(queryDim, d);
  const ffn = (shape.gatedFfn === true ? 3 : 2) * adapter(d, ffnDim);
  const targets = requireOneOf(input.targets, ['qv', 'attention', 'all-linear'], where, 'targets');
  const perLayer = { qv, attention, 'all-linear': attention + ffn }[targets];
  return requireCount(shape.layers, where, 'shape.layers') * perLayer;
}
