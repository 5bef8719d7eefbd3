import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { estimateServing, expectedExpertsTouched, servingMemoryShare, type ServingEstimate, type ServingInput } from '../../../src/lib/inference';
import { modelShapes } from '../../../src/lib/modelShapes';

/** An accelerator with round figures, so the arithmetic below can be checked by hand. */
const round = { peakFlops: 1e15, memoryBandwidthBytesPerSecond: 2e12, memoryBytes: 100e9 };
const llama70b: ServingInput = {
  shape: modelShapes['llama3.1-70b'].shape,
  weightBytesPerParam: 2,
  kvBytesPerValue: 2,
  accelerator: round,
  devices: 4,
  batchSize: 64,
  inputTokens: 2000,
  outputTokens: 500,
  computeUtilisation: 0.5,
  pricePerHour: 2,
};
const fitted = (input: ServingInput): ServingEstimate => {
  const result = estimateServing(input);
  if (!result.fits) throw new Error(`expected ${JSON.stringify(input)} to fit`);
  return result;
};

describe('memory: weights, then the KV cache of every sequence', () => {
  test('vLLM uses 90% of device memory by default', () => {
    expect(servingMemoryShare).toBe(0.9);
  });

  test('Llama 3.1 70B in bf16 on 4 × 100 GB: 267 requests of 2,500 tokens fit', () => {
    // 4 × 100e9 × 0.9 = 360e9 usable − 141,107,412,992 weights = 218,892,587,008 for the cache;
    // a request holds 2,500 tokens × 327,680 bytes = 819,200,000, so floor(267.2) = 267.
    const result = fitted(llama70b);
    expect(result.weightBytes).toBe(141_107_412_992);
    expect(result.kvBytesPerRequest).toBe(819_200_000);
    expect(result.maxBatch).toBe(267);
    expect(result.batch).toBe(64);
  });

  test('a larger batch than memory holds is capped at what fits', () => {
    expect(fitted({ ...llama70b, batchSize: 1000 }).batch).toBe(267);
  });

  test('without devices given, the fewest power of two that holds the weights and one request: 2 × H100 for 70B in bf16', () => {
    expect(fitted({ ...llama70b, accelerator: 'h100-sxm', devices: undefined }).devicesPerReplica).toBe(2);
  });

  test('a model that does not fit says why instead of returning a number', () => {
    expect(estimateServing({ ...llama70b, shape: modelShapes['llama3.1-405b'].shape, accelerator: 'h100-sxm', devices: 1 })).toMatchObject({
      fits: false,
      reason: 'weights',
      devicesPerReplica: 1,
    });
    // 141.1 GB of weights in 144 GB usable leaves 2.9 GB: no room for one 1M-token request (328 GB of cache).
    expect(estimateServing({ ...llama70b, accelerator: 'h100-sxm', devices: 2, inputTokens: 1_000_000 })).toMatchObject({ fits: false, reason: 'one-request' });
  });
});

