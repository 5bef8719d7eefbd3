import { describe, expect, test } from 'vitest';
import { modelShapes, type ModelShapeId } from '../../../src/lib/modelShapes';
import { parameterBreakdown, shapeProblem } from '../../../src/lib/parameterBreakdown';
import { countParameters } from '../../../src/lib/parameters';

const ids = Object.keys(modelShapes) as ModelShapeId[];

describe('parameterBreakdown', () => {
  test.each(ids)('%s: the four parts sum exactly to countParameters().total', (id) => {
    const parts = parameterBreakdown(modelShapes[id].shape);
    expect(parts.embedding + parts.attention + parts.ffn + parts.norms).toBe(parts.total);
    expect(parts.total).toBe(countParameters(modelShapes[id].shape).total);
  });

  test('Llama 2 7B: two untied 32,000 × 4,096 embedding matrices, 32 blocks of 4·d² attention and 3·d·11,008 feed-forward', () => {
    const parts = parameterBreakdown(modelShapes['llama2-7b'].shape);
    expect(parts.embedding).toBe(2 * 32_000 * 4096);
    expect(parts.attention).toBe(32 * 4 * 4096 * 4096);
    expect(parts.ffn).toBe(32 * 3 * 4096 * 11_008);
    // RMSNorm: a gain per channel, two per block and one final.
    expect(parts.norms).toBe((2 * 32 + 1) * 4096);
  });

  test('Llama 2 70B: grouped-query attention (8 of 64 heads for K and V) shrinks K and V to 1/8', () => {
    const parts = parameterBreakdown(modelShapes['llama2-70b'].shape);
    const d = 8192;
    expect(parts.attention).toBe(80 * (2 * d * d + 2 * d * (d / 8)));
  });

  test('GPT-2 small: the tied embedding plus 1,024 learned positions is about a third of the model', () => {
    const parts = parameterBreakdown(modelShapes['gpt2-small'].shape);
    expect(parts.embedding).toBe(50_257 * 768 + 1024 * 768);
    expect(parts.embedding / parts.total).toBeGreaterThan(0.3);
    expect(parts.embedding / parts.total).toBeLessThan(0.35);
  });

  test('feed-forward grows from two to three matrices when gated, all else equal', () => {
    const shape = { layers: 2, dModel: 64, heads: 4, ffnDim: 256, vocab: 100 };
    const plain = parameterBreakdown(shape);
    const gated = parameterBreakdown({ ...shape, gatedFfn: true });
    expect(gated.ffn / plain.ffn).toBe(1.5);
    expect(gated.attention).toBe(plain.attention);
  });

  test('Gemma 2 9B: its given head width (256) overrides d_model / heads (224), and a given width needs no division', () => {
    const shape = modelShapes['gemma-2-9b'].shape;
    expect(shapeProblem(shape)).toBeNull();
    // Attention per layer 2·3584·(4096 + 2048) with 256-wide heads, 2·3584·(3584 + 1792) with 224-wide ones.
    expect(parameterBreakdown(shape).attention - parameterBreakdown({ ...shape, headDim: undefined }).attention).toBe(42 * 2 * 3584 * (6144 - 5376));
    expect(shapeProblem({ ...shape, dModel: 3585 })).toBeNull();
    expect(shapeProblem({ ...shape, dModel: 3585, headDim: undefined })?.message).toBe('16 heads do not divide the width 3585');
  });

  test('an impossible shape throws, naming what it received', () => {
    expect(() => parameterBreakdown({ layers: 2, dModel: 100, heads: 3, vocab: 10 })).toThrow(/heads/);
  });
});

describe('shapeProblem', () => {
  test.each(Object.keys(modelShapes) as ModelShapeId[])('%s: a released shape has no problem', (id) => {
    expect(shapeProblem(modelShapes[id].shape)).toBeNull();
  });

  test.each([
    ['heads', { layers: 2, dModel: 100, heads: 3, vocab: 10 }],
    ['kvHeads', { layers: 2, dModel: 96, heads: 12, kvHeads: 5, vocab: 10 }],
    ['contextLength', { layers: 2, dModel: 96, heads: 12, vocab: 10, learnedPositions: true }],
    ['expertsPerToken', { layers: 2, dModel: 96, heads: 12, vocab: 10, mixtureOfExperts: { experts: 4, expertsPerToken: 5, sharedExperts: 0, expertFfnDim: 8, denseLayers: 0 } }],
    ['denseLayers', { layers: 2, dModel: 96, heads: 12, vocab: 10, mixtureOfExperts: { experts: 4, expertsPerToken: 1, sharedExperts: 0, expertFfnDim: 8, denseLayers: 3 } }],
  ] as const)('names %s as the field to fix, where countParameters would throw', (field, shape) => {
    expect(shapeProblem(shape)?.field).toBe(field);
    expect(() => countParameters(shape)).toThrow();
  });
});
