import { describe, expect, test } from 'vitest';
import { modelShapes, type ModelShapeId } from '../../../src/lib/modelShapes';
import { countParameters } from '../../../src/lib/parameters';
import { expectWithin } from './helpers';

describe('countParameters reproduces released models', () => {
  // Exact counts: Hugging Face safetensors metadata of the released weights.
  test.each<[ModelShapeId, number, string]>([
    ['gpt2-small', 124_439_808, 'openai-community/gpt2'],
    ['gpt2-xl', 1_557_611_200, 'openai-community/gpt2-xl'],
    ['llama2-7b', 6_738_415_616, 'meta-llama/Llama-2-7b-hf'],
    ['llama2-70b', 68_976_648_192, 'meta-llama/Llama-2-70b-hf'],
    ['llama3-8b', 8_030_261_248, 'meta-llama/Meta-Llama-3-8B'],
  ])('%s has exactly %d parameters (%s)', (id, exact) => {
    expect(countParameters(modelShapes[id].shape).total).toBe(exact);
    expect(modelShapes[id].checkpointParams).toBe(exact);
  });

  test.each<[ModelShapeId, number]>([
    ['gpt2-small', 0.005],
    ['gpt2-xl', 0.011], // the paper's "1542M" is 1% below the released weights
    ['gpt3-175b', 0.005],
    ['llama2-7b', 0.04], // "7B" is rounded
    ['llama2-70b', 0.015],
    ['llama3-8b', 0.005],
  ])('%s is within %d of its published size', (id, tolerance) => {
    expectWithin(countParameters(modelShapes[id].shape).total, modelShapes[id].publishedParams, tolerance);
  });

  test('GPT-3 175B counts 174.6B (the N of PaLM Table 3 and Patterson et al. 2021)', () => {
    expectWithin(countParameters(modelShapes['gpt3-175b'].shape).total, 174.6e9, 0.0005);
  });

  test('non-embedding parameters ≈ 12·n_layer·d² for a GPT (Kaplan et al. 2020, §2.1)', () => {
    const { layers, dModel } = modelShapes['gpt3-175b'].shape;
    expectWithin(countParameters(modelShapes['gpt3-175b'].shape).nonEmbedding, 12 * layers * dModel ** 2, 0.001);
  });
});

describe('the parts add up', () => {
  test.each(Object.keys(modelShapes) as ModelShapeId[])('%s: total = embedding + non-embedding', (id) => {
    const count = countParameters(modelShapes[id].shape);
    expect(count.embedding + count.nonEmbedding).toBe(count.total);
    const { attention, ffn, norms, total } = count.perLayer;
    expect(attention + ffn + norms).toBe(total);
  });

  test('GPT-2 small breakdown: tied embeddings 50257·768 + positions 1024·768', () => {
    const count = countParameters(modelShapes['gpt2-small'].shape);
    expect(count.embedding).toBe(50257 * 768 + 1024 * 768);
    expect(count.perLayer).toEqual({ attention: 2_362_368, ffn: 4_722_432, norms: 3072, total: 7_087_872 });
    expect(count.nonEmbedding).toBe(12 * 7_087_872 + 2 * 768);
  });

  test('grouped-query attention shrinks K and V: Llama 2 70B attention is 2d² + 2d·(d/8)', () => {
    expect(countParameters(modelShapes['llama2-70b'].shape).perLayer.attention).toBe(2 * 8192 ** 2 + 2 * 8192 * 1024);
  });

  test('defaults: MHA, 4d plain feed-forward, untied, RMSNorm, no biases, no learned positions', () => {
    const count = countParameters({ layers: 1, dModel: 8, heads: 2, vocab: 10 });
    expect(count.perLayer).toEqual({ attention: 4 * 64, ffn: 2 * 8 * 32, norms: 16, total: 256 + 512 + 16 });
    expect(count.embedding).toBe(2 * 10 * 8);
    expect(count.total).toBe(160 + 784 + 8);
  });
});

describe('impossible shapes throw', () => {
  test.each([
    [{ layers: 1, dModel: 10, heads: 3, vocab: 5 }, /heads to divide dModel.*dModel 10, heads 3/],
    [{ layers: 1, dModel: 8, heads: 4, kvHeads: 3, vocab: 5 }, /kvHeads to divide heads/],
    [{ layers: 0, dModel: 8, heads: 4, vocab: 5 }, /layers to be an integer ≥ 1, received 0/],
    [{ layers: 1, dModel: 8, heads: 4, vocab: 5, learnedPositions: true }, /contextLength.*received NaN/],
    [{ layers: 1, dModel: 8, heads: 4, vocab: 5, norm: 'batchnorm' as never }, /norm to be one of layernorm, rmsnorm/],
  ])('%j', (shape, message) => {
    expect(() => countParameters(shape)).toThrow(message);
  });
});
