import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  activationBytes,
  inferenceMemoryBytes,
  optimizerBytesPerParam,
  trainingMemory,
  type Optimizer,
  type Precision,
  type Recomputation,
  type TrainingMemoryInput,
  type ZeroStage,
} from '../../../src/lib/memory';
import { minimumDevices } from '../../../src/lib/minimumDevices';
import { expectWithin } from './helpers';

const base: TrainingMemoryInput = {
  params: 7.5e9,
  precision: 'bf16',
  optimizer: 'adamw',
  zeroStage: 0,
  devices: 64,
  recomputation: 'none',
};

describe('model states: 2 + 2 + 12 = 16 bytes per parameter (Transformer Math 101; ZeRO §3)', () => {
  test('mixed-precision AdamW, no ZeRO', () => {
    const memory = trainingMemory({ ...base, devices: 1 });
    expect(memory).toEqual({
      weightsBytes: 15e9,
      gradientsBytes: 15e9,
      optimizerBytes: 90e9,
      activationsBytes: 0,
      totalBytes: 120e9,
    });
  });

  // ZeRO paper Figure 1: Ψ = 7.5B, Nd = 64, K = 12 → 120 GB, 31.4 GB, 16.6 GB, 1.9 GB per device.
  test.each<[ZeroStage, number]>([
    [0, 120e9],
    [1, 31.4e9],
    [2, 16.6e9],
    [3, 1.88e9],
  ])('ZeRO stage %d on 64 devices: %d bytes per device (Rajbhandari et al. 2019, Figure 1)', (zeroStage, bytes) => {
    expectWithin(trainingMemory({ ...base, zeroStage }).totalBytes, bytes, 0.01);
  });

  test.each<[Optimizer, Precision, number]>([
    ['adamw', 'bf16', 12],
    ['adamw', 'fp32', 8],
    ['adamw-8bit', 'bf16', 6],
    ['sgd-momentum', 'fp16', 8],
    ['sgd', 'bf16', 4],
    ['sgd', 'fp32', 0],
  ])('%s in %s keeps %d optimizer bytes per parameter', (optimizer, precision, bytes) => {
    expect(optimizerBytesPerParam(optimizer, precision)).toBe(bytes);
  });

  test('fp32 training: 4 + 4 + 8 = 16 bytes; fp8 weights and gradients 1 byte each', () => {
    expect(trainingMemory({ ...base, devices: 1, precision: 'fp32' }).totalBytes).toBe(16 * 7.5e9);
    expect(trainingMemory({ ...base, devices: 1, precision: 'fp8' }).totalBytes).toBe(14 * 7.5e9);
  });
});

describe('activations (Korthikanti et al. 2022)', () => {
  // GPT-3 175B shape, s = 2048, b = 1: sbhL(34 + 5as/h).
  const gpt3 = { layers: 96, dModel: 12288, heads: 96, sequenceLength: 2048, microBatchSize: 1 };
  const sbhL = 2048 * 12288 * 96;

  test.each<[Recomputation, number]>([
    ['none', sbhL * (34 + (5 * 96 * 2048) / 12288)],
    ['selective', sbhL * 34],
    ['full', sbhL * 2],
  ])('%s recomputation', (recomputation, bytes) => {
    expect(activationBytes(gpt3, recomputation)).toBe(bytes);
  });

  test('activations are added per device and not partitioned by ZeRO', () => {
    const memory = trainingMemory({ ...base, zeroStage: 3, activations: gpt3, recomputation: 'full' });
    expect(memory.activationsBytes).toBe(sbhL * 2);
    expect(memory.totalBytes).toBe(memory.weightsBytes + memory.gradientsBytes + memory.optimizerBytes + memory.activationsBytes);
  });

  test('an unknown recomputation is a programming error', () => {
    expect(() => activationBytes(gpt3, 'some' as never)).toThrow(/unknown recomputation "some"/);
  });
});

describe('inference ≈ 1.2 × weights (Transformer Math 101)', () => {
  test('Llama 2 70B in bf16: 168 GB', () => {
    expect(inferenceMemoryBytes({ params: 70e9, bytesPerParam: 2 })).toBe(168e9);
  });
});

