import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { densePeakFlops, estimateCompute, flopsFromAcceleratorHours, fp8UtilisationFor, estimateTraining, peakFlopsOf, trainingFlops, type TrainingInput } from '../../../src/lib/training';
import { impliedUtilisation } from '../../../src/lib/utilisation';
import { expectWithin } from './helpers';

/** LLaMA 65B as published: Touvron et al. 2023, §2.4 (2048 A100-80GB, 380 tokens/s/GPU, 1.4T tokens). */
const llama65b: TrainingInput = {
  params: 65.2e9,
  tokens: 1.4e12,
  accelerator: 'a100-80gb',
  count: 2048,
  mfu: (6 * 65.2e9 * 380) / 312e12,
  pricePerHour: 3.93,
};

describe('estimateTraining reproduces published runs', () => {
  test('LLaMA 65B: MFU implied by 380 tokens/s/GPU on A100 is ≈ 47.6%', () => {
    expectWithin(llama65b.mfu, 0.476, 0.001);
  });

  test('LLaMA 65B: ≈ 21 days on 2048 A100 (Touvron et al. 2023, §2.4)', () => {
    expectWithin(estimateTraining(llama65b).wallClockHours / 24, 21, 0.01);
  });

  test('LLaMA 65B: ≈ 1,022,362 GPU-hours (Touvron et al. 2023, Table 15)', () => {
    expectWithin(estimateTraining(llama65b).acceleratorHours, 1_022_362, 0.005);
  });

  test("LLaMA 65B at $3.93/h: ≈ $4.06M = 2048 × 21 × 24 × 3.93 (seed article 001, derived)", () => {
    expect(2048 * 21 * 24 * 3.93).toBeCloseTo(4_056_514.56, 1);
    expectWithin(estimateTraining(llama65b).costUsd, 2048 * 21 * 24 * 3.93, 0.01);
  });

  test('round trip, PaLM 540B: at the utilisation its 8,404,992 TPU v4 chip-hours imply, the estimate gives them back × $3.22 ≈ $27.06M (Chowdhery et al. 2022 App. B, derived)', () => {
    const chipHours = 6144 * 1200 + 3072 * 336;
    expect(chipHours).toBe(8_404_992);
    const estimate = estimateTraining({
      params: 540.35e9,
      tokens: 780e9,
      accelerator: 'tpu-v4',
      count: 6144,
      mfu: (6 * 540.35e9 * 780e9) / (chipHours * 3600 * 275e12),
      pricePerHour: 3.22,
    });
    expectWithin(estimate.costUsd, 27.06e6, 0.001);
  });

  test('round trip, MPT-7B: at the utilisation its 100,320 A100-40GB hours imply, the estimate gives them back × $2 = $200,640, MosaicML’s “$200k”', () => {
    const hours = 440 * 9.5 * 24;
    expect(hours).toBe(100_320);
    const estimate = estimateTraining({
      params: 6.7e9,
      tokens: 1e12,
      accelerator: 'a100-40gb',
      count: 440,
      mfu: impliedUtilisation({ params: 6.7e9, tokens: 1e12, acceleratorHours: hours, peakFlops: 312e12 }),
      pricePerHour: 2,
    });
    expectWithin(estimate.costUsd, 200_640, 1e-9);
  });

  test('a custom accelerator is given by its dense peak', () => {
    const custom = estimateTraining({ ...llama65b, accelerator: { peakFlops: 312e12 } });
    expect(custom).toEqual(estimateTraining(llama65b));
  });

  test('MoE: compute uses active params; totalParams is checked, not counted (DeepSeek-V3 37B of 671B)', () => {
    const input = { params: 37e9, tokens: 14.8e12, accelerator: 'h100-sxm', count: 2048, mfu: 0.4, pricePerHour: 2 } as const;
    expect(estimateTraining({ ...input, totalParams: 671e9 })).toEqual(estimateTraining(input));
  });

  test('a dense model may give its total as its active count', () => {
    // 6 × 7e9 × 1e12 = 4.2e22 FLOP ÷ (312e12 × 0.4 × 3600) = 93,482.9 A100-hours × $2 = $186,965.81.
    const run = { params: 7e9, totalParams: 7e9, tokens: 1e12, accelerator: 'a100-80gb', count: 8, mfu: 0.4, pricePerHour: 2 } as const;
    expect(estimateTraining(run).costUsd).toBeCloseTo(186_965.81, 2);
  });
});

