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
    [{ batchSize: 0 }, /batchSize/],
    [{ computeUtilisation: 0 }, /computeUtilisation/],
    [{ bandwidthUtilisation: 1.5 }, /bandwidthUtilisation/],
    [{ weightBytesPerParam: 0 }, /weightBytesPerParam/],
    [{ pricePerHour: -1 }, /pricePerHour/],
    [{ accelerator: 'h100' as never }, /Unknown accelerator id "h100"/],
  ])('%j', (override, message) => {
    expect(() => estimateServing({ ...llama70b, ...override })).toThrow(message);
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
