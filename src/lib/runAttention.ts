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
  'deepseek-v3': {
    attention: { layers: 61, heads: 128, headDim: 192, valueHeadDim: 128, sequenceLength: 4096 },
    citation: { source: 'deepseek-2024-v3', locator: '§4.2: 61 layers, 128 heads, 4K sequences in pre-training' },
  },
};

/**
 * The attention shape of a published run, or `undefined` when this library has none for it.
 * @example runAttentionShape('llama-65b')?.sequenceLength //=> 2048
 */
export function runAttentionShape(runId: string): AttentionShape | undefined {
  return Object.hasOwn(runAttention, runId) ? runAttention[runId]?.attention : undefined;
}