describe('programming errors throw, naming what was received and expected', () => {
  test.each<[string, Partial<TrainingInput>, RegExp]>([
    ['MFU above 1', { mfu: 47.6 }, /expected mfu to be a fraction in \(0, 1\].*received 47\.6/],
    ['MFU of 0', { mfu: 0 }, /mfu.*received 0/],
    ['MFU NaN', { mfu: NaN }, /mfu.*received NaN/],
    ['count of 0', { count: 0 }, /expected count to be an integer ≥ 1, received 0/],
    ['fractional count', { count: 2.5 }, /count.*received 2\.5/],
    ['negative params', { params: -1 }, /expected params to be a finite number ≥ 0, received -1/],
    ['infinite tokens', { tokens: Infinity }, /tokens.*received Infinity/],
    ['negative price', { pricePerHour: -3.93 }, /pricePerHour.*received -3\.93/],
    ['unknown accelerator', { accelerator: 'a100' as never }, /^Unknown accelerator id "a100"; expected one of: [a-z0-9-]+(, [a-z0-9-]+)*, a100-80gb(, [a-z0-9-]+)*$/],
    ['zero custom peak', { accelerator: { peakFlops: 0 } }, /peakFlops.*received 0/],
    ['totalParams below params', { totalParams: 1e9 }, /expected totalParams ≥ params.*received 1000000000/],
    ['fractional layers', { attention: { layers: 1.5, heads: 8, headDim: 8, sequenceLength: 8 } }, /layers/],
  ])('%s', (_case, override, message) => {
    expect(() => estimateTraining({ ...llama65b, ...override })).toThrow(message);
  });

  test('peakFlopsOf reads the catalog', () => {
    expect(peakFlopsOf('h100-sxm')).toBe(989e12);
  });

  test.each([
    ['a100-80gb', /"a100-80gb" has no FP8 peak; use precision 'bf16'/],
    ['v100', /"v100" has no FP8 peak/],
  ] as const)('FP8 on %s, which has no FP8 units, is a programming error', (accelerator, message) => {
    expect(() => estimateTraining({ ...llama65b, accelerator, precision: 'fp8' })).toThrow(message);
  });

  test('FP8 on a custom accelerator without an FP8 peak names it generically; a zero FP8 peak is rejected', () => {
    expect(() => densePeakFlops({ accelerator: { peakFlops: 1e15 }, precision: 'fp8' })).toThrow(/this accelerator has no FP8 peak/);
    expect(() => densePeakFlops({ accelerator: { peakFlops: 1e15, fp8PeakFlops: 0 }, precision: 'fp8' })).toThrow(/fp8PeakFlops.*received 0/);
  });
});