describe('decode: each step reads the weights the batch touches and every KV cache', () => {
  test('Llama 3.1 70B, batch 64, by hand: memory-bound, 23.27 ms a step, $0.8081 per million output tokens', () => {
    // Weights read: (70,553,706,496 − 128,256 × 8192 input table) × 2 = 139,006,066,688 bytes.
    // KV read: 64 sequences × 2,250 tokens (mid-generation) × 327,680 = 47,185,920,000 bytes.
    // (139,006,066,688 + 47,185,920,000) / (4 × 2e12) = 0.023273998336 s; compute 9.27e12 FLOPs / 2e15 = 4.6 ms.
    // Cost: 4 devices × $2 / 3600 s × 0.023273998336 s / 64 tokens × 1e6 = $0.80812494.
    const result = fitted(llama70b);
    expect(result.weightBytesPerStep).toBe(139_006_066_688);
    expect(result.kvBytesPerStep).toBe(47_185_920_000);
    expect(result.decodeBound).toBe('memory-bandwidth');
    expect(result.stepSeconds).toBeCloseTo(0.023273998336, 12);
    expect(result.costPerMillionOutputTokensUsd).toBeCloseTo(0.80812494, 7);
  });

  test('prefill by hand: 2·N·2000 + causal attention, at half the peak: 141.6 ms, $0.1574 per million input tokens', () => {
    // 2 × 69,503,033,344 × 2000 + 2·64·256 × (80 × 2000² / 2) = 283,255,013,376,000 FLOPs / (4 × 1e15 × 0.5).
    const result = fitted(llama70b);
    expect(result.prefillSeconds).toBeCloseTo(0.141627506688, 12);
    expect(result.costPerMillionInputTokensUsd).toBeCloseTo((8 / 3600) * (0.141627506688 / 2000) * 1e6, 9);
    // A request takes its prefill plus 500 steps shared by 64 sequences: 0.3234556 s of the replica.
    expect(result.outputTokensPerSecond).toBeCloseTo(500 / (0.141627506688 + (500 * 0.023273998336) / 64), 6);
  });

  test('a sliding window caps the attention of long prompts: Mistral 7B attends to 4,096 tokens at most', () => {
    const mistral = { ...llama70b, shape: modelShapes['mistral-7b'].shape, inputTokens: 8192 };
    // 2 × 7,110,660,096 × 8192 + 2·32·256 × 32 layers × (4096²/2 + 4096 × 4096) pairs
    // = 129,695,194,546,176 FLOPs / (4 × 1e15 × 0.5) = 64.85 ms.
    expect(fitted(mistral).prefillSeconds).toBeCloseTo(0.064847597273088, 12);
    // Within the window, every pair is attended to, as with global attention.
    const short = fitted({ ...mistral, inputTokens: 2000 });
    expect(short.prefillSeconds).toBeCloseTo((2 * 7_110_660_096 * 2000 + 16_384 * 32 * (2000 ** 2 / 2)) / 2e15, 12);
  });

  test('a large enough batch turns compute-bound', () => {
    const result = fitted({ ...llama70b, inputTokens: 10, outputTokens: 10, batchSize: 4000, computeUtilisation: 0.05 });
    expect(result.decodeBound).toBe('compute');
  });

  test('the expected experts a batch touches: E·(1 − (1 − k/E)^B)', () => {
    expect(expectedExpertsTouched({ experts: 8, expertsPerToken: 2, tokens: 1 })).toBe(2);
    expect(expectedExpertsTouched({ experts: 8, expertsPerToken: 2, tokens: 64 })).toBeCloseTo(8 * (1 - 0.75 ** 64), 12);
    expect(expectedExpertsTouched({ experts: 256, expertsPerToken: 8, tokens: 0 })).toBe(0);
  });

  test('Mixtral: batch 1 reads the active weights, batch 64 nearly all of them, 3.65 times as much', () => {
    const mixtral = { ...llama70b, shape: modelShapes['mixtral-8x7b'].shape, devices: 2 };
    const one = fitted({ ...mixtral, batchSize: 1 });
    const many = fitted({ ...mixtral, batchSize: 64 });
    // Active minus the input table: 12,879,925,248 − 32,000 × 4096 = 12,748,853,248 parameters, 2 bytes each.
    expect(one.weightBytesPerStep).toBe(12_748_853_248 * 2);
    expect(many.weightBytesPerStep / one.weightBytesPerStep).toBeCloseTo((46_702_792_704 - 131_072_000) / 12_748_853_248, 6);
  });
});

