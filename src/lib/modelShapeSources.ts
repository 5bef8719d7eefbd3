/**
 * Where each model preset's shape and size come from, and what to know about them: kept apart
 * from `modelShapes` so a calculator in the browser gets the numbers without these citations and
 * notes (the pages and the bibliography read them on the server).
 */
import type { ModelShapeId, ModelShapePreset } from './modelShapes';
import type { Citation } from './sources';

/** The sources and caveats of one preset in `modelShapes`. */
export interface ModelShapeSource {
  /** Where the shape (the configuration's numbers) comes from. */
  citation: Citation;
  /** Where `publishedParams` (and `publishedActiveParams`) are printed. */
  publishedCitation: Citation;
  /**
   * Where `checkpointParams` is read (the safetensors index's total size ÷ bytes per parameter,
   * or the repository's parameter count); present exactly when the preset has `checkpointParams`.
   */
  checkpointCitation?: Citation;
  /** Why the printed figure and the count differ, or what the count leaves out. */
  note?: string;
}

const gpt2Source = (paper: string, released: string): ModelShapeSource => ({
  citation: { source: 'openai-gpt2-repo', locator: 'model hparams.json; layers and width also Radford et al. 2019, Table 2' },
  publishedCitation: { source: 'openai-gpt2-repo', locator: 'README and download_model.py' },
  note: `Radford et al. 2019 (Table 2) printed ${paper}; OpenAI's repository says those counts were wrong and names the released checkpoint ${released}, the count of its weights.`,
});

/**
 * Sources and notes of each preset in `modelShapes`.
 * @example modelShapeSources['llama2-7b'].citation.source //=> 'touvron-2023-llama2'
 */
