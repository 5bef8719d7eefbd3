import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  estimateFineTuning,
  fineTuningFlops,
  fineTuningMemory,
  qloraBytesPerParam,
  type FineTuningInput,
  type FineTuningMethod,
} from '../../../src/lib/fineTuning';
import { loraAdapterParams } from '../../../src/lib/lora';
import { modelShapes } from '../../../src/lib/modelShapes';
import { expectWithin } from './helpers';

describe('loraAdapterParams = Σ r·(d_in + d_out) (Hu et al. 2021, §4.1)', () => {
  // Counts as printed by peft's print_trainable_parameters() for the same configurations.
  test.each([
    ['llama2-7b', 8, 'qv', 4_194_304],
    ['llama3-8b', 16, 'all-linear', 41_943_040],
    ['llama2-7b', 16, 'attention', 32 * 4 * 16 * 8192],
    ['gpt2-small', 4, 'all-linear', 12 * (4 * 4 * 1536 + 2 * 4 * (768 + 3072))],
  ] as const)('%s, rank %d on %s: %d', (id, rank, targets, params) => {
    expect(loraAdapterParams({ shape: modelShapes[id].shape, rank, targets })).toBe(params);
  });

  test('an unknown target set is a programming error', () => {
    expect(() => loraAdapterParams({ shape: modelShapes['llama2-7b'].shape, rank: 8, targets: 'mlp' as never })).toThrow(
      /targets to be one of qv, attention, all-linear/,
    );
  });
});

describe('fineTuningFlops: 6·N·D in full, 4·N·D with adapters (peft#664)', () => {
  test.each<[FineTuningMethod, number]>([
    ['full', 6],
    ['lora', 4],
    ['qlora', 4],
  ])('%s: %d·N·D', (method, factor) => {
    expect(fineTuningFlops({ params: 7e9, tokens: 1e9, method })).toBe(factor * 7e9 * 1e9);
  });

  test('LoRA saves at most a third of the compute of a full fine-tune', () => {
    const full = fineTuningFlops({ params: 7e9, tokens: 1e9, method: 'full' });
    expect(1 - fineTuningFlops({ params: 7e9, tokens: 1e9, method: 'lora' }) / full).toBeCloseTo(1 / 3, 12);
  });
});

describe('fineTuningMemory', () => {
  test('full: 16 bytes per parameter', () => {
    expect(fineTuningMemory({ params: 7e9, method: 'full' })).toEqual({
      baseWeightsBytes: 14e9,
      baseTrainingStateBytes: 98e9,
      adapterBytes: 0,
      totalBytes: 112e9,
    });
  });

  test('LoRA: 2 bytes per frozen parameter + 16 per adapter parameter', () => {
    expect(fineTuningMemory({ params: 7e9, method: 'lora', adapterParams: 4e6 }).totalBytes).toBe(14e9 + 64e6);
  });

  test('QLoRA: NF4 with double quantisation is 4.127 bits per parameter (Dettmers et al. 2023, §3)', () => {
    expect(qloraBytesPerParam).toBeCloseTo(0.515875, 12);
    // Dettmers et al. 2023: QLoRA fine-tunes a 65B model on a single 48 GB GPU.
    const memory = fineTuningMemory({ params: 65.2e9, method: 'qlora', adapterParams: 0 });
    expect(memory.totalBytes).toBeLessThan(48e9);
    // 65.2e9 × 0.515875 B = 33.635 GB of frozen NF4 weights, nothing else without adapters.
    expect(memory).toEqual({ baseWeightsBytes: expect.closeTo(33.6350500e9, 0), baseTrainingStateBytes: 0, adapterBytes: 0, totalBytes: expect.closeTo(33.6350500e9, 0) });
  });

  test('adapters are required for LoRA and QLoRA', () => {
    expect(() => fineTuningMemory({ params: 7e9, method: 'lora' })).toThrow(/adapterParams.*received NaN/);
  });

  test('an unknown method is a programming error', () => {
    expect(() => fineTuningMemory({ params: 7e9, method: 'prefix' as never, adapterParams: 1 })).toThrow(/unknown method "prefix"/);
  });
});

describe('estimateFineTuning', () => {
  const llama2: FineTuningInput = {
    params: 6.74e9,
    tokens: 1e9,
    method: 'full',
    accelerator: 'a100-80gb',
    mfu: 0.4,
    pricePerHour: 2,
    pretrainingTokens: 2e12,
  };

  test('full fine-tune of Llama 2 7B on 1B tokens: 112 GB of states → 2 × A100-80GB; 0.05% of pre-training', () => {
    const estimate = estimateFineTuning(llama2);
    expect(estimate.devices).toBe(2);
    expectWithin(estimate.acceleratorHours, (6 * 6.74e9 * 1e9) / (312e12 * 0.4 * 3600), 1e-12);
    expectWithin(estimate.wallClockHours, estimate.acceleratorHours / 2, 1e-12);
    expectWithin(estimate.costUsd, estimate.acceleratorHours * 2, 1e-12);
    expectWithin(estimate.savingFraction, 1 - 1e9 / 2e12, 1e-12);
  });

  test("LoRA fits on one device and costs two-thirds of the full fine-tune's compute", () => {
    const full = estimateFineTuning(llama2);
    const lora = estimateFineTuning({ ...llama2, method: 'lora', adapterParams: 4_194_304 });
    expect(lora.devices).toBe(1);
    expectWithin(lora.costUsd, (full.costUsd * 2) / 3, 1e-12);
  });

  test("seed article 002's 'up to 90%' saving holds when fine-tuning tokens are ≤ 10% of pre-training (full)", () => {
    const atTenPercent = estimateFineTuning({ ...llama2, tokens: 0.1 * 2e12 });
    expectWithin(atTenPercent.savingFraction, 0.9, 1e-12);
  });

  test('a custom accelerator and zero pre-training tokens', () => {
    const estimate = estimateFineTuning({ ...llama2, accelerator: { peakFlops: 312e12, memoryBytes: 80e9 }, pretrainingTokens: 0 });
    expect(estimate.pretrainingCostUsd).toBe(0);
    expect(estimate.savingFraction).toBe(0);
  });

  test('cost grows with tokens and never goes negative', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e6, max: 1e12, noNaN: true }),
        fc.constantFrom<FineTuningMethod>('full', 'lora', 'qlora'),
        (tokens, method) => {
          const estimate = estimateFineTuning({ ...llama2, tokens, method, adapterParams: 4e6 });
          expect(estimate.costUsd).toBeGreaterThan(0);
          expect(estimateFineTuning({ ...llama2, tokens: tokens * 2, method, adapterParams: 4e6 }).costUsd).toBeGreaterThan(estimate.costUsd);
        },
      ),
    );
  });

  test('a custom accelerator with negative memory is a programming error, named', () => {
    expect(() => estimateFineTuning({ ...llama2, accelerator: { peakFlops: 312e12, memoryBytes: -1 } })).toThrow(
      'estimateFineTuning: expected accelerator.memoryBytes to be a finite number ≥ 0, received -1',
    );
  });
});