describe('training precision selects the dense peak', () => {
  test.each([
    ['h100-sxm', 'bf16', 989e12, 'NVIDIA H100 datasheet: 1,979 BF16 with sparsity ÷ 2'],
    ['h100-sxm', 'fp8', 1979e12, 'NVIDIA H100 datasheet: 3,958 FP8 with sparsity ÷ 2'],
    ['b200', 'fp8', 4500e12, 'HGX B200: 72 PFLOP/s FP8 with sparsity ÷ 8 GPUs ÷ 2'],
    ['mi300x', 'fp8', 2614.9e12, 'AMD MI300X data sheet, dense'],
    ['tpu-v5p', 'fp8', 459e12, 'Cloud TPU docs: FP8 peak equals BF16 on v5p'],
    ['v100', 'bf16', 125e12, 'V100: its FP16 tensor peak stands in for 16-bit'],
  ] as const)('%s at %s: %d FLOP/s (%s)', (accelerator, precision, peak, _source) => {
    expect(densePeakFlops({ accelerator, precision })).toBe(peak);
  });

  test('bf16 is the default', () => {
    expect(densePeakFlops({ accelerator: 'h100-sxm' })).toBe(989e12);
    expect(densePeakFlops({ accelerator: { peakFlops: 7e14, fp8PeakFlops: 1.4e15 } })).toBe(7e14);
    expect(densePeakFlops({ accelerator: { peakFlops: 7e14, fp8PeakFlops: 1.4e15 }, precision: 'fp8' })).toBe(1.4e15);
  });

  test('a 7B model on 1T tokens at 40% on an H100: 29,491 GPU-hours in BF16, 14,738 in FP8', () => {
    const run = { params: 7e9, tokens: 1e12, accelerator: 'h100-sxm', count: 1000, mfu: 0.4, pricePerHour: 3.2 } as const;
    // 6 × 7e9 × 1e12 = 4.2e22 FLOP ÷ (989e12 × 0.4 × 3,600) = 29,491.07 h; ÷ (1,979e12 × 0.4 × 3,600) = 14,738.08 h.
    expect(estimateTraining(run).acceleratorHours).toBeCloseTo(29_491.0684, 3);
    expect(estimateTraining({ ...run, precision: 'fp8' }).acceleratorHours).toBeCloseTo(14_738.0832, 3);
    expect(estimateCompute({ flops: 4.2e22, accelerator: 'h100-sxm', precision: 'fp8', count: 1, mfu: 0.4, pricePerHour: 3.2 }).costUsd).toBeCloseTo(47_161.8663, 3);
  });
});

describe('properties', () => {
  const input = fc.record({
    params: fc.double({ min: 1e6, max: 2e12, noNaN: true }),
    tokens: fc.double({ min: 1e6, max: 3e13, noNaN: true }),
    count: fc.integer({ min: 1, max: 100_000 }),
    mfu: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
    pricePerHour: fc.double({ min: 0.01, max: 100, noNaN: true }),
    accelerator: fc.constantFrom('a100-80gb', 'h100-sxm', 'tpu-v4', 'v100') as fc.Arbitrary<TrainingInput['accelerator']>,
  });
  const factor = fc.double({ min: 1.001, max: 1000, noNaN: true });

  test('valid input never gives NaN, Infinity or negatives', () => {
    fc.assert(
      fc.property(input, (x) => {
        for (const value of Object.values(estimateTraining(x))) {
          expect(Number.isFinite(value) && value >= 0).toBe(true);
        }
      }),
    );
  });

  test('cost grows with tokens, params and price', () => {
    fc.assert(
      fc.property(input, factor, (x, k) => {
        const cost = estimateTraining(x).costUsd;
        expect(estimateTraining({ ...x, tokens: x.tokens * k }).costUsd).toBeGreaterThan(cost);
        expect(estimateTraining({ ...x, params: x.params * k }).costUsd).toBeGreaterThan(cost);
        expect(estimateTraining({ ...x, pricePerHour: x.pricePerHour * k }).costUsd).toBeGreaterThan(cost);
      }),
    );
  });

  test('cost is linear in price and halves when MFU doubles', () => {
    fc.assert(
      fc.property(input, factor, (x, k) => {
        const cost = estimateTraining(x).costUsd;
        expectWithin(estimateTraining({ ...x, pricePerHour: x.pricePerHour * k }).costUsd, cost * k, 1e-12);
        expectWithin(estimateTraining({ ...x, mfu: x.mfu * 2 }).costUsd, cost / 2, 1e-12);
      }),
    );
  });

  test('wall-clock time is inversely proportional to the count; cost does not depend on it', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 2, max: 64 }), (x, k) => {
        const one = estimateTraining(x);
        const more = estimateTraining({ ...x, count: x.count * k });
        expectWithin(more.wallClockHours, one.wallClockHours / k, 1e-12);
        expect(more.costUsd).toBe(one.costUsd);
      }),
    );
  });
});

