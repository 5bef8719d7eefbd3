import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { modelShapes, type ModelShapeId } from '../../../src/lib/modelShapes';
import { modelShapeSources } from '../../../src/lib/modelShapeSources';
import { countParameters, type ModelShape } from '../../../src/lib/parameters';
import { attentionDims, moeLayerCount } from '../../../src/lib/shapeDims';
import { expectWithin } from './helpers';

describe('countParameters reproduces the released checkpoints exactly', () => {
  // [preset, exact count, where it is read]. "index ÷ 2" = model.safetensors.index.json metadata.total_size ÷ 2 bytes (bf16).
  test.each<[ModelShapeId, number, string]>([
    ['llama2-7b', 6_738_415_616, 'meta-llama/Llama-2-7b-hf, safetensors parameter count'],
    ['llama2-70b', 68_976_648_192, 'meta-llama/Llama-2-70b-hf, safetensors parameter count'],
    ['mistral-7b', 7_241_732_096, 'Mistral-7B index total_size 14,483,464,192 ÷ 2'],
    ['mixtral-8x7b', 46_702_792_704, 'Mixtral-8x7B index total_size 93,405,585,408 ÷ 2'],
    ['llama3-8b', 8_030_261_248, 'Llama-3.1-8B index total_size 16,060,522,496 ÷ 2'],
    ['llama3.1-70b', 70_553_706_496, 'Llama-3.1-70B index total_size 141,107,412,992 ÷ 2'],
    ['llama3.1-405b', 405_853_388_800, 'Llama-3.1-405B weights 811,706,777,600 bytes ÷ 2'],
    ['gemma-2-9b', 9_241_705_984, 'gemma-2-9b index total_size 18,483,411,968 ÷ 2'],
    ['qwen2.5-7b', 7_615_616_512, 'Qwen2.5-7B index total_size 15,231,233,024 ÷ 2'],
    ['olmo-2-7b', 7_298_617_344, 'OLMo-2-1124-7B safetensors parameter count (FP32)'],
  ])('%s has exactly %d parameters (%s)', (id, exact) => {
    expect(countParameters(modelShapes[id].shape).total).toBe(exact);
    expect(modelShapes[id].checkpointParams).toBe(exact);
  });

  test('the counting is checked on a model not in the presets: OLMo 2 13B, index total_size 54,864,793,600 ÷ 4 (FP32)', () => {
    const olmo13b: ModelShape = { ...modelShapes['olmo-2-7b'].shape, layers: 40, dModel: 5120, heads: 40, ffnDim: 13824 };
    expect(countParameters(olmo13b).total).toBe(13_716_198_400);
  });
});

describe('and the sizes their developers print, as rounded as printed', () => {
  // [preset, printed, significant figures printed, rounded or cut off, where]. Meta and Qwen cut off (405.85B is
  // printed 405B, 7.6156B is printed 7.61B); the others round.
  test.each<[ModelShapeId, number, number, 'round' | 'cut', string]>([
    ['gpt2-small', 124e6, 3, 'round', 'OpenAI gpt-2 repository: the "124M" checkpoint'],
    ['gpt2-medium', 355e6, 3, 'round', 'OpenAI gpt-2 repository: "355M"'],
    ['gpt2-large', 774e6, 3, 'round', 'OpenAI gpt-2 repository: "774M"'],
    ['gpt2-xl', 1558e6, 4, 'round', 'OpenAI gpt-2 repository: "1558M"'],
    ['gpt3-175b', 175e9, 3, 'round', 'Brown et al. 2020, Table 2.1'],
    ['mixtral-8x7b', 46.7e9, 3, 'round', 'Mistral AI, "46.7B total"'],
    ['llama3.1-405b', 405e9, 3, 'cut', 'Llama 3.1 model card'],
    ['qwen2.5-7b', 7.61e9, 3, 'cut', 'Qwen2.5-7B model card'],
    ['deepseek-v3', 671e9, 3, 'round', 'DeepSeek-V3 report, abstract'],
    ['llama-4-maverick', 400e9, 2, 'round', 'Llama 4 model card, "400B (Total)"'],
  ])('%s prints as %d (%d significant figures, %s; %s)', (id, printed, digits, how) => {
    const total = countParameters(modelShapes[id].shape).total;
    const scale = 10 ** (Math.floor(Math.log10(total)) + 1 - digits);
    expect((how === 'round' ? Math.round(total / scale) : Math.floor(total / scale)) * scale).toBe(printed);
    expect(modelShapes[id].publishedParams).toBe(printed);
  });

  test('the GPT-2 paper’s 117M and 1542M are not the released weights: OpenAI’s repository says the counts were wrong', () => {
    expect(countParameters(modelShapes['gpt2-small'].shape).total).toBe(124_439_808);
    expect(countParameters(modelShapes['gpt2-xl'].shape).total).toBe(1_557_611_200);
    expect(modelShapeSources['gpt2-xl'].note).toMatch(/1542M.*1558M/);
  });

  test('GPT-3 175B counts 174.6B, the N of PaLM Table 3', () => {
    expectWithin(countParameters(modelShapes['gpt3-175b'].shape).total, 174.6e9, 0.0005);
  });

  test('Qwen2.5 7B without embeddings: 6.53B, as its model card prints', () => {
    expect(Number(countParameters(modelShapes['qwen2.5-7b'].shape).nonEmbedding.toPrecision(3))).toBe(6.53e9);
  });

  test('Gemma 2 9B: 917,504,000 embedding and 8,324,201,984 other parameters (Gemma Team 2024, Table 2)', () => {
    const count = countParameters(modelShapes['gemma-2-9b'].shape);
    expect(count.embedding).toBe(917_504_000);
    expect(count.nonEmbedding).toBe(8_324_201_984);
  });
});