describe('a toy model served by hand, every figure checked', () => {
  // One layer, d = 4, one head, vocabulary 8, no biases, RMSNorm, untied (countParameters'
  // defaults): attention 4·4² = 64, feed-forward 2·4·16 = 128, norms 3·4 = 12, input table and
  // output projection 2·8·4 = 64; 268 in all, of which the 32 of the input table are looked up,
  // not multiplied: 236. One byte per weight and per cached value; the cache keeps K and V,
  // 2·4 = 8 values per token. Requests of 10 prompt and 10 generated tokens: 8 × 20 = 160 bytes.
  const toyShape = { layers: 1, dModel: 4, heads: 1, vocab: 8 };
  // 1,000 bytes (900 usable); peak 2,848 FLOP/s at 50% = 1,424; 952 B/s at 50% = 476.
  const toyChip = { peakFlops: 2848, memoryBandwidthBytesPerSecond: 952, memoryBytes: 1000 };
  const toy: ServingInput = {
    shape: toyShape,
    weightBytesPerParam: 1,
    kvBytesPerValue: 1,
    accelerator: toyChip,
    devices: 1,
    batchSize: 2,
    inputTokens: 10,
    outputTokens: 10,
    computeUtilisation: 0.5,
    bandwidthUtilisation: 0.5,
    pricePerHour: 3.6,
  };

  test('memory: 268 bytes of weights, 160 per request, (900 − 268) / 160 → 3 fit, batch 2', () => {
    expect(fitted(toy)).toMatchObject({ devicesPerReplica: 1, weightBytes: 268, kvBytesPerRequest: 160, maxBatch: 3, batch: 2, expertsReadPerLayer: 0 });
  });

  test('a decode step where memory and compute take exactly as long is memory-bound: 1 s', () => {
    // Reads: 236 weights + 2 sequences × 8 × 15 (mean context 10 + 10/2) = 476 bytes, at 476 B/s: 1 s.
    // FLOPs: 2 × (2·236 + 2·1·(4 + 4)·15) = 2 × (472 + 240) = 1,424, at 1,424 FLOP/s: 1 s.
    const result = fitted(toy);
    expect(result.weightBytesPerStep).toBe(236);
    expect(result.kvBytesPerStep).toBe(240);
    expect(result.stepSeconds).toBe(1);
    expect(result.decodeBound).toBe('memory-bandwidth');
    // At the full bandwidth the read takes ½ s and compute is the bound.
    expect(fitted({ ...toy, bandwidthUtilisation: 1 }).decodeBound).toBe('compute');
  });

  test('prefill, throughput and prices', () => {
    // Prefill: 2·236·10 + 16 × 10²/2 = 4,720 + 800 = 5,520 FLOPs at 1,424 FLOP/s = 3.876 s; it
    // outlasts reading the weights once (236 / 476 = 0.496 s), so the first token waits for it.
    // A request: 3.876 s + 10 steps of 1 s shared by 2 sequences = 8.876 s: 10 / 8.876 tokens/s each way.
    // $3.60/h = $0.001/s: input 0.001 × 3.876 / 10 × 1e6 = $387.6 per million; output 0.001 × 1 / 2 × 1e6 = $500.
    const result = fitted(toy);
    const request = 5520 / 1424 + 5;
    expect(result.prefillSeconds).toBeCloseTo(5520 / 1424, 12);
    expect(result.timeToFirstTokenSeconds).toBeCloseTo(5520 / 1424, 12);
    expect(result.outputTokensPerSecond).toBeCloseTo(10 / request, 12);
    expect(result.inputTokensPerSecond).toBeCloseTo(10 / request, 12);
    expect(result.costPerMillionInputTokensUsd).toBeCloseTo((0.001 * (5520 / 1424) * 1e6) / 10, 6);
    expect(result.costPerMillionOutputTokensUsd).toBeCloseTo(500, 9);
    // One replica: $3.60 × 730.5 h = $2,629.80 a month.
    expect(result.replicas).toBe(1);
    expect(result.costPerMonthUsd).toBeCloseTo(2629.8, 9);
  });

  test('a one-token prompt waits for the weights to be read, not for its prefill', () => {
    // Prefill 2·236 + 16 × ½ = 480 FLOPs = 0.337 s; reading 236 bytes at 476 B/s = 0.496 s.
    expect(fitted({ ...toy, inputTokens: 1 }).timeToFirstTokenSeconds).toBeCloseTo(236 / 476, 12);
  });

  test('on a slow chip the step is compute-bound: 178 s', () => {
    // Peak 16 FLOP/s at 50% = 8: 1,424 FLOPs take 178 s; the read still takes 1 s.
    const result = fitted({ ...toy, accelerator: { ...toyChip, peakFlops: 16 } });
    expect(result.stepSeconds).toBe(178);
    expect(result.decodeBound).toBe('compute');
  });

  test('a sliding window caps prefill attention only in the layers that have one', () => {
    // Two layers, one attending within 4 tokens: 468 parameters, 436 multiplied (2 × 64 attention,
    // 2 × 128 feed-forward, 5 × 4 norms, 64 embedding and output). Causal pairs of 10 tokens:
    // global 10²/2 = 50, windowed 4²/2 + 4 × 6 = 32. Prefill 2·436·10 + 16 × 82 = 10,032 FLOPs.
    const shape = { ...toyShape, layers: 2, localAttention: { windowTokens: 4, layers: 1 } };
    expect(fitted({ ...toy, shape, accelerator: { ...toyChip, memoryBytes: 2000 } }).prefillSeconds).toBeCloseTo(10_032 / 1424, 12);
  });

  test('memory boundaries: exactly full of weights does not fit; room for exactly one request does', () => {
    // 297.78 × 0.9 = 268 usable: the weights fill it, no room for a request.
    expect(estimateServing({ ...toy, accelerator: { ...toyChip, memoryBytes: 268 / 0.9 } })).toMatchObject({ fits: false, reason: 'weights' });
    // 500 × 0.9 = 450 usable: 182 bytes after the weights hold one 160-byte request.
    expect(fitted({ ...toy, accelerator: { ...toyChip, memoryBytes: 500 } })).toMatchObject({ maxBatch: 1, batch: 1 });
  });

  test('the fewest devices: a power of two holding the weights and one request, exactly full allowed', () => {
    // 268 + 160 = 428 bytes: on 400-byte chips one holds 360, two 720.
    expect(fitted({ ...toy, devices: undefined, accelerator: { ...toyChip, memoryBytes: 400 } }).devicesPerReplica).toBe(2);
    // On 475.56-byte chips one holds exactly 428.
    expect(fitted({ ...toy, devices: undefined, accelerator: { ...toyChip, memoryBytes: 428 / 0.9 } }).devicesPerReplica).toBe(1);
    // No count up to 1,024 holds it on 0.1-byte chips: the answer stops at 1,024, and says it does not fit.
    expect(estimateServing({ ...toy, devices: undefined, accelerator: { ...toyChip, memoryBytes: 0.1 } })).toMatchObject({
      fits: false,
      reason: 'weights',
      devicesPerReplica: 1024,
    });
  });
});