describe('fp8UtilisationFor = BF16 MFU × speed-up × BF16 peak ÷ FP8 peak', () => {
  test('an H100 at 50% of its BF16 peak, 1.3× faster in FP8 (Google Cloud TPU guide), uses 32.48% of its FP8 peak', () => {
    // 0.5 × 1.3 × 989 ÷ 1,979 = 0.324836…
    expect(fp8UtilisationFor({ accelerator: 'h100-sxm', bf16Mfu: 0.5, speedup: 1.3 })).toBeCloseTo(0.324836, 6);
  });

  test('a speed-up of 2 on a chip whose FP8 peak is exactly twice its BF16 peak keeps the utilisation', () => {
    expect(fp8UtilisationFor({ accelerator: { peakFlops: 1e15, fp8PeakFlops: 2e15 }, bf16Mfu: 0.4, speedup: 2 })).toBe(0.4);
  });

  test.each([
    [{ accelerator: 'h100-sxm', bf16Mfu: 0, speedup: 1.3 }, /bf16Mfu/],
    [{ accelerator: 'h100-sxm', bf16Mfu: 0.5, speedup: 0 }, /speedup/],
    [{ accelerator: 'a100-80gb', bf16Mfu: 0.5, speedup: 1.3 }, /no FP8 peak/],
  ] as const)('programming error: %j', (input, message) => {
    expect(() => fp8UtilisationFor(input)).toThrow(message);
  });
});

describe('flopsFromAcceleratorHours = accelerator-hours × 3,600 × dense peak × MFU', () => {
  test('64 H100s for a month (730.5 h) at 30% of the 989 TFLOP/s BF16 peak (NVIDIA H100 datasheet, half the sparse 1,979)', () => {
    // 64 × 730.5 = 46,752 h; × 3,600 = 168,307,200 s; × 989e12 = 1.664558208e23; × 0.3 = 4.993674624e22.
    expect(flopsFromAcceleratorHours({ acceleratorHours: 46_752, accelerator: 'h100-sxm', mfu: 0.3 })).toBeCloseTo(4.993674624e22, -8);
  });

  test('FP8 doubles the peak: the same hours at 30% of 1,979 TFLOP/s', () => {
    // 168,307,200 s × 1,979e12 = 3.330799488e23; × 0.3 = 9.992398464e22.
    expect(flopsFromAcceleratorHours({ acceleratorHours: 46_752, accelerator: 'h100-sxm', precision: 'fp8', mfu: 0.3 })).toBeCloseTo(9.992398464e22, -8);
  });

  test('a custom peak: one hour at 1 FLOP/s and full utilisation is 3,600 FLOP; no hours, none', () => {
    expect(flopsFromAcceleratorHours({ acceleratorHours: 1, accelerator: { peakFlops: 1 }, mfu: 1 })).toBe(3600);
    expect(flopsFromAcceleratorHours({ acceleratorHours: 0, accelerator: 'a100-80gb', mfu: 0.4 })).toBe(0);
  });

  test('undoes estimateCompute: the hours any FLOP count takes give those FLOPs back', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e18, max: 1e27, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (flops, mfu) => {
        const { acceleratorHours } = estimateCompute({ flops, accelerator: 'a100-80gb', count: 1, mfu, pricePerHour: 0 });
        expectWithin(flopsFromAcceleratorHours({ acceleratorHours, accelerator: 'a100-80gb', mfu }), flops, 1e-12);
      }),
    );
  });

  test('negative hours, an MFU outside (0, 1] or an unknown accelerator are programming errors', () => {
    expect(() => flopsFromAcceleratorHours({ acceleratorHours: -1, accelerator: 'h100-sxm', mfu: 0.3 })).toThrow(/flopsFromAcceleratorHours.*acceleratorHours/);
    expect(() => flopsFromAcceleratorHours({ acceleratorHours: 1, accelerator: 'h100-sxm', mfu: 0 })).toThrow(/flopsFromAcceleratorHours.*mfu/);
    expect(() => flopsFromAcceleratorHours({ acceleratorHours: 1, accelerator: 'h100-sxm', mfu: 1.5 })).toThrow(/flopsFromAcceleratorHours.*mfu/);
    expect(() => flopsFromAcceleratorHours({ acceleratorHours: 1, accelerator: 'x' as never, mfu: 0.3 })).toThrow();
  });
});
