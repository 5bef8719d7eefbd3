/**
 * Shapes of well-known models, taken from their released configurations, as presets for the
 * parameter counter, the memory and serving calculators and the attention chart. Each carries the
 * size its developer prints and, where the released weights give one, the exact count, which
 * {@link countParameters} reproduces.
 */
import type { ModelShape } from './shapeDims';
import type { Citation } from './sources';

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
  /** Where the shape (the configuration's numbers) comes from. */
  citation: Citation;
  /** Parameter count as its developer prints it, rounded as printed. */
  publishedParams: number;
  /** Active parameters per token as printed, for a mixture of experts. */
  publishedActiveParams?: number;
  /** Where `publishedParams` (and `publishedActiveParams`) are printed. */
  publishedCitation: Citation;
  /**
   * Exact parameter count of the released weights and where it is read (the safetensors index's
   * total size ÷ bytes per parameter, or the repository's parameter count); absent where no
   * exact count is published.
   */
  checkpoint?: { params: number; citation: Citation };
  /** Why the printed figure and the count differ, or what the count leaves out. */
  note?: string;
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
const gpt2Note = (paper: string, released: string) =>
  `Radford et al. 2019 (Table 2) printed ${paper}; OpenAI's repository says those counts were wrong and names the released checkpoint ${released}, the count of its weights.`;
const gpt2Preset = (label: string, shape: Pick<ModelShape, 'layers' | 'dModel' | 'heads'>, paper: number, released: number): ModelShapePreset => ({
  label,
  shape: { ...gpt2, ...shape },
  citation: { source: 'openai-gpt2-repo', locator: 'model hparams.json; layers and width also Radford et al. 2019, Table 2' },
  publishedParams: released,
  publishedCitation: { source: 'openai-gpt2-repo', locator: 'README and download_model.py' },
  note: gpt2Note(`${paper / 1e6}M`, `${released / 1e6}M`),
});

/**
 * Model presets, each from its released configuration.
 * @example modelShapes['llama2-70b'].shape.kvHeads //=> 8
 */
