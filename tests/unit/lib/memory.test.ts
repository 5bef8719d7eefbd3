import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { activationBytes, activationShapeOf, type Recomputation } from '../../../src/lib/activations';
import {
  optimizerBytesPerParam,
  trainingMemory,
  type Optimizer,
  type Precision,
  type TrainingMemoryInput,
  type ZeroStage,
} from '../../../src/lib/memory';
import { minimumDevices } from '../../../src/lib/minimumDevices';
import { modelShapes } from '../../../src/lib/modelShapes';
import { countParameters } from '../../../src/lib/parameters';
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
      buffersBytes: 0,
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

  test('fp32 training: 4 + 4 + 8 = 16 bytes; fp16 like bf16, 2 + 2 + 12; fp8 weights and gradients 1 byte each', () => {
    expect(trainingMemory({ ...base, devices: 1, precision: 'fp32' }).totalBytes).toBe(16 * 7.5e9);
    expect(trainingMemory({ ...base, devices: 1, precision: 'fp16' }).totalBytes).toBe(120e9);
    expect(trainingMemory({ ...base, devices: 1, precision: 'fp8' }).totalBytes).toBe(14 * 7.5e9);
  });

  test('gradients kept in fp32: 2 + 4 + 12 = 18 bytes (the EleutherAI cookbook’s default)', () => {
    expect(trainingMemory({ ...base, devices: 1, gradientPrecision: 'fp32' }).totalBytes).toBe(18 * 7.5e9);
  });

  test('tensor and pipeline parallelism split every state t·p ways: Llama 3.1 405B on TP 8 × PP 16, ZeRO-1 over 64', () => {
    // 405,853,388,800 / 128 = 3,170,729,600 per device: 2 + 2 bytes whole, 12 bytes over 64 data-parallel devices.
    const memory = trainingMemory({ ...base, params: 405_853_388_800, tensorParallel: 8, pipelineParallel: 16, zeroStage: 1 });
    expect(memory.weightsBytes).toBe(3_170_729_600 * 2);
    expect(memory.gradientsBytes).toBe(3_170_729_600 * 2);
    expect(memory.optimizerBytes).toBeCloseTo((3_170_729_600 * 12) / 64, 0);
  });

  test('a mixture of experts stores every expert; expert parallelism splits only the experts (DeepSeek-V3 on EP 64)', () => {
    const count = countParameters(modelShapes['deepseek-v3'].shape);
    const memory = trainingMemory({ ...base, params: count.total, expertParams: count.routedExperts, expertParallel: 64, devices: 64 });
    const shared = count.total - count.routedExperts;
    expect(memory.weightsBytes).toBeCloseTo(2 * (shared + count.routedExperts / 64), 0);
  });

  test('ZeRO’s buffers, as the cookbook counts them: a 5e8-value all-gather bucket from stage 1, plus 1e9 live parameters at stage 3', () => {
    const at = (zeroStage: ZeroStage, devices: number) =>
      trainingMemory({ ...base, zeroStage, devices, communicationBuffers: true }).buffersBytes;
    expect(at(0, 64)).toBe(0);
    expect(at(1, 64)).toBe(1e9);
    expect(at(3, 64)).toBe(3e9);
    expect(at(3, 1)).toBe(0);
    // A model smaller than a bucket needs no more than itself.
    expect(trainingMemory({ ...base, params: 1e8, zeroStage: 3, communicationBuffers: true }).buffersBytes).toBe(4e8);
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
  ])('%s recomputation (eq. 1, Table 2)', (recomputation, bytes) => {
    expect(activationBytes(gpt3, { recomputation })).toBe(bytes);
  });

  test('tensor parallelism t = 8: sbhL·(10 + 24/t + 5as/(ht)) (eq. 2); with sequence parallelism sbhL·(34 + 5as/h)/t (eq. 3)', () => {
    const as = (5 * 96 * 2048) / 12288;
    expect(activationBytes(gpt3, { recomputation: 'none', tensorParallel: 8 })).toBeCloseTo(sbhL * (10 + 24 / 8 + as / 8), 0);
    expect(activationBytes(gpt3, { recomputation: 'none', tensorParallel: 8, sequenceParallel: true })).toBeCloseTo((sbhL * (34 + as)) / 8, 0);
  });

  test('full recomputation keeps each layer’s 2-byte input, 2sbhL, split t ways only with sequence parallelism', () => {
    expect(activationBytes(gpt3, { recomputation: 'full', tensorParallel: 8 })).toBe(2 * sbhL);
    // 2 × 2,415,919,104 / 8 = 603,979,776 bytes.
    expect(activationBytes(gpt3, { recomputation: 'full', tensorParallel: 8, sequenceParallel: true })).toBe(603_979_776);
  });

  test('a model’s activation shape is gated only when its feed-forward is: GPT-2 is not, Llama 2 is', () => {
    const batch = { sequenceLength: 1024, microBatchSize: 1 };
    expect(activationShapeOf(modelShapes['gpt2-small'].shape, batch).gatedFfn).toBe(false);
    expect(activationShapeOf(modelShapes['llama2-7b'].shape, batch).gatedFfn).toBe(true);
  });

  test('Llama 2 7B at 4,096 tokens, b = 1: 104 GB without recomputation, 18.3 GB with FlashAttention (the 5as/h score matrices go)', () => {
    const llama = { layers: 32, dModel: 4096, heads: 32, sequenceLength: 4096, microBatchSize: 1 };
    const sbhL7b = 4096 * 1 * 4096 * 32;
    // sbhL·(34 + 5·32·4096/4096) = 536,870,912 × 194 = 104.15 GB; FlashAttention keeps 34·sbhL + 4 bytes × a·s·b·L.
    expect(activationBytes(llama, { recomputation: 'none' })).toBe(sbhL7b * 194);
    expect(activationBytes(llama, { recomputation: 'none', flashAttention: true })).toBe(sbhL7b * 34 + 4 * 32 * 4096 * 32);
    expect(Math.round(activationBytes(llama, { recomputation: 'none', flashAttention: true }) / 1e8) / 10).toBe(18.3);
  });

  test('matches the Ultra-Scale Playbook’s widget for a SwiGLU model (its activationMemory, t = 1, no recomputation)', () => {
    // The widget's per-layer terms with bytes = 2, h_ff = f: attention s·b·h·(2·4 + 2 + 1) + 5·a·s²·b; feed-forward
    // s·b·h·2 + s·b·f·2 + s·b·f·2·3 + s·b·h; norms 2 × s·b·h·2. Llama 3 8B widths, s = 256, b = 32 (its preset).
    const [s, b, h, f, a, L] = [256, 32, 4096, 14336, 32, 32];
    const widget = L * (s * b * h * 11 + 5 * a * s * s * b + (s * b * h * 3 + s * b * f * 8) + 2 * s * b * h * 2);
    expect(activationBytes({ layers: L, dModel: h, heads: a, sequenceLength: s, microBatchSize: b, ffnDim: f, gatedFfn: true }, { recomputation: 'none' })).toBe(widget);
  });

  test('grouped-query attention stores narrower K and V: Llama 3.1 70B keeps 2·(8192 + 1024 + 1024 + 8192) per token for Q, K, V and the output input', () => {
    const shape = activationShapeOf(modelShapes['llama3.1-70b'].shape, { sequenceLength: 1, microBatchSize: 1 });
    expect(shape).toMatchObject({ queryWidth: 8192, keyWidth: 1024, valueWidth: 1024, ffnDim: 28672, gatedFfn: true, dropout: false, vocab: 128_256 });
    // One token: 80 layers × (2·8192 input + 2·18,432 QKVO + 4 bytes × 64 heads stats + 2·8192 + 8·28,672 + 2·2·8192) + 4·128,256 logits.
    const perLayer = 2 * 8192 + 2 * 18_432 + 4 * 64 + 2 * 8192 + 8 * 28_672 + 4 * 8192;
    expect(activationBytes(shape, { recomputation: 'none', flashAttention: true })).toBe(80 * perLayer + 4 * 128_256);
  });

  test('a mixture of experts sends each token through k experts and the shared ones (Mixtral: 2 of 8)', () => {
    const shape = activationShapeOf(modelShapes['mixtral-8x7b'].shape, { sequenceLength: 1, microBatchSize: 1 });
    const dense = activationShapeOf(modelShapes['mistral-7b'].shape, { sequenceLength: 1, microBatchSize: 1 });
    // Per layer the MoE block keeps a second copy of the input per expert and twice the 8·14,336 bytes of one FFN.
    const mixtral = activationBytes(shape, { recomputation: 'none', flashAttention: true });
    const mistral = activationBytes({ ...dense, vocab: 32_000 }, { recomputation: 'none', flashAttention: true });
    expect(mixtral - mistral).toBe(32 * (2 * 2 * 4096 + 8 * 14_336));
  });

  test('a mixture-of-experts layer by hand: two routed experts and one shared, split two ways by tensor parallelism', () => {
    // One layer, h = 4, one head, s = 2, b = 1 (2 tokens), with dropout, selective recomputation
    // (no score matrices), t = 2 without sequence parallelism; experts 8 wide, not gated.
    // Attention: input 2·2·4 = 16, Q K V and output 2·2·(4 + 4 + 4 + 4) / 2 = 32, mask 2·4 = 8: 56.
    // One expert's values 2 × 2 bytes × 2 tokens × 8 = 64. Expert block: input 16, then
    // (2 routed × (their 2-byte input copy, 2·2·4 = 16, + 64) + 1 shared × 64) / 2 = 112, mask 8: 136.
    // Two norms 2 × 2·2·4 = 32. Total 56 + 136 + 32 = 224 bytes.
    const shape = {
      layers: 1, dModel: 4, heads: 1, sequenceLength: 2, microBatchSize: 1,
      mixtureOfExperts: { layers: 1, expertsPerToken: 2, sharedExperts: 1, expertFfnDim: 8 },
    };
    expect(activationBytes(shape, { recomputation: 'selective', tensorParallel: 2 })).toBe(224);
  });

  test('without dropout the scores keep 2 bytes per entry, not 5, and no 1-byte masks: 2·(sbh + 3as²b) less per layer', () => {
    const tiny = { layers: 2, dModel: 8, heads: 2, sequenceLength: 4, microBatchSize: 1 };
    const withDropout = activationBytes(tiny, { recomputation: 'none' });
    const without = activationBytes({ ...tiny, dropout: false }, { recomputation: 'none' });
    // Per layer: two masks of s·b·h = 32 bytes, and 3 bytes × a·s²·b = 96: 160, over 2 layers 320.
    expect(withDropout - without).toBe(320);
  });

  test('a shape without a feed-forward width takes 4 × d_model', () => {
    const shape = activationShapeOf({ layers: 1, dModel: 8, heads: 2, vocab: 10 }, { sequenceLength: 4, microBatchSize: 1 });
    expect(shape.ffnDim).toBe(32);
  });

  test('the logits: 4 bytes × s × b × vocabulary, split by a vocabulary-parallel output (Korthikanti §4.3)', () => {
    const withVocab = activationBytes({ ...gpt3, vocab: 50_257 }, { recomputation: 'full', tensorParallel: 2 });
    expect(withVocab - activationBytes(gpt3, { recomputation: 'full', tensorParallel: 2 })).toBe((4 * 2048 * 50_257) / 2);
  });

  test('activations are added per device and not partitioned by ZeRO', () => {
    const memory = trainingMemory({ ...base, zeroStage: 3, activations: gpt3, recomputation: 'full' });
    expect(memory.activationsBytes).toBe(sbhL * 2);
    expect(memory.totalBytes).toBe(memory.weightsBytes + memory.gradientsBytes + memory.optimizerBytes + memory.activationsBytes);
  });

  test('an unknown recomputation is a programming error', () => {
    expect(() => activationBytes(gpt3, { recomputation: 'some' as never })).toThrow(/recomputation/);
  });
});

