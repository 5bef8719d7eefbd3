import { describe, expect, test } from 'vitest';
import { hostedApiPrices } from '../../../src/lib/apiPrices';
import { runAttention, runAttentionShape } from '../../../src/lib/runAttention';
import { getTrainingRun } from '../../../src/lib/trainingRuns';
import { impliedUtilisation } from '../../../src/lib/utilisation';

describe('runAttention: published attention shapes of training runs', () => {
  test('every entry is a run in the dataset', () => {
    expect(Object.keys(runAttention).length).toBeGreaterThanOrEqual(12);
    for (const id of Object.keys(runAttention)) expect(getTrainingRun(id).id).toBe(id);
  });

  test.each([
    // [run, layers, heads, head width, sequence length, source]
    ['palm-540b', 118, 48, 256, 2048, 'Chowdhery et al. 2022, Table 1, §5'],
    ['llama-65b', 80, 64, 128, 2048, 'Touvron et al. 2023, Table 2'],
    ['llama-3.1-405b', 126, 128, 128, 8192, 'Dubey et al. 2024, Table 3'],
    ['phi-4', 40, 40, 128, 4096, 'Abdin et al. 2024, §3 (4K pre-training context); microsoft/phi-4 config.json (hidden 5,120, 40 heads, 40 layers)'],
    ['smollm3', 36, 16, 128, 4096, 'huggingface/smollm stage1_8T.yaml: hidden 2,048, 16 heads, 36 layers, sequence_length 4,096'],
    ['llama-3-70b', 80, 64, 128, 8192, 'Llama 3 model card: sequences of 8,192 tokens; Dubey et al. 2024, Table 3'],
    ['bloom-176b', 70, 112, 128, 2048, 'bigscience/bloom model card: 70 layers, 112 heads, hidden 14,336, sequence length 2,048'],
    ['mpt-7b', 32, 32, 128, 2048, 'mosaicml/mpt-7b model card: 32 layers, 32 heads, d_model 4,096, sequence length 2,048'],
    ['falcon-180b', 80, 232, 64, 2048, 'tiiuae/falcon-180B config.json: 80 layers, 232 heads, hidden 14,848, 2,048 positions'],
  ] as const)('%s: %d layers of %d heads × %d, %d-token sequences (%s)', (id, layers, heads, headDim, sequenceLength, _source) => {
    expect(runAttentionShape(id)).toEqual({ layers, heads, headDim, sequenceLength });
  });

  test('a run without a published shape has none, and then implied utilisation is 6ND alone', () => {
    expect(runAttentionShape('gpt-4')).toBeUndefined();
    expect(runAttentionShape('constructor')).toBeUndefined();
    const plain = { params: 1e9, tokens: 1e12, acceleratorHours: 1e4, peakFlops: 1e15 };
    expect(impliedUtilisation({ ...plain, attention: runAttentionShape('gpt-4') })).toBe(impliedUtilisation(plain));
  });
});

describe('hostedApiPrices', () => {
  test('each price is positive, dated and cited, output dearer than input, sorted by input price', () => {
    expect(hostedApiPrices.length).toBeGreaterThanOrEqual(3);
    for (const price of hostedApiPrices) {
      expect(price.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(price.outputUsdPerMillion).toBeGreaterThan(price.inputUsdPerMillion);
      expect(price.inputUsdPerMillion).toBeGreaterThan(0);
    }
    const inputs = hostedApiPrices.map((p) => p.inputUsdPerMillion);
    expect(inputs).toEqual([...inputs].sort((a, b) => a - b));
  });

  test.each([
    // [provider, model contains, input, output — as the provider's page lists them]
    ['WaveSpeed', 'llama-3.3-70b', 0.1, 0.32],
    ['Venice', 'llama-3.3-70b', 0.7, 2.8],
    ['DeepSeek', 'deepseek-flash', 0.3, 1.2],
    ['DeepSeek', 'deepseek-v4-pro', 1.32, 3.96],
  ] as const)('%s %s: $%d in, $%d out per million tokens', (provider, model, input, output) => {
    const price = hostedApiPrices.find((p) => p.provider === provider && p.model.includes(model));
    expect(price).toMatchObject({ inputUsdPerMillion: input, outputUsdPerMillion: output });
  });
});
