/**
 * Attention shapes of published training runs — layers, heads, head width and training sequence
 * length — so that their implied utilisation counts attention the way PaLM's MFU does
 * (`impliedUtilisation` with `attention`), and is the same quantity as the MFU papers report.
 * Runs whose shape was not published, or not in one of the sources below, have none.
 */
import type { AttentionShape } from './flops';
import type { Citation } from './sources';

/** A run's attention shape and where it is published. */
export interface RunAttention {
  attention: AttentionShape;
  citation: Citation;
}

const llama1 = (layers: number, heads: number): RunAttention => ({
  attention: { layers, heads, headDim: 128, sequenceLength: 2048 },
  citation: { source: 'touvron-2023-llama', locator: 'Table 2; context length 2k, Touvron et al. 2023b, Table 1' },
});
const llama2 = (layers: number, heads: number): RunAttention => ({
  attention: { layers, heads, headDim: 128, sequenceLength: 4096 },
  citation: { source: 'touvron-2023-llama2', locator: 'Table 1 (context 4k); shape as LLaMA, Touvron et al. 2023, Table 2' },
});

/** Llama 3 (April 2024): the shape of Llama 3.1 at the same size, trained on 8,192-token sequences. */
const llama3 = (layers: number, heads: number): RunAttention => ({
  attention: { layers, heads, headDim: 128, sequenceLength: 8192 },
  citation: { source: 'meta-llama3-model-card', locator: 'Model Architecture: "trained on sequences of 8,192 tokens"; shape as Llama 3.1, Dubey et al. 2024, Table 3' },
});
const llama31 = (layers: number, heads: number): RunAttention => ({
  attention: { layers, heads, headDim: 128, sequenceLength: 8192 },
  citation: { source: 'dubey-2024-llama3', locator: 'Table 3; 8K sequences for most of pre-training, §3.4.1' },
});

/**
 * Attention shapes by training-run id.
 * @example runAttention['palm-540b']?.attention.headDim //=> 256
 */
export const runAttention: Readonly<Record<string, RunAttention>> = {
  'gpt-3': {
    attention: { layers: 96, heads: 96, headDim: 128, sequenceLength: 2048 },
    citation: { source: 'brown-2020-gpt3', locator: 'Table 2.1; n_ctx 2048, §2.1' },
  },
  gopher: {
    attention: { layers: 80, heads: 128, headDim: 128, sequenceLength: 2048 },
    citation: { source: 'rae-2021-gopher', locator: 'Table 1; sequence length 2048, §3' },
  },
  'palm-540b': {
    attention: { layers: 118, heads: 48, headDim: 256, sequenceLength: 2048 },
    citation: { source: 'chowdhery-2022-palm', locator: 'Table 1; sequence length 2048, §5' },
  },
  'llama-7b': llama1(32, 32),
  'llama-13b': llama1(40, 40),
  'llama-33b': llama1(60, 52),
  'llama-65b': llama1(80, 64),
  'llama-2-7b': llama2(32, 32),
  'llama-2-13b': llama2(40, 40),
  'llama-2-70b': llama2(80, 64),
  'llama-3.1-405b': {
    attention: { layers: 126, heads: 128, headDim: 128, sequenceLength: 8192 },
    citation: { source: 'dubey-2024-llama3', locator: 'Table 3; 8K sequences for most of pre-training, §3.4.1' },
  },
  'bloom-176b': {
    attention: { layers: 70, heads: 112, headDim: 128, sequenceLength: 2048 },
    citation: { source: 'bigscience-bloom-model-card', locator: 'Technical Specifications: 70 layers, 112 attention heads, 14,336-wide hidden layers, sequences of 2,048 tokens' },
  },
  'mpt-7b': {
    attention: { layers: 32, heads: 32, headDim: 128, sequenceLength: 2048 },
    citation: { source: 'hf-mpt-7b', locator: 'Model Description table: 32 layers, 32 heads, d_model 4,096, sequence length 2,048' },
  },
  'falcon-180b': {
    attention: { layers: 80, heads: 232, headDim: 64, sequenceLength: 2048 },
    citation: { source: 'tii-falcon-180b-model-card', locator: 'config.json: 80 layers, 232 query heads of width 64 (d_model 14,848), 2,048 positions' },
  },
  'llama-3-8b': llama3(32, 32),
  'llama-3-70b': llama3(80, 64),
  'llama-3.1-8b': llama31(32, 32),
  'llama-3.1-70b': llama31(80, 64),
  'deepseek-v3': {
    attention: { layers: 61, heads: 128, headDim: 192, valueHeadDim: 128, sequenceLength: 4096 },
    citation: { source: 'deepseek-2024-v3', locator: '§4.2: 61 layers, 128 heads, 4K sequences in pre-training' },
  },
  'phi-4': {
    attention: { layers: 40, heads: 40, headDim: 128, sequenceLength: 4096 },
    citation: {
      source: 'abdin-2024-phi4',
      locator: '§3: 4,096-token context in pre-training, 16K only in mid-training; 40 layers of 40 heads × 128 (width 5,120) in the released config.json',
    },
  },
  smollm3: {
    attention: { layers: 36, heads: 16, headDim: 128, sequenceLength: 4096 },
    citation: { source: 'huggingface-smollm3-configs', locator: 'stage1_8T.yaml to stage3_9T_11T.yaml: 36 layers, 16 heads, hidden size 2,048, sequence length 4,096 in all three stages' },
  },
};

/**
 * The attention shape of a published run, or `undefined` when this library has none for it.
 * @example runAttentionShape('llama-65b')?.sequenceLength //=> 2048
 */
export function runAttentionShape(runId: string): AttentionShape | undefined {
  return Object.hasOwn(runAttention, runId) ? runAttention[runId]?.attention : undefined;
}
