/**
 * Shapes of well-known models, taken from their released configurations, as presets for the
 * parameter counter, the memory and serving calculators and the attention chart. Each carries the
 * size its developer prints and, where the released weights give one, the exact count, which
 * {@link countParameters} reproduces. Their citations and notes are in `modelShapeSources`, which
 * the pages read on the server, so the calculators in the browser carry the numbers only.
 */
import type { ModelShape } from './shapeDims';

/** Ids of the presets in {@link modelShapes}, oldest model first. */
export type ModelShapeId =
  | 'gpt2-small'
  | 'gpt2-medium'
  | 'gpt2-large'
  | 'gpt2-xl'
  | 'gpt3-175b'
  | 'llama2-7b'
  | 'llama2-70b'
  | 'mistral-7b'
  | 'mixtral-8x7b'
  | 'llama3-8b'
  | 'llama3.1-70b'
  | 'llama3.1-405b'
  | 'gemma-2-9b'
  | 'qwen2.5-7b'
  | 'olmo-2-7b'
  | 'deepseek-v3'
  | 'llama-4-maverick';

/** A named model shape with its published size. */
export interface ModelShapePreset {
  label: string;
  shape: ModelShape;
  /** Parameter count as its developer prints it, rounded as printed. */
  publishedParams: number;
  /** Active parameters per token as printed, for a mixture of experts. */
  publishedActiveParams?: number;
  /** Exact parameter count of the released weights; absent where no exact count is published. */
  checkpointParams?: number;
}

const gpt2 = {
  vocab: 50257,
  contextLength: 1024,
  learnedPositions: true,
  tiedEmbeddings: true,
  biases: 'all',
  norm: 'layernorm',
} as const satisfies Partial<ModelShape>;
const llama = { gatedFfn: true } as const satisfies Partial<ModelShape>;
const llama31 = { ...llama, vocab: 128_256, kvHeads: 8 } as const;
const gpt2Preset = (label: string, shape: Pick<ModelShape, 'layers' | 'dModel' | 'heads'>, released: number): ModelShapePreset => ({
  label,
  shape: { ...gpt2, ...shape },
  publishedParams: released,
});

/**
 * Model presets, each from its released configuration.
 * @example modelShapes['llama2-70b'].shape.kvHeads //=> 8
 */