describe('replicas and the month (730.5 hours)', () => {
  const capacity = fitted(llama70b).outputTokensPerSecond * 3600 * 730.5;
  test.each([
    [0.99, 1],
    [1.2, 2],
    [2.5, 3],
  ])('demand of %d × one replica’s monthly output needs %d replicas', (share, replicas) => {
    const result = fitted({ ...llama70b, outputTokensPerMonth: capacity * share });
    expect(result.replicas).toBe(replicas);
    // 4 devices × $2 × 730.5 h per replica.
    expect(result.costPerMonthUsd).toBe(replicas * 5844);
  });

  test('no demand still keeps one replica', () => {
    expect(fitted({ ...llama70b, outputTokensPerMonth: 0 }).replicas).toBe(1);
  });
});

describe('programming errors throw', () => {
  test.each([
    [{ batchSize: 0 }, 'batchSize to be an integer ≥ 1, received 0'],
    [{ inputTokens: 0 }, 'inputTokens to be an integer ≥ 1, received 0'],
    [{ outputTokens: 2.5 }, 'outputTokens to be an integer ≥ 1, received 2.5'],
    [{ devices: 0 }, 'devices to be an integer ≥ 1, received 0'],
    [{ computeUtilisation: 0 }, 'computeUtilisation to be a fraction in (0, 1], e.g. 0.4 for 40%, received 0'],
    [{ bandwidthUtilisation: 1.5 }, 'bandwidthUtilisation to be a fraction in (0, 1], e.g. 0.4 for 40%, received 1.5'],
    [{ weightBytesPerParam: 0 }, 'weightBytesPerParam to be a finite number > 0, received 0'],
    [{ pricePerHour: -1 }, 'pricePerHour to be a finite number ≥ 0, received -1'],
    [{ outputTokensPerMonth: -1 }, 'outputTokensPerMonth to be a finite number ≥ 0, received -1'],
    [{ accelerator: { ...round, peakFlops: 0 } }, 'accelerator.peakFlops to be a finite number > 0, received 0'],
    [{ accelerator: { ...round, memoryBandwidthBytesPerSecond: 0 } }, 'accelerator.memoryBandwidthBytesPerSecond to be a finite number > 0, received 0'],
    [{ accelerator: { ...round, memoryBytes: 0 } }, 'accelerator.memoryBytes to be a finite number > 0, received 0'],
  ])('%j', (override, message) => {
    expect(() => estimateServing({ ...llama70b, ...override })).toThrow(`estimateServing: expected ${message}`);
  });

  test('an unknown accelerator id', () => {
    expect(() => estimateServing({ ...llama70b, accelerator: 'h100' as never })).toThrow(/Unknown accelerator id "h100"/);
  });

  test.each([
    [{ experts: 0, expertsPerToken: 1, tokens: 1 }, 'experts to be an integer ≥ 1, received 0'],
    [{ experts: 8, expertsPerToken: 0, tokens: 1 }, 'expertsPerToken to be an integer ≥ 1, received 0'],
    [{ experts: 8, expertsPerToken: 2, tokens: -1 }, 'tokens to be an integer ≥ 0, received -1'],
  ])('expectedExpertsTouched %j', (input, message) => {
    expect(() => expectedExpertsTouched(input)).toThrow(`expectedExpertsTouched: expected ${message}`);
  });
});

describe('properties', () => {
  test('cost per output token falls as the batch grows, until memory caps it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (batch) => {
        const a = fitted({ ...llama70b, batchSize: batch });
        const b = fitted({ ...llama70b, batchSize: batch + 1 });
        expect(b.costPerMillionOutputTokensUsd).toBeLessThanOrEqual(a.costPerMillionOutputTokensUsd + 1e-12);
      }),
    );
  });

  test('cost scales linearly with the price', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (price) => {
        const a = fitted({ ...llama70b, pricePerHour: price });
        expect(a.costPerMillionOutputTokensUsd).toBeCloseTo((fitted(llama70b).costPerMillionOutputTokensUsd * price) / 2, 9);
      }),
    );
  });
});