describe('mixture of experts: total and active', () => {
  test('Mixtral 8x7B: 46.7B total, 12.9B active (Mistral AI), counted exactly', () => {
    // Per layer: attention 2·4096² + 2·4096·1024 = 41,943,040; expert 3·4096·14,336 = 176,160,768; router 8·4096;
    // norms 2·4096. Active layer: attention + 2 experts + router + norms = 394,305,536; × 32 + 2·32,000·4096 + 4096.
    const count = countParameters(modelShapes['mixtral-8x7b'].shape);
    expect(count.active).toBe(12_879_925_248);
    expect(Number(count.active.toPrecision(3))).toBe(12.9e9);
    expect(count.routedExperts).toBe(32 * 8 * 176_160_768);
  });

  test('DeepSeek-V3: 671,026,419,200 total and 37,552,297,472 active (hand count of config_671B.json)', () => {
    // MLA per layer: 7168·1536 + 1536 + 1536·128·192 + 7168·576 + 512 + 512·128·256 + 128·128·7168 = 187,107,328.
    // Expert 3·7168·2048 = 44,040,192. Dense layers (3): 187,107,328 + 3·7168·18,432 + 2·7168 = 583,483,392 each.
    // MoE layers (58): 187,107,328 + 257 experts + router 256·7168 + 256 + norms = 11,507,286,272 each.
    // Embeddings 2·129,280·7168 + final norm 7168. Active MoE layer: 9 experts instead of 257: 585,318,656.
    const count = countParameters(modelShapes['deepseek-v3'].shape);
    expect(count.total).toBe(671_026_419_200);
    expect(count.active).toBe(37_552_297_472);
    // DeepSeek prints 37B (abstract) and 36.7B (README_WEIGHTS.md, both embedding tables included): 1.5–2.3% below
    // this count, a difference the released configuration does not explain; the test pins how far apart they are.
    expectWithin(count.active, 37e9, 0.015);
  });

  test('Llama 4 Maverick: 400.7B in the language model, 17.2B active (model card: 400B, 17B)', () => {
    // 24 dense layers: attention 62,914,560 + 3·5120·16,384 + 2·5120; 24 MoE layers: attention + 129 experts of
    // 3·5120·8192 + router 5120·128 + norms; embeddings 2·202,048·5120 + 5120.
    const count = countParameters(modelShapes['llama-4-maverick'].shape);
    expect(count.total).toBe(400_711_848_960);
    expect(count.active).toBe(17_184_691_200);
    expect(Number(count.active.toPrecision(2))).toBe(17e9);
  });

  test('a dense model is all active', () => {
    const count = countParameters(modelShapes['llama3.1-70b'].shape);
    expect(count.active).toBe(count.total);
    expect(count.routedExperts).toBe(0);
    expect(moeLayerCount(modelShapes['llama3.1-70b'].shape)).toBe(0);
  });

  test('DeepSeek-V3: 58 of 61 layers have experts; every layer dense is allowed, one more is not', () => {
    const shape = modelShapes['deepseek-v3'].shape;
    const withDense = (denseLayers: number) => ({ ...shape, mixtureOfExperts: { ...shape.mixtureOfExperts!, denseLayers } });
    expect(moeLayerCount(shape)).toBe(58);
    expect(moeLayerCount(withDense(61))).toBe(0);
    expect(() => moeLayerCount(withDense(62))).toThrow('moeLayerCount: expected denseLayers ≤ layers (61), received 62');
  });
});