describe('minimumDevices', () => {
  test('a model that fits on one device needs one', () => {
    const result = minimumDevices({ ...base, params: 1e9, accelerator: 'a100-80gb' });
    expect(result).toMatchObject({ fits: true, devices: 1 });
  });

  test('without ZeRO, a 7.5B model (120 GB of states) never fits on 80 GB devices', () => {
    expect(minimumDevices({ ...base, accelerator: 'a100-80gb' })).toEqual({
      fits: false,
      reason: 'not-partitioned',
      floorBytes: 120e9,
      deviceMemoryBytes: 80e9,
    });
  });

  test('ZeRO-3 fits a 7.5B model on 2 × 80 GB; ZeRO-1 on 2 (2+2 bytes stay whole: 30 GB + 90/n GB)', () => {
    expect(minimumDevices({ ...base, zeroStage: 3, accelerator: 'a100-80gb' })).toMatchObject({ fits: true, devices: 2 });
    expect(minimumDevices({ ...base, zeroStage: 1, accelerator: 'a100-80gb' })).toMatchObject({ fits: true, devices: 2 });
    expect(minimumDevices({ ...base, zeroStage: 1, accelerator: { memoryBytes: 40e9 } })).toMatchObject({ fits: true, devices: 9 });
  });

  test('Llama 2 70B full fine-tune with ZeRO-3 on 80 GB devices: 16 × 68.98e9 / 80e9 → 14', () => {
    const result = minimumDevices({ ...base, params: 68.98e9, zeroStage: 3, accelerator: 'h100-sxm' });
    expect(result).toMatchObject({ fits: true, devices: 14 });
  });

  test('ZeRO-1 cannot fit 70B on 80 GB: its whole weights and gradients alone are 276 GB', () => {
    expect(minimumDevices({ ...base, params: 69e9, zeroStage: 1, accelerator: 'a100-80gb' })).toMatchObject({
      fits: false,
      reason: 'not-partitioned',
    });
  });

  test('past maxDevices the answer is a typed "too many devices", not Infinity', () => {
    expect(minimumDevices({ ...base, zeroStage: 3, accelerator: { memoryBytes: 1e9 }, maxDevices: 10 })).toMatchObject({
      fits: false,
      reason: 'too-many-devices',
    });
  });

  test('the device count it returns fits, and one fewer does not', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e8, max: 1e12, noNaN: true }),
        fc.constantFrom<ZeroStage>(1, 2, 3),
        fc.double({ min: 16e9, max: 200e9, noNaN: true }),
        (params, zeroStage, memoryBytes) => {
          const result = minimumDevices({ ...base, params, zeroStage, accelerator: { memoryBytes } });
          if (!result.fits) return;
          expect(result.memory.totalBytes).toBeLessThanOrEqual(memoryBytes);
          if (result.devices > 1) {
            expect(trainingMemory({ ...base, params, zeroStage, devices: result.devices - 1 }).totalBytes).toBeGreaterThan(memoryBytes);
          }
        },
      ),
    );
  });
});

describe('properties', () => {
  const input = fc.record({
    params: fc.double({ min: 0, max: 1e12, noNaN: true }),
    precision: fc.constantFrom<Precision>('fp32', 'bf16', 'fp16', 'fp8'),
    optimizer: fc.constantFrom<Optimizer>('adamw', 'adamw-8bit', 'sgd-momentum', 'sgd'),
    zeroStage: fc.constantFrom<ZeroStage>(0, 1, 2, 3),
    devices: fc.integer({ min: 1, max: 4096 }),
    recomputation: fc.constantFrom<Recomputation>('none', 'selective', 'full'),
  });

  test('memory never grows when the ZeRO stage or the device count grows', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 64 }), (x, more) => {
        const total = trainingMemory(x).totalBytes;
        expect(trainingMemory({ ...x, devices: x.devices + more }).totalBytes).toBeLessThanOrEqual(total);
        if (x.zeroStage < 3) {
          expect(trainingMemory({ ...x, zeroStage: (x.zeroStage + 1) as ZeroStage }).totalBytes).toBeLessThanOrEqual(total);
        }
      }),
    );
  });

  test('no NaN or negative bytes for valid input', () => {
    fc.assert(
      fc.property(input, (x) => {
        for (const bytes of Object.values(trainingMemory(x))) expect(bytes >= 0 && Number.isFinite(bytes)).toBe(true);
      }),
    );
  });
});

describe('programming errors throw', () => {
  test.each([
    [{ precision: 'fp64' as never }, /precision to be one of fp32, bf16, fp16, fp8, received "fp64"/],
    [{ optimizer: 'adam' as never }, /optimizer/],
    [{ zeroStage: 4 as never }, /zeroStage to be one of 0, 1, 2, 3, received 4/],
    [{ devices: 0 }, /devices to be an integer ≥ 1, received 0/],
    [{ params: -1 }, /params.*received -1/],
    [{ recomputation: 'half' as never }, /recomputation/],
  ])('%j', (override, message) => {
    expect(() => trainingMemory({ ...base, ...override })).toThrow(message);
  });

  test('unknown accelerator in minimumDevices', () => {
    expect(() => minimumDevices({ ...base, accelerator: 'a100' as never })).toThrow(/Unknown accelerator id "a100"/);
  });
});
