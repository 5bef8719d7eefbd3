import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { attentionParityContextLength, flopsPerToken } from '../../../src/lib/attentionShare';
import { attentionShapeOf } from '../../../src/lib/flops';
import { modelShapes } from '../../../src/lib/modelShapes';
import { countParameters } from '../../../src/lib/parameters';

const gpt3 = { layers: 96, heads: 96, headDim: 128, sequenceLength: 2048 };

describe('flopsPerToken: 6N plus attention', () => {
  test('GPT-3 at 2,048 tokens: attention is 2.69% of the per-token FLOPs in PaLM’s count, 1.37% in Kaplan’s', () => {
    // PaLM: 28,991,029,248 / (6 × 174.6e9 + 28,991,029,248) = 0.02693; Kaplan: half the attention, 0.01365.
    const palm = flopsPerToken({ params: 174.6e9, attention: gpt3 });
    expect(palm.denseFlops).toBe(6 * 174.6e9);
    expect(palm.totalFlops).toBe(palm.denseFlops + palm.attentionFlops);
    expect(palm.attentionShare).toBeCloseTo(0.02693, 5);
    expect(flopsPerToken({ params: 174.6e9, attention: gpt3, convention: 'kaplan' }).attentionShare).toBeCloseTo(0.01365, 5);
  });

  test('the share grows with the context and stays below 1', () => {
    const shares = [512, 2048, 8192, 32768, 131072, 1 << 24].map(
      (sequenceLength) => flopsPerToken({ params: 6.5e9, attention: { ...gpt3, layers: 32, heads: 32, sequenceLength } }).attentionShare,
    );
    for (let i = 1; i < shares.length; i += 1) expect(shares[i]).toBeGreaterThan(shares[i - 1]!);
    expect(shares[shares.length - 1]).toBeLessThan(1);
  });

  test('negative parameters are a programming error', () => {
    expect(() => flopsPerToken({ params: -1, attention: gpt3 })).toThrow(/params/);
  });
});

describe('attentionParityContextLength', () => {
  test('Llama 2 7B: N / (L·H·2Q) = 6,476,271,616 / (32 × 32 × 256) = 24,705 tokens in PaLM’s count, twice that in Kaplan’s', () => {
    const attention = attentionShapeOf(modelShapes['llama2-7b'].shape, 1);
    expect(attentionParityContextLength({ params: 6_476_271_616, attention })).toBe(24_705);
    expect(attentionParityContextLength({ params: 6_476_271_616, attention, convention: 'kaplan' })).toBe(49_410);
  });

  test('at that context, attention is half of the per-token FLOPs', () => {
    const shape = modelShapes['llama3.1-70b'].shape;
    const params = countParameters(shape).activeMatmul;
    const parity = attentionParityContextLength({ params, attention: attentionShapeOf(shape, 1) })!;
    expect(flopsPerToken({ params, attention: attentionShapeOf(shape, parity) }).attentionShare).toBeCloseTo(0.5, 4);
  });

  test('windowed layers: past the window only the global layers grow (Gemma 2 9B); all-windowed models never get there', () => {
    const shape = modelShapes['gemma-2-9b'].shape;
    const params = countParameters(shape).activeMatmul;
    const parity = attentionParityContextLength({ params, attention: attentionShapeOf(shape, 1) })!;
    // Gemma: 6N = 6 × 9,241,705,984; per attended token 49,152 FLOPs per layer; 21 layers capped at 4,096.
    expect(parity).toBe(Math.round((6 * 9_241_705_984 / 49_152 - 21 * 4096) / 21));
    expect(attentionParityContextLength({ params, attention: { ...attentionShapeOf(shape, 1), localAttention: { windowTokens: 4096, layers: 42 } } })).toBeUndefined();
  });

  test('all layers windowed, parity exactly at the window: reached at the window, not "never"', () => {
    // One head of width 1: 6·1·(1 + 1) = 12 FLOPs per token per attended token per layer, 24 over
    // two layers. 6N = 96 for N = 16, so attention matches the weights at 96 / 24 = 4 tokens,
    // exactly the 4-token window both layers attend within.
    const attention = { layers: 2, heads: 1, headDim: 1, sequenceLength: 1, localAttention: { windowTokens: 4, layers: 2 } };
    expect(attentionParityContextLength({ params: 16, attention })).toBe(4);
    expect(attentionParityContextLength({ params: 17, attention })).toBeUndefined();
  });

  test('property: below parity attention is under half, above it over half', () => {
    const shape = modelShapes['mistral-7b'].shape;
    const params = countParameters(shape).activeMatmul;
    const attention = { ...attentionShapeOf(shape, 1), localAttention: undefined };
    const parity = attentionParityContextLength({ params, attention })!;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 * parity }), (tokens) => {
        const share = flopsPerToken({ params, attention: { ...attention, sequenceLength: tokens } }).attentionShare;
        if (tokens < parity - 1) expect(share).toBeLessThan(0.5);
        if (tokens > parity + 1) expect(share).toBeGreaterThan(0.5);
      }),
    );
  });
});
