/**
 * The shape of a decoder-only transformer as its released configuration (`config.json`) gives it,
 * and the widths every formula derives from it: attention head widths, what the KV cache holds per
 * token, how many layers are mixture-of-experts layers.
 */
import { requireCount } from './validate';

/** Which normalisation a block uses: LayerNorm has a gain and a bias, RMSNorm only a gain. */
export type NormKind = 'layernorm' | 'rmsnorm';
/** Which linear layers have biases: none (Llama), Q, K and V only (Qwen2.5), or all (GPT-2). */
export type BiasPlacement = 'none' | 'qkv' | 'all';
/** Where each block's two sub-layers are normalised: before (Llama), after (OLMo 2), or both (Gemma 2). */
export type NormPlacement = 'pre' | 'post' | 'pre-and-post';
/** Norms on queries and keys: none, one head wide and shared by heads (Qwen3), or full width (OLMo 2). */
export type QkNorm = 'none' | 'per-head' | 'full-width';

/** Multi-head latent attention (DeepSeek-V2 §2.1; config fields in brackets). */
export interface LatentAttention {
  /** Rank of the query compression [q_lora_rank]; 0 when queries are projected directly. */
  queryRank: number;
  /** Rank of the key-value latent [kv_lora_rank]: what the KV cache stores per layer and token. */
  kvRank: number;
  /** Per-head query and key width without position [qk_nope_head_dim]. */
  qkNopeHeadDim: number;
  /** Per-head query and key width carrying rotary position [qk_rope_head_dim]; the key part is one vector shared by all heads, and cached. */
  qkRopeHeadDim: number;
  /** Per-head value width [v_head_dim]. */
  valueHeadDim: number;
}

/** A mixture-of-experts feed-forward (config fields of DeepSeek-V3 and Llama 4 in brackets). */
export interface MixtureOfExperts {
  /** Routed experts per MoE layer [n_routed_experts, num_local_experts]. */
  experts: number;
  /** Routed experts each token uses [num_experts_per_tok]. */
  expertsPerToken: number;
  /** Experts every token uses [n_shared_experts]; 0 for none. */
  sharedExperts: number;
  /** Inner width of one expert [moe_intermediate_size]. */
  expertFfnDim: number;
  /** Layers with a dense feed-forward of width `ffnDim` instead [first_k_dense_replace]. */
  denseLayers: number;
  /** The router has a bias per expert (DeepSeek-V3's e_score_correction_bias). Default `false`. */
  routerBias?: boolean;
}

/** Layers that attend only to the last `windowTokens` tokens (sliding-window or chunked attention). */
export interface LocalAttention {
  windowTokens: number;
  /** How many of the model's layers do so. */
  layers: number;
}

/** Shape of a decoder-only transformer. Defaults are Llama's choices. */
export interface ModelShape {
  /** Transformer blocks (n_layer). */
  layers: number;
  /** Residual width (d_model). */
  dModel: number;
  /** Query heads. */
  heads: number;
  /** Key/value heads (grouped-query attention); must divide `heads`. Default `heads`. */
  kvHeads?: number;
  /** Width of one head. Default d_model / heads, which must then be an integer. */
  headDim?: number;
  /** Feed-forward inner width (d_ff) of dense layers. Default 4 × d_model (GPT-2, GPT-3). */
  ffnDim?: number;
  /** Gated feed-forward (SwiGLU: three matrices). Default `false`. */
  gatedFfn?: boolean;
  /** Vocabulary size (rows of the embedding table). */
  vocab: number;
  /** Output projection shares the token embedding. Default `false`. */
  tiedEmbeddings?: boolean;
  /** Context length; needed only with `learnedPositions`. */
  contextLength?: number;
  /** Learned absolute position embeddings (GPT-2/3). Default `false` (rotary: no parameters). */
  learnedPositions?: boolean;
  /** Default `'none'`. */
  biases?: BiasPlacement;
  /** Default `'rmsnorm'`. */
  norm?: NormKind;
  /** Default `'pre'`. */
  normPlacement?: NormPlacement;
  /** Default `'none'`. */
  qkNorm?: QkNorm;
  /** Multi-head latent attention instead of `kvHeads` and `headDim`. */
  latentAttention?: LatentAttention;
  mixtureOfExperts?: MixtureOfExperts;
  localAttention?: LocalAttention;
}