describe('trainingMemory with every kind of parallelism', () => {
  test('100B parameters, 80B of them in experts, d = 8, e = 4, t = 2, p = 2, ZeRO-3 with buffers: 53 GB per device', () => {
    // Shared: 20B ÷ (t·p = 4) = 5B, sharded 8 ways: 0.625B. Experts: 80B ÷ (e·t·p = 16) = 5B, sharded
    // d / e = 2 ways: 2.5B. 3.125B × (2 + 2 + 12) bytes = 50 GB; buffers (5e8 + 1e9 values) × 2 = 3 GB.
    const memory = trainingMemory({
      ...base,
      params: 100e9,
      expertParams: 80e9,
      devices: 8,
      expertParallel: 4,
      tensorParallel: 2,
      pipelineParallel: 2,
      zeroStage: 3,
      communicationBuffers: true,
    });
    expect(memory).toEqual({ weightsBytes: 6.25e9, gradientsBytes: 6.25e9, optimizerBytes: 37.5e9, buffersBytes: 3e9, activationsBytes: 0, totalBytes: 53e9 });
  });

  test('FlashAttention and sequence parallelism reach the activations only when asked for (Korthikanti et al. 2022, eq. 2 and 3)', () => {
    const gpt3 = { layers: 96, dModel: 12288, heads: 96, sequenceLength: 2048, microBatchSize: 1 };
    const sbhL = 2048 * 12288 * 96;
    const as = (5 * 96 * 2048) / 12288;
    const run = { ...base, devices: 1, tensorParallel: 8, activations: gpt3 };
    // t = 8 alone: sbhL·(10 + 24/8 + 5as/(ht)). With both, all of sbhL·34 is split 8 ways and the score
    // matrices give way to FlashAttention's fp32 softmax statistics, 4 bytes × a × s per layer, also split:
    // sbhL·34/8 + 96 × 4 × 96 × 2048 / 8 = 10,267,656,192 + 9,437,184 bytes.
    expect(trainingMemory(run).activationsBytes).toBeCloseTo(sbhL * (10 + 24 / 8 + as / 8), 0);
    expect(trainingMemory({ ...run, flashAttention: true, sequenceParallel: true }).activationsBytes).toBe(10_277_093_376);
  });
});

