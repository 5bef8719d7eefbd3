import { describe, expect, test } from 'vitest';
import { attentionParityContextLength, flopsPerToken, scaledNonEmbeddingParams } from '../../../src/lib/attentionShare';
import { modelShapes, type ModelShapeId } from '../../../src/lib/modelShapes';
import { countParameters } from '../../../src/lib/parameters';
import { expectWithin } from './helpers';

describe('flopsPerToken (Kaplan et al. 2020, §2.1)', () => {
  test('GPT-3 at n_ctx 2048: attention adds about 1.4% to 6N (the figure training.ts cites)', () => {
    const r = flopsPerToken({ nonEmbeddingParams: 174.6e9, layers: 96, dModel: 12288, contextLength: 2048 });
    expect(r.denseFlops).toBe(6 * 174.6e9);
    expect(r.attentionFlops).toBe(6 * 96 * 2048 * 12288);
    expectWithin(r.attentionShare, 0.0137, 0.01);
  });

  test('the attention term equals the per-token difference trainingFlops adds with an architecture', () => {
    const r = flopsPerToken({ nonEmbeddingParams: 1e9, layers: 24, dModel: 2048, contextLength: 4096 });
    expect(r.totalFlops).toBe(r.denseFlops + r.attentionFlops);
  });

  test('the share grows with the context and stays below 1', () => {
    const shares = [512, 2048, 8192, 32768, 131072, 1 << 24].map(
      (contextLength) => flopsPerToken({ nonEmbeddingParams: 6.5e9, layers: 32, dModel: 4096, contextLength }).attentionShare,
    );
    for (let i = 1; i < shares.length; i += 1) expect(shares[i]).toBeGreaterThan(shares[i - 1]!);
    expect(shares[shares.length - 1]).toBeLessThan(1);
  });

  test('attention is half of the FLOPs when n_ctx = N / (n_layer · d_model), i.e. 12·d for 12·n_layer·d² models', () => {
    const d = 1024;
    const layers = 8;
    const r = flopsPerToken({ nonEmbeddingParams: 12 * layers * d * d, layers, dModel: d, contextLength: 12 * d });
    expect(r.attentionShare).toBe(0.5);
  });

  test.each([
    ['layers', { layers: 0 }],
    ['dModel', { dModel: 1.5 }],
    ['contextLength', { contextLength: Number.NaN }],
    ['nonEmbeddingParams', { nonEmbeddingParams: -1 }],
  ])('rejects an invalid %s', (name, patch) => {
    const input = { nonEmbeddingParams: 1e9, layers: 24, dModel: 2048, contextLength: 2048, ...patch };
    expect(() => flopsPerToken(input)).toThrow(name);
  });
});

describe('scaledNonEmbeddingParams', () => {
  test.each(Object.keys(modelShapes) as ModelShapeId[])('%s at its own size is exactly countParameters().nonEmbedding', (id) => {
    const { shape } = modelShapes[id];
    expect(scaledNonEmbeddingParams(shape, { layers: shape.layers, dModel: shape.dModel })).toBe(countParameters(shape).nonEmbedding);
  });

  test('doubling the layers doubles the blocks; doubling the width quadruples them', () => {
    const { shape } = modelShapes['llama2-7b'];
    const base = countParameters(shape);
    const blocks = shape.layers * base.perLayer.total;
    expectWithin(scaledNonEmbeddingParams(shape, { layers: 64, dModel: 4096 }), 2 * blocks, 1e-4);
    expectWithin(scaledNonEmbeddingParams(shape, { layers: 32, dModel: 8192 }), 4 * blocks, 1e-4);
  });

  test('matches an exact count when the resized shape exists (Llama 2 7B widened to 8192, FFN 22,016, 64 heads)', () => {
    const { shape } = modelShapes['llama2-7b'];
    const exact = countParameters({ ...shape, dModel: 8192, ffnDim: 22_016, heads: 64 }).nonEmbedding;
    expectWithin(scaledNonEmbeddingParams(shape, { layers: 32, dModel: 8192 }), exact, 1e-4);
  });
});

describe('attentionParityContextLength', () => {
  test('at that context, attention is exactly half of the per-token FLOPs', () => {
    const shape = { nonEmbeddingParams: 6_476_271_616, layers: 32, dModel: 4096 };
    const parity = attentionParityContextLength(shape);
    expectWithin(parity, 49_410, 1e-5);
    // Not an integer context, so compare the two terms directly.
    expectWithin(6 * shape.layers * parity * shape.dModel, 6 * shape.nonEmbeddingParams, 1e-12);
  });

  test('GPT-3: about 148k tokens, far beyond its 2,048-token context', () => {
    expectWithin(attentionParityContextLength({ nonEmbeddingParams: 174.6e9, layers: 96, dModel: 12288 }), 148_000, 0.01);
  });

  test('rejects zero layers', () => {
    expect(() => attentionParityContextLength({ nonEmbeddingParams: 1e9, layers: 0, dModel: 64 })).toThrow('layers');
  });
});