/** Attention widths of a shape. */
export interface AttentionDims {
  heads: number;
  /** Key/value heads (for latent attention: `heads`, each decompressed from the latent). */
  kvHeads: number;
  /** Width of one head's queries and keys. */
  qkHeadDim: number;
  /** Width of one head's values. */
  valueHeadDim: number;
  /**
   * Values the KV cache keeps per token in one layer: 2 × kvHeads × headDim (K and V), or for
   * latent attention the latent plus the shared rotary key, kvRank + qkRopeHeadDim (DeepSeek-V2 §2.1.2).
   */
  kvCacheValues: number;
}

/**
 * Attention widths of `shape`. Throws for widths that cannot exist (heads not dividing d_model
 * without an explicit `headDim`, key/value heads not dividing the query heads).
 * @example attentionDims(modelShapes['llama3.1-70b'].shape).kvCacheValues //=> 2048
 */
export function attentionDims(shape: ModelShape): AttentionDims {
  const where = 'attentionDims';
  const heads = requireCount(shape.heads, where, 'heads');
  const latent = shape.latentAttention;
  if (latent !== undefined) {
    const rope = requireCount(latent.qkRopeHeadDim, where, 'latentAttention.qkRopeHeadDim', 0);
    requireCount(latent.queryRank, where, 'latentAttention.queryRank', 0);
    return {
      heads,
      kvHeads: heads,
      qkHeadDim: requireCount(latent.qkNopeHeadDim, where, 'latentAttention.qkNopeHeadDim') + rope,
      valueHeadDim: requireCount(latent.valueHeadDim, where, 'latentAttention.valueHeadDim'),
      kvCacheValues: requireCount(latent.kvRank, where, 'latentAttention.kvRank') + rope,
    };
  }
  const d = requireCount(shape.dModel, where, 'dModel');
  const kvHeads = requireCount(shape.kvHeads ?? heads, where, 'kvHeads');
  if ((shape.headDim === undefined && d % heads !== 0) || heads % kvHeads !== 0) {
    throw new RangeError(
      `${where}: expected heads to divide dModel (or a headDim) and kvHeads to divide heads, received dModel ${d}, heads ${heads}, kvHeads ${kvHeads}`,
    );
  }
  const headDim = requireCount(shape.headDim ?? d / heads, where, 'headDim');
  return { heads, kvHeads, qkHeadDim: headDim, valueHeadDim: headDim, kvCacheValues: 2 * kvHeads * headDim };
}

/**
 * How many layers have a mixture-of-experts feed-forward (0 for a dense model).
 * @example moeLayerCount(modelShapes['deepseek-v3'].shape) //=> 58
 */
export function moeLayerCount(shape: ModelShape): number {
  const moe = shape.mixtureOfExperts;
  if (moe === undefined) return 0;
  const layers = requireCount(shape.layers, 'moeLayerCount', 'layers');
  const dense = requireCount(moe.denseLayers, 'moeLayerCount', 'mixtureOfExperts.denseLayers', 0);
  if (dense > layers) {
    throw new RangeError(`moeLayerCount: expected denseLayers ≤ layers (${layers}), received ${dense}`);
  }
  return layers - dense;
}

/**
 * Norms in each block: two (before or after each sub-layer), four with both (Gemma 2).
 * @example normsPerBlock({ layers: 1, dModel: 8, heads: 1, vocab: 2, normPlacement: 'pre-and-post' }) //=> 4
 */
export function normsPerBlock(shape: ModelShape): number {
  return (shape.normPlacement ?? 'pre') === 'pre-and-post' ? 4 : 2;
}

/**
 * Σ over layers of the tokens a token attends to at `span` tokens of context: the span for global
 * layers, min(span, window) for windowed ones. Throws when more layers are windowed than exist.
 * @example attendedTokens({ layers: 42, localAttention: { windowTokens: 4096, layers: 21 } }, 8192) //=> 258_048
 */
export function attendedTokens(shape: { layers: number; localAttention?: LocalAttention | undefined }, span: number): number {
  const where = 'attendedTokens';
  const layers = requireCount(shape.layers, where, 'layers');
  const local = shape.localAttention;
  if (local === undefined) return layers * span;
  const localLayers = requireCount(local.layers, where, 'localAttention.layers', 0);
  if (localLayers > layers) {
    throw new RangeError(`${where}: expected localAttention.layers ≤ layers (${layers}), received ${localLayers}`);
  }
  const window = requireCount(local.windowTokens, where, 'localAttention.windowTokens');
  return (layers - localLayers) * span + localLayers * Math.min(span, window);
}