describe('the parts', () => {
  test('GPT-2 small: tied embeddings 50257·768 + positions 1024·768; biases everywhere; LayerNorm', () => {
    const count = countParameters(modelShapes['gpt2-small'].shape);
    expect(count.embedding).toBe(50257 * 768 + 1024 * 768);
    expect(count.attention).toBe(12 * (4 * 768 * 768 + 4 * 768));
    expect(count.ffn).toBe(12 * (2 * 768 * 3072 + 3072 + 768));
    expect(count.norms).toBe((12 * 2 + 1) * 2 * 768);
    expect(count.embedding + count.attention + count.ffn + count.norms).toBe(count.total);
    // The tied table is the output product; only the positions are looked up.
    expect(count.activeMatmul).toBe(count.total - 1024 * 768);
  });

  test('Llama: the untied input table is a lookup, the output projection a product', () => {
    const count = countParameters(modelShapes['llama2-7b'].shape);
    expect(count.activeMatmul).toBe(6_738_415_616 - 32_000 * 4096);
  });

  test('Gemma 2: heads 256 wide, so Q is 16·256 = 4,096 wide in a 3,584-wide model; four norms per block', () => {
    const shape = modelShapes['gemma-2-9b'].shape;
    expect(attentionDims(shape)).toEqual({ heads: 16, kvHeads: 8, qkHeadDim: 256, valueHeadDim: 256, kvCacheValues: 4096 });
    expect(countParameters(shape).attention).toBe(42 * (2 * 3584 * 4096 + 2 * 3584 * 2048));
    expect(countParameters(shape).norms).toBe((42 * 4 + 1) * 3584);
  });

  test('Qwen2.5: biases on Q, K and V only: 28 layers × (3,584 + 2 × 512)', () => {
    const shape = modelShapes['qwen2.5-7b'].shape;
    expect(countParameters(shape).total - countParameters({ ...shape, biases: 'none' }).total).toBe(28 * 4608);
  });

  test('OLMo 2: QK norms over the full width, 32 layers × (4,096 + 4,096)', () => {
    const shape = modelShapes['olmo-2-7b'].shape;
    expect(countParameters(shape).total - countParameters({ ...shape, qkNorm: 'none' }).total).toBe(32 * 8192);
    // Per-head norms (Qwen3's) are one head wide, shared by the heads.
    expect(countParameters({ ...shape, qkNorm: 'per-head' }).total - countParameters({ ...shape, qkNorm: 'none' }).total).toBe(32 * 256);
  });

  test('QK norms are LayerNorms when the model’s norms are: a gain and a bias per width', () => {
    // d = 8, 2 heads of 4: per-head norms on Q and K, 2 × 4 wide, each with gain and bias: 16.
    const shape = { layers: 1, dModel: 8, heads: 2, vocab: 10, norm: 'layernorm', qkNorm: 'per-head' } as const;
    expect(countParameters(shape).total - countParameters({ ...shape, qkNorm: 'none' }).total).toBe(16);
  });

  test('grouped-query attention shrinks K and V: Llama 2 70B attention is 2d² + 2d·(d/8) per layer', () => {
    expect(countParameters(modelShapes['llama2-70b'].shape).attention).toBe(80 * (2 * 8192 ** 2 + 2 * 8192 * 1024));
  });

  test('latent attention by hand, with and without query compression, LayerNorm gains and biases on the latents', () => {
    // d = 4, 2 heads; per head 2 + 1 = 3 wide queries and keys (1 rotary), values 3; the key-value
    // latent is 2 wide; LayerNorm counts 2 per width (gain and bias). DeepSeek-V2 §2.1.2.
    // Keys and values: down-projection 4 × (2 + 1) = 12, latent norm 2 × 2 = 4, up-projection
    // 2 × 2 × (2 + 3) = 20: 36. Output 2 × 3 × 4 = 24.
    const latent = { queryRank: 0, kvRank: 2, qkNopeHeadDim: 2, qkRopeHeadDim: 1, valueHeadDim: 3 };
    const shape = { layers: 1, dModel: 4, heads: 2, vocab: 1, norm: 'layernorm', latentAttention: latent } as const;
    // Queries projected directly: 4 × 2 × 3 = 24. Total 24 + 36 + 24 = 84.
    expect(countParameters(shape).attention).toBe(84);
    // Queries through a rank-3 latent: down 4 × 3 = 12, its norm 3 × 2 = 6, up 3 × 2 × 3 = 18: 36.
    // Total 36 + 36 + 24 = 96.
    expect(countParameters({ ...shape, latentAttention: { ...latent, queryRank: 3 } }).attention).toBe(96);
  });

  test('defaults: MHA, 4d plain feed-forward, untied, RMSNorm before each sub-layer, no biases', () => {
    const count = countParameters({ layers: 1, dModel: 8, heads: 2, vocab: 10 });
    expect(count).toMatchObject({ attention: 4 * 64, ffn: 2 * 8 * 32, norms: 3 * 8, embedding: 2 * 10 * 8 });
  });

  test('non-embedding parameters ≈ 12·n_layer·d² for a GPT (Kaplan et al. 2020, §2.1)', () => {
    const { layers, dModel } = modelShapes['gpt3-175b'].shape;
    expectWithin(countParameters(modelShapes['gpt3-175b'].shape).nonEmbedding, 12 * layers * dModel ** 2, 0.001);
  });
});

