/**
 * Activation memory of training, per device: what the forward pass keeps for the backward pass.
 *
 * Korthikanti et al. 2022 (§4.1, eq. 1) count, per layer of a GPT block in 16-bit with dropout,
 * s·b·h·(34 + 5·a·s/h) bytes for sequence length s, micro-batch b, width h and a heads. By part:
 * attention 11·sbh (QKV input 2, Q and K 4, V 2, output-projection input 2, dropout mask 1) plus
 * the score matrices 5·a·s²·b (softmax output 2, its dropout mask 1 and output 2); feed-forward
 * 19·sbh (input 2, the 4h-wide GeLU input 8 and second-linear input 8, dropout mask 1); two
 * norm inputs 4·sbh. This module keeps that accounting and generalises each term to the shape:
 *
 * - Q, K, V and output widths from the heads (grouped-query and latent attention shrink K and V);
 * - the feed-forward's width; a gated unit keeps four d_ff-wide tensors (the input of the output
 *   projection and three for the activation, as the Ultra-Scale Playbook's memory widget counts
 *   SwiGLU); a mixture of experts sends each token through k experts and the shared ones;
 * - no dropout masks for models trained without dropout (Llama and its successors);
 * - FlashAttention (Dao et al. 2022, §3.1) never stores the s×s score matrices: it keeps only the
 *   output and the softmax statistics, one fp32 value per head and token, and recomputes the
 *   scores in the backward pass;
 * - tensor parallelism t divides what lies inside the parallel region; sequence parallelism also
 *   the rest (Korthikanti eqs. 2–3: sbh·(10 + 24/t + 5as/(ht)), and sbh·(34 + 5as/h)/t);
 * - selective recomputation drops the score matrices; full recomputation keeps each layer's
 *   input, 2·sbh (Korthikanti §5);
 * - with pipeline parallelism the first stage holds p micro-batches of L/p layers each, so the
 *   per-device total is the same as for L layers (Korthikanti §4.2.3);
 * - the logits, in fp32 for the loss, 4·s·b·V split t ways by a vocabulary-parallel output
 *   (Korthikanti §4.3), when the vocabulary is given.
 */
import { attentionDims, moeLayerCount, normsPerBlock, type ModelShape } from './shapeDims';
import { requireCount, requireOneOf } from './validate';

/** Activation recomputation (Korthikanti et al. 2022). */
export type Recomputation = 'none' | 'selective' | 'full';

/** The shape and batch activation memory depends on. Defaults are GPT-3's. */
export interface ActivationShape {
  layers: number;
  /** Hidden size h (d_model). */
  dModel: number;
  /** Attention heads a. */
  heads: number;
  /** Sequence length s. */
  sequenceLength: number;
  /** Micro-batch size b per device. */
  microBatchSize: number;
  /** Width of all heads' keys (default d_model); grouped-query attention makes it smaller. */
  keyWidth?: number;
  /** Width of all heads' values (default `keyWidth`). */
  valueWidth?: number;
  /** Width of all heads' queries, and of the output projection's input (default d_model). */
  queryWidth?: number;
  /** Feed-forward width (default 4·d_model). */
  ffnDim?: number;
  gatedFfn?: boolean;
  /** Norms per block (default 2). */
  normsPerBlock?: number;
  /** Dropout after attention and feed-forward (and on the scores). Default `true`, as in GPT-3. */
  dropout?: boolean;
  /** Mixture-of-experts layers and what each token passes through in them. */
  mixtureOfExperts?: { layers: number; expertsPerToken: number; sharedExperts: number; expertFfnDim: number };
  /** Vocabulary size: adds the logits. */
  vocab?: number;
}

/** How activations are kept and split. */
export interface ActivationOptions {
  recomputation: Recomputation;
  /** FlashAttention: no score matrices stored. Default `false`. */
  flashAttention?: boolean;
  /** Tensor-parallel degree t. Default 1. */
  tensorParallel?: number;
  /** Sequence parallelism across the tensor-parallel group. Default `false`. */
  sequenceParallel?: boolean;
}

/** Bytes per stored activation value: 16-bit (Korthikanti et al. 2022, §4.1). */
const valueBytes = 2;

