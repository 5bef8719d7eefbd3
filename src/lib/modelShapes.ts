/**
 * Shapes of well-known models, as presets for the parameter counter and the memory calculator.
 * Each carries the parameter count its source prints and the count of its released weights,
 * which {@link countParameters} reproduces exactly.
 */
import type { ModelShape } from './parameters';
import type { Citation } from './sources';

/** Ids of the presets in {@link modelShapes}. */
export type ModelShapeId =
  | 'gpt2-small'
  | 'gpt2-xl'
  | 'gpt3-175b'
  | 'llama2-7b'
  | 'llama2-70b'
  | 'llama3-8b';

/** A named model shape with its published size. */
export interface ModelShapePreset {
  label: string;
  shape: ModelShape;
  /** Parameter count as the source prints it (rounded as printed). */
  publishedParams: number;
  /**
   * Exact parameter count of the released weights (Hugging Face safetensors metadata), where
   * weights were released; `undefined` for GPT-3.
   */
  checkpointParams: number | undefined;
  /** Where the shape and `publishedParams` come from. */
  citation: Citation;
  note?: string;
}

const gpt2 = {
  heads: 12,
  vocab: 50257,
  contextLength: 1024,
  learnedPositions: true,
  tiedEmbeddings: true,
  biases: true,
  norm: 'layernorm',
} as const satisfies Partial<ModelShape>;

const llama = { gatedFfn: true, tiedEmbeddings: false, biases: false, norm: 'rmsnorm' } as const;

/**
 * Model presets.
 * @example modelShapes['llama2-70b'].shape.kvHeads //=> 8
 */
export const modelShapes: Record<ModelShapeId, ModelShapePreset> = {
  'gpt2-small': {
    label: 'GPT-2 small (124M)',
    shape: { ...gpt2, layers: 12, dModel: 768 },
    publishedParams: 124e6,
    checkpointParams: 124_439_808,
    citation: { source: 'radford-2019-gpt2', locator: 'Table 2' },
    note:
      'Radford et al. 2019, Table 2 (12 layers, d_model 768) printed 117M; the released checkpoint ' +
      'has 124,439,808 parameters, which is what OpenAI and Hugging Face later call "124M".',
  },
  'gpt2-xl': {
    label: 'GPT-2 XL (1.5B)',
    shape: { ...gpt2, layers: 48, dModel: 1600, heads: 25 },
    publishedParams: 1542e6,
    checkpointParams: 1_557_611_200,
    citation: { source: 'radford-2019-gpt2', locator: 'Table 2' },
    note: 'Radford et al. 2019, Table 2: 48 layers, d_model 1600, "1542M" parameters.',
  },
  'gpt3-175b': {
    label: 'GPT-3 175B',
    shape: {
      layers: 96,
      dModel: 12288,
      heads: 96,
      vocab: 50257,
      contextLength: 2048,
      learnedPositions: true,
      tiedEmbeddings: true,
      biases: true,
      norm: 'layernorm',
    },
    publishedParams: 175.0e9,
    checkpointParams: undefined,
    citation: { source: 'brown-2020-gpt3', locator: 'Table 2.1' },
    note: 'Feed-forward 4 × d_model (§2.1). Counting the shape gives 174.6B, the figure PaLM and Patterson use.',
  },
  'llama2-7b': {
    label: 'Llama 2 7B',
    shape: { ...llama, layers: 32, dModel: 4096, heads: 32, ffnDim: 11008, vocab: 32000 },
    publishedParams: 7e9,
    checkpointParams: 6_738_415_616,
    citation: { source: 'touvron-2023-llama2', locator: 'Table 1; shape as LLaMA 7B, Touvron et al. 2023 Table 2' },
  },
  'llama2-70b': {
    label: 'Llama 2 70B',
    shape: { ...llama, layers: 80, dModel: 8192, heads: 64, kvHeads: 8, ffnDim: 28672, vocab: 32000 },
    publishedParams: 70e9,
    checkpointParams: 68_976_648_192,
    citation: { source: 'touvron-2023-llama2', locator: 'Table 1 (GQA for 34B and 70B, §2.2)' },
  },
  'llama3-8b': {
    label: 'Llama 3 8B',
    shape: { ...llama, layers: 32, dModel: 4096, heads: 32, kvHeads: 8, ffnDim: 14336, vocab: 128256 },
    publishedParams: 8e9,
    checkpointParams: 8_030_261_248,
    citation: { source: 'dubey-2024-llama3', locator: 'Table 3' },
    note: 'Table 3 rounds the vocabulary to 128,000; the released tokenizer has 128,256 entries.',
  },
};
