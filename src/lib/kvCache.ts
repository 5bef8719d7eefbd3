/**
 * The KV cache: the keys and values of every token so far, kept per layer so that each generated
 * token attends to them without recomputing them (Pope et al. 2022, §2). Per token and layer it
 * holds 2 × kvHeads × headDim values (fewer with grouped-query attention; Ainslie et al. 2023), or
 * for DeepSeek's latent attention the compressed latent plus one shared rotary key,
 * kvRank + qkRopeHeadDim (DeepSeek-V2 §2.1.2). Layers that attend within a window keep at most
 * the window (Mistral 7B: Jiang et al. 2023, §2).
 */
import { attendedTokens, attentionDims, type ModelShape } from './shapeDims';
import { requireNonNegative, requirePositive } from './validate';

/** Input of {@link kvCacheBytes}. */
export interface KvCacheInput {
  shape: ModelShape;
  /** Tokens in the sequence so far (prompt and generated). */
  contextTokens: number;
  /** Bytes per cached value: 2 for bf16, 1 for fp8. */
  bytesPerValue: number;
}

/**
 * KV-cache bytes of one sequence: bytes × values per layer × Σ_layers min(context, window).
 * @example kvCacheBytes({ shape: modelShapes['llama3.1-70b'].shape, contextTokens: 1, bytesPerValue: 2 }) //=> 327_680
 */
export function kvCacheBytes(input: KvCacheInput): number {
  const where = 'kvCacheBytes';
  const context = requireNonNegative(input.contextTokens, where, 'contextTokens');
  const bytes = requirePositive(input.bytesPerValue, where, 'bytesPerValue');
  const { shape } = input;
  return bytes * attentionDims(shape).kvCacheValues * attendedTokens(shape, context);
}

/**
 * The longest sequence whose KV cache fits in `budgetBytes`, in whole tokens; `Infinity` when
 * every layer attends within a window the budget holds (the cache stops growing).
 * @example maxContextTokens({ shape: modelShapes['llama3.1-70b'].shape, budgetBytes: 327_680_000, bytesPerValue: 2 }) //=> 1000
 */
export function maxContextTokens(input: Omit<KvCacheInput, 'contextTokens'> & { budgetBytes: number }): number {
  const where = 'maxContextTokens';
  const budget = requireNonNegative(input.budgetBytes, where, 'budgetBytes');
  const perToken = kvCacheBytes({ ...input, contextTokens: 1 });
  const { localAttention: local, layers } = input.shape;
  if (local === undefined) return Math.floor(budget / perToken);
  // Below the window every layer grows; above it only the global ones do.
  const atWindow = kvCacheBytes({ ...input, contextTokens: local.windowTokens });
  if (budget <= atWindow) return Math.floor(budget / perToken);
  const globalLayers = layers - local.layers;
  if (globalLayers === 0) return Infinity;
  const perGlobalToken = (perToken * globalLayers) / layers;
  return local.windowTokens + Math.floor((budget - atWindow) / perGlobalToken);
}