/**
 * Activation bytes per device (Korthikanti et al. 2022, generalised; see the module comment).
 * @example activationBytes({ layers: 1, dModel: 1, heads: 1, sequenceLength: 1, microBatchSize: 1 }, { recomputation: 'full' }) //=> 2
 */
export function activationBytes(shape: ActivationShape, options: ActivationOptions): number {
  const where = 'activationBytes';
  const s = requireCount(shape.sequenceLength, where, 'sequenceLength');
  const tokens = s * requireCount(shape.microBatchSize, where, 'microBatchSize');
  const h = requireCount(shape.dModel, where, 'dModel');
  const heads = requireCount(shape.heads, where, 'heads');
  const layers = requireCount(shape.layers, where, 'layers');
  const recomputation = requireOneOf(options.recomputation, ['none', 'selective', 'full'], where, 'recomputation');
  const t = requireCount(options.tensorParallel ?? 1, where, 'tensorParallel');
  // Outside the tensor-parallel region, values are replicated unless sequence parallelism splits them.
  const outside = options.sequenceParallel === true ? 1 / t : 1;
  const dropout = shape.dropout ?? true;
  const mask = dropout ? tokens * h * outside : 0;
  const logits = shape.vocab === undefined ? 0 : (4 * tokens * requireCount(shape.vocab, where, 'vocab')) / t;

  if (recomputation === 'full') return layers * valueBytes * tokens * h * outside + logits;

  const keyWidth = shape.keyWidth ?? h;
  const queryWidth = shape.queryWidth ?? h;
  const valueWidth = shape.valueWidth ?? keyWidth;
  const scores =
    options.flashAttention === true
      ? (4 * heads * tokens) / t
      : recomputation === 'selective'
        ? 0
        : ((dropout ? 5 : 2) * heads * s * tokens) / t;
  const attention =
    valueBytes * tokens * h * outside + (valueBytes * tokens * (2 * queryWidth + keyWidth + valueWidth)) / t + scores + mask;
  const ffnValues = (width: number) => (shape.gatedFfn === true ? 4 : 2) * valueBytes * tokens * width;
  const ffnInput = valueBytes * tokens * h * outside;
  const denseFfn = ffnInput + ffnValues(shape.ffnDim ?? 4 * h) / t + mask;
  const norms = (shape.normsPerBlock ?? 2) * valueBytes * tokens * h * outside;
  const moe = shape.mixtureOfExperts;
  const moeLayers = moe === undefined ? 0 : requireCount(moe.layers, where, 'mixtureOfExperts.layers', 0);
  const moeFfn =
    moe === undefined
      ? 0
      : ffnInput +
        (moe.expertsPerToken * (valueBytes * tokens * h + ffnValues(moe.expertFfnDim)) + moe.sharedExperts * ffnValues(moe.expertFfnDim)) / t +
        mask;
  return (layers - moeLayers) * (attention + denseFfn + norms) + moeLayers * (attention + moeFfn + norms) + logits;
}

/**
 * The activation shape of a model from its configuration, without dropout (modern models train
 * without it) and with its vocabulary, so the logits count.
 * @example activationShapeOf(modelShapes['llama3.1-70b'].shape, { sequenceLength: 8192, microBatchSize: 1 }).keyWidth //=> 1024
 */
export function activationShapeOf(shape: ModelShape, batch: { sequenceLength: number; microBatchSize: number }): ActivationShape {
  const dims = attentionDims(shape);
  const moe = shape.mixtureOfExperts;
  return {
    layers: shape.layers,
    dModel: shape.dModel,
    heads: dims.heads,
    ...batch,
    queryWidth: dims.heads * dims.qkHeadDim,
    keyWidth: dims.kvHeads * dims.qkHeadDim,
    valueWidth: dims.kvHeads * dims.valueHeadDim,
    ffnDim: shape.ffnDim ?? 4 * shape.dModel,
    gatedFfn: shape.gatedFfn === true,
    normsPerBlock: normsPerBlock(shape),
    dropout: false,
    vocab: shape.vocab,
    ...(moe === undefined
      ? {}
      : {
          mixtureOfExperts: {
            layers: moeLayerCount(shape),
            expertsPerToken: moe.expertsPerToken,
            sharedExperts: moe.sharedExperts,
            expertFfnDim: moe.expertFfnDim,
          },
        }),
  };
}
