import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { estimateInference, type InferenceInput } from '../../../src/lib/inference';
import { expectWithin } from './helpers';

/** Llama 2 70B in bf16 on H100 SXM (989 TFLOP/s dense, 3.35 TB/s, 80 GB); price illustrative. */
const llama70b: InferenceInput = {
  params: 70e9,
  bytesPerParam: 2,
  accelerator: 'h100-sxm',
  batchSize: 1,
  mfu: 0.4,
  pricePerHour: 3,
};

describe('estimateInference: the roofline', () => {
  test('168 GB of weights and overhead need 3 × 80 GB', () => {
    expect(estimateInference(llama70b).devicesPerReplica).toBe(3);
  });

  test('batch 1 is memory-bandwidth bound: 3 × 3.35 TB/s / 140 GB ≈ 72 tokens/s', () => {
    const estimate = estimateInference(llama70b);
    expect(estimate.bound).toBe('memory-bandwidth');
    expectWithin(estimate.tokensPerSecond, (3 * 3.35e12) / 140e9, 1e-12);
    expectWithin(estimate.costPerMillionTokensUsd, ((3 * 3) / (estimate.tokensPerSecond * 3600)) * 1e6, 1e-12);
  });

  test('a large batch is compute bound at 2·N FLOPs per token (Kaplan et al. 2020 §2.1)', () => {
    const estimate = estimateInference({ ...llama70b, batchSize: 256 });
    expect(estimate.bound).toBe('compute');
    expectWithin(estimate.tokensPerSecond, (3 * 989e12 * 0.4) / (2 * 70e9), 1e-12);
  });

  test('the bounds cross at batch = peak × MFU × bytes per param / (2 × bandwidth) ≈ 118', () => {
    expect(estimateInference({ ...llama70b, batchSize: 118 }).bound).toBe('memory-bandwidth');
    expect(estimateInference({ ...llama70b, batchSize: 119 }).bound).toBe('compute');
  });

  test('monthly cost: one always-on replica by default, more when demand exceeds its capacity', () => {
    const one = estimateInference(llama70b);
    expect(one.replicas).toBe(1);
    expectWithin(one.costPerMonthUsd, 3 * 3 * 730.5, 1e-12);
    const capacity = one.tokensPerSecond * 3600 * 730.5;
    expect(estimateInference({ ...llama70b, tokensPerMonth: capacity * 2.5 }).replicas).toBe(3);
    expect(estimateInference({ ...llama70b, tokensPerMonth: 0 }).replicas).toBe(1);
  });

  test('MoE: memory holds every expert, each token uses the active ones (DeepSeek-V3: 671B, 37B active)', () => {
    const moe = estimateInference({ ...llama70b, params: 37e9, totalParams: 671e9, bytesPerParam: 1 });
    expect(moe.devicesPerReplica).toBe(Math.ceil((1.2 * 671e9) / 80e9));
  });

  test('a custom accelerator', () => {
    const custom = estimateInference({ ...llama70b, accelerator: { peakFlops: 989e12, memoryBandwidthBytesPerSecond: 3.35e12, memoryBytes: 80e9 } });
    expect(custom).toEqual(estimateInference(llama70b));
  });

  test('properties: throughput never falls and cost per token never rises with batch size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4096 }), fc.double({ min: 1e8, max: 1e12, noNaN: true }), (batchSize, params) => {
        const a = estimateInference({ ...llama70b, params, batchSize });
        const b = estimateInference({ ...llama70b, params, batchSize: batchSize + 1 });
        expect(b.tokensPerSecond).toBeGreaterThanOrEqual(a.tokensPerSecond);
        expect(b.costPerMillionTokensUsd).toBeLessThanOrEqual(a.costPerMillionTokensUsd);
        expect(Number.isFinite(a.costPerMillionTokensUsd) && a.costPerMillionTokensUsd > 0).toBe(true);
      }),
    );
  });

  test.each([
    [{ batchSize: 0 }, /batchSize to be an integer ≥ 1/],
    [{ mfu: 2 }, /mfu/],
    [{ params: 0 }, /params to be a finite number > 0/],
    [{ tokensPerMonth: -1 }, /tokensPerMonth/],
    [{ accelerator: 'h100' as never }, /Unknown accelerator id "h100"/],
  ])('programming error: %j', (override, message) => {
    expect(() => estimateInference({ ...llama70b, ...override })).toThrow(message);
  });
});