describe('minimumDevices', () => {
  test('a model that fits on one device needs one', () => {
    const result = minimumDevices({ ...base, params: 1e9, accelerator: 'a100-80gb' });
    expect(result).toMatchObject({ fits: true, devices: 1, dataParallel: 1 });
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

  test('memory exactly what 7 devices need under ZeRO-1: 7, however the closed form rounds', () => {
    // 1B params, ZeRO-1: 2 + 2 bytes stay whole (4 GB), the 12 optimizer bytes split: 4e9 + 12e9 / 7
    // per device on 7, which then fits with nothing to spare; on 6 it needs 4e9 + 2e9 = 6 GB.
    const result = minimumDevices({ ...base, params: 1e9, zeroStage: 1, accelerator: { memoryBytes: 4e9 + 12e9 / 7 } });
    expect(result).toMatchObject({ fits: true, devices: 7 });
  });

  test('memory a hair under what 159 devices need under ZeRO-3: 160, however the closed form rounds', () => {
    // 1B params, ZeRO-3: all 16 bytes split, 16e9 / d per device. One part in 2^52 less than
    // 16e9 / 159 does not fit on 159; 16e9 / 160 = 1e8 fits.
    const on159 = 16e9 / 159;
    const result = minimumDevices({ ...base, params: 1e9, zeroStage: 3, accelerator: { memoryBytes: on159 - on159 * Number.EPSILON } });
    expect(result).toMatchObject({ fits: true, devices: 160 });
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

  test('memory exactly equal to the device is enough: one device at 16 GB, nine at the ZeRO-1 count', () => {
    // 1B parameters × 16 bytes, no ZeRO and no activations: 16e9 bytes, which a 16e9-byte device holds.
    expect(minimumDevices({ ...base, params: 1e9, accelerator: { memoryBytes: 16e9 } })).toMatchObject({ fits: true, devices: 1 });
    // ZeRO-1 keeps 4 bytes of the 7.5B model whole (30 GB): a 30 GB device has no room for the rest.
    expect(minimumDevices({ ...base, zeroStage: 1, accelerator: { memoryBytes: 30e9 } })).toEqual({
      fits: false,
      reason: 'not-partitioned',
      floorBytes: 30e9,
      deviceMemoryBytes: 30e9,
    });
    // 30 GB + 90 GB / d ≤ 40 GB needs d = 9: a limit of exactly 9 allows it, 8 does not.
    expect(minimumDevices({ ...base, zeroStage: 1, accelerator: { memoryBytes: 40e9 }, maxDataParallel: 9 })).toMatchObject({ fits: true, devices: 9 });
    expect(minimumDevices({ ...base, zeroStage: 1, accelerator: { memoryBytes: 40e9 }, maxDataParallel: 8 })).toMatchObject({ fits: false, reason: 'too-many-devices' });
  });

  test.each<[string, Partial<Parameters<typeof minimumDevices>[0]>, string]>([
    ['accelerator.memoryBytes', { accelerator: { memoryBytes: -1 } }, 'minimumDevices: expected accelerator.memoryBytes to be a finite number ≥ 0, received -1'],
    ['maxDataParallel', { maxDataParallel: 0 }, 'minimumDevices: expected maxDataParallel to be an integer ≥ 1, received 0'],
    ['expertParallel', { expertParallel: 0.5 }, 'minimumDevices: expected expertParallel to be an integer ≥ 1, received 0.5'],
  ])('programming error: %s', (_name, override, message) => {
    expect(() => minimumDevices({ ...base, zeroStage: 3, accelerator: 'a100-80gb', ...override })).toThrow(message);
  });

  test('past maxDevices the answer is a typed "too many devices", not Infinity', () => {
    expect(minimumDevices({ ...base, zeroStage: 3, accelerator: { memoryBytes: 1e9 }, maxDataParallel: 10 })).toMatchObject({
      fits: false,
      reason: 'too-many-devices',
    });
  });

  test('with tensor and pipeline parallelism the count is data-parallel × t × p: 405B with TP 8, PP 16, ZeRO-1', () => {
    // Per device 3,170,729,600 parameters: 4 bytes whole = 12.68 GB, 12 bytes over d: 38.05 GB / d ≤ 67.3 GB → d = 1.
    const result = minimumDevices({ ...base, params: 405_853_388_800, tensorParallel: 8, pipelineParallel: 16, zeroStage: 1, accelerator: 'h100-sxm' });
    expect(result).toMatchObject({ fits: true, devices: 128, dataParallel: 1 });
  });

  test('with expert parallelism the data-parallel degree is a multiple of it', () => {
    const result = minimumDevices({ ...base, params: 100e9, expertParams: 90e9, expertParallel: 8, zeroStage: 3, accelerator: 'h100-sxm' });
    expect(result.fits && result.dataParallel % 8).toBe(0);
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
            expect(trainingMemory({ ...base, params, zeroStage, devices: result.dataParallel - 1 }).totalBytes).toBeGreaterThan(memoryBytes);
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
    [{ tensorParallel: 0 }, /tensorParallel/],
    [{ expertParallel: 3, devices: 64 }, /expertParallel to divide devices/],
    [{ expertParams: 8e9 }, /expertParams ≤ params/],
  ])('%j', (override, message) => {
    expect(() => trainingMemory({ ...base, ...override })).toThrow(message);
  });

  test('unknown accelerator in minimumDevices', () => {
    expect(() => minimumDevices({ ...base, accelerator: 'a100' as never })).toThrow(/Unknown accelerator id "a100"/);
  });
});
