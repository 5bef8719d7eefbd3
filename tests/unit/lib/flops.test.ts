import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { attentionFlopsPerToken, attentionShapeOf, trainingFlops } from '../../../src/lib/flops';
import { modelShapes } from '../../../src/lib/modelShapes';
import { expectWithin } from './helpers';

const gpt3 = { layers: 96, heads: 96, headDim: 128, sequenceLength: 2048 };
const palm = { layers: 118, heads: 48, headDim: 256, sequenceLength: 2048 };

describe('trainingFlops = (6·N + attention)·D', () => {
  test.each([
    ['GPT-3 175B: 3.14e23 FLOPs (Brown et al. 2020, App. D)', 174.6e9, 300e9, 3.14e23],
    ['LLaMA 65B: 6 × 65.2e9 × 1.4e12 (Touvron et al. 2023)', 65.2e9, 1.4e12, 5.48e23],
  ])('without attention, 6ND: %s', (_source, params, tokens, flops) => {
    expectWithin(trainingFlops({ params, tokens }), flops, 0.005);
  });

  test('PaLM 540B: 2.56e24 FLOPs with PaLM’s attention term (Chowdhery et al. 2022, App. B; shape Table 1)', () => {
    // 6 × 540.35e9 × 780e9 = 2.5288e24, plus 12 × 118 × 48 × 256 × 2048 × 780e9 = 2.779e22: 2.5566e24.
    const flops = trainingFlops({ params: 540.35e9, tokens: 780e9, attention: palm });
    expectWithin(flops, 2.56e24, 0.002);
    expect(flops).toBe(6 * 540.35e9 * 780e9 + 12 * 118 * 48 * 256 * 2048 * 780e9);
  });

  test('zero params or tokens is zero compute', () => {
    expect(trainingFlops({ params: 0, tokens: 1e12 })).toBe(0);
    expect(trainingFlops({ params: 7e9, tokens: 0, attention: gpt3 })).toBe(0);
  });
});

describe('attention per token: PaLM’s 12·L·H·Q·T, Kaplan’s half of it', () => {
  test('GPT-3 at 2,048 tokens: 12 × 96 × 96 × 128 × 2048 = 28,991,029,248 FLOPs (PaLM); Kaplan 6·n_layer·n_ctx·d_model', () => {
    expect(attentionFlopsPerToken(gpt3)).toBe(28_991_029_248);
    expect(attentionFlopsPerToken(gpt3, 'kaplan')).toBe(6 * 96 * 2048 * 12288);
  });

  test('PaLM’s MFU: 238.3k tokens/s on 6,144 TPU v4 chips at 275 TFLOP/s is 46.2% (Chowdhery et al. 2022, §4.1)', () => {
    const perToken = 6 * 540.35e9 + attentionFlopsPerToken(palm);
    expect((perToken * 238.3e3) / (6144 * 275e12)).toBeCloseTo(0.462, 3);
  });

  test('queries and values of different widths count H·(Q_qk + Q_v): DeepSeek-V3 at 4,096 tokens', () => {
    // 6 × 61 layers × 128 heads × (192 + 128) × 4096 = 61,404,610,560
    expect(attentionFlopsPerToken(attentionShapeOf(modelShapes['deepseek-v3'].shape, 4096))).toBe(61_404_610_560);
  });

  test('windowed layers count min(T, window): Gemma 2 9B, 21 of 42 layers within 4,096 tokens', () => {
    const at = (tokens: number) => attentionFlopsPerToken(attentionShapeOf(modelShapes['gemma-2-9b'].shape, tokens));
    // 6 × 16 heads × (256 + 256) = 49,152 per layer per token attended
    expect(at(4096)).toBe(49_152 * 42 * 4096);
    expect(at(8192)).toBe(49_152 * (21 * 8192 + 21 * 4096));
  });

  test('more local layers than layers is a programming error', () => {
    expect(() => attentionFlopsPerToken({ ...gpt3, localAttention: { windowTokens: 8, layers: 97 } })).toThrow(/localAttention\.layers ≤ layers/);
  });

  test('property: PaLM’s count is twice Kaplan’s and linear in the sequence length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 128 }), fc.integer({ min: 1, max: 1e6 }), (layers, heads, tokens) => {
        const shape = { layers, heads, headDim: 128, sequenceLength: tokens };
        expect(attentionFlopsPerToken(shape)).toBe(2 * attentionFlopsPerToken(shape, 'kaplan'));
        expect(attentionFlopsPerToken({ ...shape, sequenceLength: 2 * tokens })).toBe(2 * attentionFlopsPerToken(shape));
      }),
    );
  });
});

describe('checked against EleutherAI’s cookbook (calc/calc_transformer_flops.py)', () => {
  test('its attention_matrix_flops + attention_over_values_flops per training token equal PaLM’s term (GPT-3 shape)', () => {
    // The cookbook: iter_factor 3 × 2 × n_layers × tokens × seq_len × hidden_size, once for QKᵀ and once for
    // attention over values; per token 2 × 3 × 2 × 96 × 2048 × 12,288.
    const cookbook = 2 * (3 * 2 * 96 * 2048 * 12288);
    expect(attentionFlopsPerToken(gpt3)).toBe(cookbook);
  });
});