export const modelShapes: Record<ModelShapeId, ModelShapePreset> = {
  'gpt2-small': gpt2Preset('GPT-2 small (124M)', { layers: 12, dModel: 768, heads: 12 }, 117e6, 124e6),
  'gpt2-medium': gpt2Preset('GPT-2 medium (355M)', { layers: 24, dModel: 1024, heads: 16 }, 345e6, 355e6),
  'gpt2-large': gpt2Preset('GPT-2 large (774M)', { layers: 36, dModel: 1280, heads: 20 }, 762e6, 774e6),
  'gpt2-xl': gpt2Preset('GPT-2 XL (1.5B)', { layers: 48, dModel: 1600, heads: 25 }, 1542e6, 1558e6),
  'gpt3-175b': {
    label: 'GPT-3 175B',
    shape: { ...gpt2, layers: 96, dModel: 12288, heads: 96, contextLength: 2048 },
    citation: { source: 'brown-2020-gpt3', locator: 'Table 2.1; feed-forward 4 × d_model, §2.1' },
    publishedParams: 175e9,
    publishedCitation: { source: 'brown-2020-gpt3', locator: 'Table 2.1' },
    note: 'Never released. Counting its shape gives 174.6B, the figure PaLM (Table 3) uses for it.',
  },
  'llama2-7b': {
    label: 'Llama 2 7B',
    shape: { ...llama, layers: 32, dModel: 4096, heads: 32, ffnDim: 11008, vocab: 32000 },
    citation: { source: 'touvron-2023-llama2', locator: 'Table 1; shape as LLaMA 7B, Touvron et al. 2023, Table 2' },
    publishedParams: 7e9,
    publishedCitation: { source: 'touvron-2023-llama2', locator: 'Table 1' },
    checkpoint: { params: 6_738_415_616, citation: { source: 'hf-llama-2-7b', locator: 'model.safetensors.index.json' } },
  },
  'llama2-70b': {
    label: 'Llama 2 70B',
    shape: { ...llama, layers: 80, dModel: 8192, heads: 64, kvHeads: 8, ffnDim: 28672, vocab: 32000 },
    citation: { source: 'touvron-2023-llama2', locator: 'Table 1 (grouped-query attention for 34B and 70B, §2.2)' },
    publishedParams: 70e9,
    publishedCitation: { source: 'touvron-2023-llama2', locator: 'Table 1' },
    checkpoint: { params: 68_976_648_192, citation: { source: 'hf-llama-2-70b', locator: 'model.safetensors.index.json' } },
  },
  'mistral-7b': {
    label: 'Mistral 7B',
    shape: { ...llama, layers: 32, dModel: 4096, heads: 32, kvHeads: 8, ffnDim: 14336, vocab: 32000, localAttention: { windowTokens: 4096, layers: 32 } },
    citation: { source: 'jiang-2023-mistral', locator: 'Table 1' },
    publishedParams: 7e9,
    publishedCitation: { source: 'jiang-2023-mistral', locator: 'abstract' },
    checkpoint: { params: 7_241_732_096, citation: { source: 'hf-mistral-7b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' } },
    note: 'Every layer attends to the last 4,096 tokens only (sliding-window attention), which caps its KV cache.',
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
    citation: { source: 'jiang-2024-mixtral', locator: 'Table 1' },
    publishedParams: 46.7e9,
    publishedActiveParams: 12.9e9,
    publishedCitation: { source: 'mistral-2023-mixtral', locator: 'release post' },
    checkpoint: { params: 46_702_792_704, citation: { source: 'hf-mixtral-8x7b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' } },
  },
  'llama3-8b': {
    label: 'Llama 3 and 3.1 8B',
    shape: { ...llama31, layers: 32, dModel: 4096, heads: 32, ffnDim: 14336 },
    citation: { source: 'meta-llama-models-sku-list', locator: 'llama3_1 8B arch_args (the same for Llama 3 8B)' },
    publishedParams: 8e9,
    publishedCitation: { source: 'meta-llama31-model-card', locator: 'model information table' },
    checkpoint: { params: 8_030_261_248, citation: { source: 'hf-llama-3-1-8b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' } },
    note: 'Dubey et al. 2024 (Table 3) round the vocabulary to 128,000; the released tokenizer has 128,256 entries.',
  },
  'llama3.1-70b': {
    label: 'Llama 3.1 and 3.3 70B',
    shape: { ...llama31, layers: 80, dModel: 8192, heads: 64, ffnDim: 28672 },
    citation: { source: 'meta-llama-models-sku-list', locator: 'llama3_1 70B and llama3_3 70B arch_args' },
    publishedParams: 70e9,
    publishedCitation: { source: 'meta-llama31-model-card', locator: 'model information table' },
    checkpoint: { params: 70_553_706_496, citation: { source: 'hf-llama-3-1-70b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' } },
  },
  'llama3.1-405b': {
    label: 'Llama 3.1 405B',
    shape: { ...llama31, layers: 126, dModel: 16384, heads: 128, ffnDim: 53248 },
    citation: { source: 'meta-llama-models-sku-list', locator: 'llama3_1 405B arch_args' },
    publishedParams: 405e9,
    publishedCitation: { source: 'meta-llama31-model-card', locator: 'model information table' },
    checkpoint: { params: 405_853_388_800, citation: { source: 'hf-llama-3-1-405b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' } },
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
    citation: { source: 'gemma-team-2024-gemma2', locator: 'Table 1' },
    publishedParams: 9e9,
    publishedCitation: { source: 'gemma-team-2024-gemma2', locator: 'Table 2: 917,504,000 embedding and 8,324,201,984 non-embedding parameters' },
    checkpoint: { params: 9_241_705_984, citation: { source: 'hf-gemma-2-9b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' } },
    note: 'Heads are 256 wide, so 16 query heads span 4,096 channels in a 3,584-wide model; every other layer attends to the last 4,096 tokens only.',
  },
  'qwen2.5-7b': {
    label: 'Qwen2.5 7B',
    shape: { ...llama, layers: 28, dModel: 3584, heads: 28, kvHeads: 4, ffnDim: 18944, vocab: 152_064, biases: 'qkv' },
    citation: { source: 'hf-qwen2-5-7b', locator: 'config.json; Yang et al. 2024, Table 1' },
    publishedParams: 7.61e9,
    publishedCitation: { source: 'hf-qwen2-5-7b', locator: 'model card: 7.61B, 6.53B without embeddings' },
    checkpoint: { params: 7_615_616_512, citation: { source: 'hf-qwen2-5-7b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' } },
    note: 'Biases on the query, key and value projections only.',
  },
  'olmo-2-7b': {
    label: 'OLMo 2 7B',
    shape: { ...llama, layers: 32, dModel: 4096, heads: 32, ffnDim: 11008, vocab: 100_352, normPlacement: 'post', qkNorm: 'full-width' },
    citation: { source: 'hf-olmo-2-7b', locator: 'config.json; OLMo et al. 2024, §2' },
    publishedParams: 7e9,
    publishedCitation: { source: 'hf-olmo-2-7b', locator: 'model card' },
    checkpoint: { params: 7_298_617_344, citation: { source: 'hf-olmo-2-7b', locator: 'safetensors parameter count (FP32 weights)' } },
    note: 'Norms after each sub-layer instead of before, and on the full width of queries and keys.',
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
    citation: { source: 'deepseek-v3-repo', locator: 'inference/configs/config_671B.json' },
    publishedParams: 671e9,
    publishedActiveParams: 37e9,
    publishedCitation: { source: 'deepseek-2024-v3', locator: 'abstract' },
    note: 'The main model only: the released checkpoint adds a multi-token-prediction module (685B in all, README). DeepSeek’s 37B active counts both embedding tables, like the count here.',
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
    citation: { source: 'hf-llama-4-maverick', locator: 'config.json text_config' },
    publishedParams: 400e9,
    publishedActiveParams: 17e9,
    publishedCitation: { source: 'meta-llama4-model-card', locator: 'model information table' },
    note: 'The language model only: the release also holds an image encoder. Every other layer is a mixture of experts; three layers in four attend within 8,192-token chunks.',
  },
};

/**
 * Every citation of a preset, with what it backs: the shape, the printed size, the exact count.
 * @example presetCitations(modelShapes['llama2-7b']).length //=> 3
 */
export function presetCitations(preset: ModelShapePreset): [Citation, string][] {
  return [
    [preset.citation, `Model shape: ${preset.label}`],
    [preset.publishedCitation, `Model shape: ${preset.label}, published size`],
    ...(preset.checkpoint === undefined ? [] : [[preset.checkpoint.citation, `Model shape: ${preset.label}, exact count`] as [Citation, string]]),
  ];
}