export const modelShapes: Record<ModelShapeId, ModelShapePreset> = {
  'gpt2-small': gpt2Preset('GPT-2 small (124M)', { layers: 12, dModel: 768, heads: 12 }, 124e6),
  'gpt2-medium': gpt2Preset('GPT-2 medium (355M)', { layers: 24, dModel: 1024, heads: 16 }, 355e6),
  'gpt2-large': gpt2Preset('GPT-2 large (774M)', { layers: 36, dModel: 1280, heads: 20 }, 774e6),
  'gpt2-xl': gpt2Preset('GPT-2 XL (1.5B)', { layers: 48, dModel: 1600, heads: 25 }, 1558e6),
  'gpt3-175b': {
    label: 'GPT-3 175B',
    shape: { ...gpt2, layers: 96, dModel: 12288, heads: 96, contextLength: 2048 },
    publishedParams: 175e9,
  },
  'llama2-7b': {
    label: 'Llama 2 7B',
    shape: { ...llama, layers: 32, dModel: 4096, heads: 32, ffnDim: 11008, vocab: 32000 },
    publishedParams: 7e9,
    checkpointParams: 6_738_415_616,
  },
  'llama2-70b': {
    label: 'Llama 2 70B',
    shape: { ...llama, layers: 80, dModel: 8192, heads: 64, kvHeads: 8, ffnDim: 28672, vocab: 32000 },
    publishedParams: 70e9,
    checkpointParams: 68_976_648_192,
  },
  'mistral-7b': {
    label: 'Mistral 7B',
    shape: { ...llama, layers: 32, dModel: 4096, heads: 32, kvHeads: 8, ffnDim: 14336, vocab: 32000, localAttention: { windowTokens: 4096, layers: 32 } },
    publishedParams: 7e9,
    checkpointParams: 7_241_732_096,
  },
  'mixtral-8x7b': {
    label: 'Mixtral 8x7B (mixture of experts)',
    shape: {
      ...llama,
      layers: 32,
      dModel: 4096,
      heads: 32,
      kvHeads: 8,
      ffnDim: 14336,
      vocab: 32000,
      mixtureOfExperts: { experts: 8, expertsPerToken: 2, sharedExperts: 0, expertFfnDim: 14336, denseLayers: 0 },
    },
    publishedParams: 46.7e9,
    publishedActiveParams: 12.9e9,
    checkpointParams: 46_702_792_704,
  },
  'llama3-8b': {
    label: 'Llama 3 and 3.1 8B',
    shape: { ...llama31, layers: 32, dModel: 4096, heads: 32, ffnDim: 14336 },
    publishedParams: 8e9,
    checkpointParams: 8_030_261_248,
  },
  'llama3.1-70b': {
    label: 'Llama 3.1 and 3.3 70B',
    shape: { ...llama31, layers: 80, dModel: 8192, heads: 64, ffnDim: 28672 },
    publishedParams: 70e9,
    checkpointParams: 70_553_706_496,
  },
  'llama3.1-405b': {
    label: 'Llama 3.1 405B',
    shape: { ...llama31, layers: 126, dModel: 16384, heads: 128, ffnDim: 53248 },
    publishedParams: 405e9,
    checkpointParams: 405_853_388_800,
  },
  'gemma-2-9b': {
    label: 'Gemma 2 9B',
    shape: {
      ...llama,
      layers: 42,
      dModel: 3584,
      heads: 16,
      kvHeads: 8,
      headDim: 256,
      ffnDim: 14336,
      vocab: 256_000,
      tiedEmbeddings: true,
      normPlacement: 'pre-and-post',
      localAttention: { windowTokens: 4096, layers: 21 },
    },
    publishedParams: 9e9,
    checkpointParams: 9_241_705_984,
  },
  'qwen2.5-7b': {
    label: 'Qwen2.5 7B',
    shape: { ...llama, layers: 28, dModel: 3584, heads: 28, kvHeads: 4, ffnDim: 18944, vocab: 152_064, biases: 'qkv' },
    publishedParams: 7.61e9,
    checkpointParams: 7_615_616_512,
  },
  'olmo-2-7b': {
    label: 'OLMo 2 7B',
    shape: { ...llama, layers: 32, dModel: 4096, heads: 32, ffnDim: 11008, vocab: 100_352, normPlacement: 'post', qkNorm: 'full-width' },
    publishedParams: 7e9,
    checkpointParams: 7_298_617_344,
  },
  'deepseek-v3': {
    label: 'DeepSeek-V3 (mixture of experts)',
    shape: {
      ...llama,
      layers: 61,
      dModel: 7168,
      heads: 128,
      ffnDim: 18432,
      vocab: 129_280,
      latentAttention: { queryRank: 1536, kvRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, valueHeadDim: 128 },
      mixtureOfExperts: { experts: 256, expertsPerToken: 8, sharedExperts: 1, expertFfnDim: 2048, denseLayers: 3, routerBias: true },
    },
    publishedParams: 671e9,
    publishedActiveParams: 37e9,
  },
  'llama-4-maverick': {
    label: 'Llama 4 Maverick (mixture of experts)',
    shape: {
      ...llama,
      layers: 48,
      dModel: 5120,
      heads: 40,
      kvHeads: 8,
      headDim: 128,
      ffnDim: 16384,
      vocab: 202_048,
      mixtureOfExperts: { experts: 128, expertsPerToken: 1, sharedExperts: 1, expertFfnDim: 8192, denseLayers: 24 },
      localAttention: { windowTokens: 8192, layers: 36 },
    },
    publishedParams: 400e9,
    publishedActiveParams: 17e9,
  },
};