describe('impossible shapes are programming errors', () => {
  test.each<[string, ModelShape, RegExp]>([
    ['heads not dividing the width', { layers: 1, dModel: 10, heads: 3, vocab: 5 }, /heads to divide dModel/],
    ['kvHeads not dividing heads', { layers: 1, dModel: 8, heads: 4, kvHeads: 3, vocab: 5 }, /kvHeads to divide heads/],
    ['learned positions without a context', { layers: 1, dModel: 8, heads: 4, vocab: 5, learnedPositions: true }, /contextLength.*received NaN/],
    ['more experts per token than experts', { layers: 1, dModel: 8, heads: 4, vocab: 5, mixtureOfExperts: { experts: 2, expertsPerToken: 3, sharedExperts: 0, expertFfnDim: 8, denseLayers: 0 } }, /expertsPerToken ≤ experts/],
    ['more dense layers than layers', { layers: 1, dModel: 8, heads: 4, vocab: 5, mixtureOfExperts: { experts: 2, expertsPerToken: 1, sharedExperts: 0, expertFfnDim: 8, denseLayers: 2 } }, /denseLayers ≤ layers/],
    ['zero layers', { layers: 0, dModel: 8, heads: 4, vocab: 5 }, /layers/],
  ])('%s', (_case, shape, message) => {
    expect(() => countParameters(shape)).toThrow(message);
  });
});

describe('properties', () => {
  const shapes = fc.record({
    layers: fc.integer({ min: 1, max: 100 }),
    headDim: fc.integer({ min: 1, max: 256 }),
    heads: fc.integer({ min: 1, max: 64 }),
    groups: fc.integer({ min: 1, max: 8 }),
    vocab: fc.integer({ min: 1, max: 300_000 }),
    experts: fc.integer({ min: 1, max: 64 }),
    chosen: fc.integer({ min: 1, max: 64 }),
  });
  test('parts sum to the total; active ≤ total; active = total minus the unused experts', () => {
    fc.assert(
      fc.property(shapes, ({ layers, headDim, heads, groups, vocab, experts, chosen }) => {
        const shape: ModelShape = {
          layers,
          dModel: 64,
          heads: heads * groups,
          kvHeads: heads,
          headDim,
          vocab,
          gatedFfn: true,
          mixtureOfExperts: { experts, expertsPerToken: Math.min(chosen, experts), sharedExperts: 1, expertFfnDim: 32, denseLayers: 0 },
        };
        const count = countParameters(shape);
        expect(count.embedding + count.attention + count.ffn + count.norms).toBe(count.total);
        expect(count.active).toBeLessThanOrEqual(count.total);
        expect(count.total - count.active).toBe(layers * (experts - Math.min(chosen, experts)) * 3 * 64 * 32);
      }),
    );
  });
});

describe('checked against llm-analysis (llm_analysis/analysis.py, get_num_params_total)', () => {
  test('its count for Mixtral 8x7B, which has the embedding once, equals ours with a tied output', () => {
    // llm-analysis per layer: 2h² + 2h·(h·kv/heads) attention, 3·h·ffn·E gated experts, h·E router, 2h norms;
    // plus h·V embedding (shared by default) and h for the last norm.
    const [h, kv, heads, ffn, experts, layers, vocab] = [4096, 8, 32, 14336, 8, 32, 32000];
    const perLayer = 2 * h * h + 2 * h * ((h * kv) / heads) + 3 * h * ffn * experts + h * experts + 2 * h;
    const llmAnalysis = layers * perLayer + h * vocab + h;
    expect(countParameters({ ...modelShapes['mixtral-8x7b'].shape, tiedEmbeddings: true }).total).toBe(llmAnalysis);
  });
});