export const modelShapeSources: Record<ModelShapeId, ModelShapeSource> = {
  'gpt2-small': gpt2Source('117M', '124M'),
  'gpt2-medium': gpt2Source('345M', '355M'),
  'gpt2-large': gpt2Source('762M', '774M'),
  'gpt2-xl': gpt2Source('1542M', '1558M'),
  'gpt3-175b': {
    citation: { source: 'brown-2020-gpt3', locator: 'Table 2.1; feed-forward 4 × d_model, §2.1' },
    publishedCitation: { source: 'brown-2020-gpt3', locator: 'Table 2.1' },
    note: 'Never released. Counting its shape gives 174.6B, the figure PaLM (Table 3) uses for it.',
  },
  'llama2-7b': {
    citation: { source: 'touvron-2023-llama2', locator: 'Table 1; shape as LLaMA 7B, Touvron et al. 2023, Table 2' },
    publishedCitation: { source: 'touvron-2023-llama2', locator: 'Table 1' },
    checkpointCitation: { source: 'hf-llama-2-7b', locator: 'model.safetensors.index.json' },
  },
  'llama2-70b': {
    citation: { source: 'touvron-2023-llama2', locator: 'Table 1 (grouped-query attention for 34B and 70B, §2.2)' },
    publishedCitation: { source: 'touvron-2023-llama2', locator: 'Table 1' },
    checkpointCitation: { source: 'hf-llama-2-70b', locator: 'model.safetensors.index.json' },
  },
  'mistral-7b': {
    citation: { source: 'jiang-2023-mistral', locator: 'Table 1' },
    publishedCitation: { source: 'jiang-2023-mistral', locator: 'abstract' },
    checkpointCitation: { source: 'hf-mistral-7b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' },
    note: 'Every layer attends to the last 4,096 tokens only (sliding-window attention), which caps its KV cache.',
  },
  'mixtral-8x7b': {
    citation: { source: 'jiang-2024-mixtral', locator: 'Table 1' },
    publishedCitation: { source: 'mistral-2023-mixtral', locator: 'release post' },
    checkpointCitation: { source: 'hf-mixtral-8x7b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' },
  },
  'llama3-8b': {
    citation: { source: 'meta-llama-models-sku-list', locator: 'llama3_1 8B arch_args (the same for Llama 3 8B)' },
    publishedCitation: { source: 'meta-llama31-model-card', locator: 'model information table' },
    checkpointCitation: { source: 'hf-llama-3-1-8b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' },
    note: 'Dubey et al. 2024 (Table 3) round the vocabulary to 128,000; the released tokenizer has 128,256 entries.',
  },
  'llama3.1-70b': {
    citation: { source: 'meta-llama-models-sku-list', locator: 'llama3_1 70B and llama3_3 70B arch_args' },
    publishedCitation: { source: 'meta-llama31-model-card', locator: 'model information table' },
    checkpointCitation: { source: 'hf-llama-3-1-70b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' },
  },
  'llama3.1-405b': {
    citation: { source: 'meta-llama-models-sku-list', locator: 'llama3_1 405B arch_args' },
    publishedCitation: { source: 'meta-llama31-model-card', locator: 'model information table' },
    checkpointCitation: { source: 'hf-llama-3-1-405b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' },
  },
  'gemma-2-9b': {
    citation: { source: 'gemma-team-2024-gemma2', locator: 'Table 1' },
    publishedCitation: { source: 'gemma-team-2024-gemma2', locator: 'Table 2: 917,504,000 embedding and 8,324,201,984 non-embedding parameters' },
    checkpointCitation: { source: 'hf-gemma-2-9b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' },
    note: 'Heads are 256 wide, so 16 query heads span 4,096 channels in a 3,584-wide model; every other layer attends to the last 4,096 tokens only.',
  },
  'qwen2.5-7b': {
    citation: { source: 'hf-qwen2-5-7b', locator: 'config.json; Yang et al. 2024, Table 1' },
    publishedCitation: { source: 'hf-qwen2-5-7b', locator: 'model card: 7.61B, 6.53B without embeddings' },
    checkpointCitation: { source: 'hf-qwen2-5-7b', locator: 'model.safetensors.index.json, total size ÷ 2 bytes' },
    note: 'Biases on the query, key and value projections only.',
  },
  'olmo-2-7b': {
    citation: { source: 'hf-olmo-2-7b', locator: 'config.json; OLMo et al. 2024, §2' },
    publishedCitation: { source: 'hf-olmo-2-7b', locator: 'model card' },
    checkpointCitation: { source: 'hf-olmo-2-7b', locator: 'safetensors parameter count (FP32 weights)' },
    note: 'Norms after each sub-layer instead of before, and on the full width of queries and keys.',
  },
  'deepseek-v3': {
    citation: { source: 'deepseek-v3-repo', locator: 'inference/configs/config_671B.json' },
    publishedCitation: { source: 'deepseek-2024-v3', locator: 'abstract' },
    note: 'The main model only: the released checkpoint adds a multi-token-prediction module (685B in all, README). DeepSeek’s 37B active counts both embedding tables, like the count here.',
  },
  'llama-4-maverick': {
    citation: { source: 'hf-llama-4-maverick', locator: 'config.json text_config' },
    publishedCitation: { source: 'meta-llama4-model-card', locator: 'model information table' },
    note: 'The language model only: the release also holds an image encoder. Every other layer is a mixture of experts; three layers in four attend within 8,192-token chunks.',
  },
};

/**
 * Every citation of a preset, with what it backs: the shape, the printed size, the exact count.
 * @example presetCitations({ ...modelShapes['llama2-7b'], ...modelShapeSources['llama2-7b'] }).length //=> 3
 */
export function presetCitations(preset: Pick<ModelShapePreset, 'label'> & ModelShapeSource): [Citation, string][] {
  return [
    [preset.citation, `Model shape: ${preset.label}`],
    [preset.publishedCitation, `Model shape: ${preset.label}, published size`],
    ...(preset.checkpointCitation === undefined ? [] : [[preset.checkpointCitation, `Model shape: ${preset.label}, exact count`] as [Citation, string]]),
  ];
}
