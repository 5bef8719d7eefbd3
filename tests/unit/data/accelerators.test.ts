import { describe, expect, test } from 'vitest';
import {
  accelerators,
  getAccelerator,
  hasFp8,
  isAcceleratorId,
  type AcceleratorId,
} from '../../../src/lib/accelerators';
import { acceleratorNotes } from '../../../src/lib/acceleratorNotes';
import { acceleratorSources } from '../../../src/lib/acceleratorSources';
import { isSourceId } from '../../../src/lib/sources';

const requiredIds: AcceleratorId[] = [
  'p100',
  'v100',
  'a100-40gb',
  'a100-80gb',
  'h100-sxm',
  'h100-pcie',
  'h200',
  'b200',
  'mi300x',
  'tpu-v4',
  'tpu-v5e',
  'tpu-v5p',
  'tpu-v6e',
  'tpu7x',
  'trainium2',
  'gaudi3',
];

const isPositiveFinite = (x: number) => Number.isFinite(x) && x > 0;

describe('accelerator catalog', () => {
  test.each(requiredIds)('the catalog contains %s', (id) => {
    expect(accelerators.some((a) => a.id === id)).toBe(true);
  });

  test('ids are unique', () => {
    const ids = accelerators.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(accelerators.map((a) => [a.id, a] as const))('%s', (_id, a) => {
    test('peak and memory are positive finite numbers', () => {
      expect(isPositiveFinite(a.peakFlops)).toBe(true);
      expect(isPositiveFinite(a.memoryBytes)).toBe(true);
    });

    test('bandwidth is a positive finite number, or null with a note saying it is not given', () => {
      if (a.memoryBandwidthBytesPerSecond === null) {
        expect(acceleratorNotes[a.id]).toMatch(/does not give the HBM bandwidth/i);
      } else {
        expect(isPositiveFinite(a.memoryBandwidthBytesPerSecond)).toBe(true);
      }
    });

    test('power is a positive finite number, or null with a note saying it is not published', () => {
      if (a.tdpWatts === null) {
        expect(acceleratorNotes[a.id]).toMatch(/publishes no power figure/i);
      } else {
        expect(isPositiveFinite(a.tdpWatts)).toBe(true);
      }
    });

    test('the year is a plausible release year', () => {
      expect(Number.isInteger(a.year)).toBe(true);
      expect(a.year).toBeGreaterThanOrEqual(2016);
      expect(a.year).toBeLessThanOrEqual(2026);
    });

    test('has at least one citation, and every citation resolves in the bibliography', () => {
      expect(acceleratorSources[a.id].length).toBeGreaterThan(0);
      for (const c of acceleratorSources[a.id]) expect(isSourceId(c.source)).toBe(true);
    });

    test('the dense peak never exceeds the sparse peak the vendor prints', () => {
      if (a.sparsePeakFlops !== undefined) {
        expect(isPositiveFinite(a.sparsePeakFlops)).toBe(true);
        expect(a.peakFlops).toBeLessThanOrEqual(a.sparsePeakFlops);
      }
    });

    test('is found by its id', () => {
      expect(getAccelerator(a.id)).toBe(a);
      expect(isAcceleratorId(a.id)).toBe(true);
    });
  });

  // Dense figures a reader can check against the datasheet (sparse = 2 × dense on NVIDIA).
  test.each([
    ['a100-80gb', 312e12, 'NVIDIA A100 datasheet: 312 | 624* TFLOP/s'],
    ['h100-sxm', 989e12, 'NVIDIA H100 datasheet: 1,979 TFLOP/s with sparsity'],
    ['mi300x', 1307.4e12, 'AMD MI300X data sheet: 1,307.4 TFLOP/s dense'],
    ['tpu-v4', 275e12, 'Cloud TPU v4 docs: 275 TFLOP/s bf16'],
    ['tpu-v5e', 197e12, 'Cloud TPU v5e docs: 197 TFLOP/s bf16'],
  ] as const)('%s dense peak is %d FLOP/s (%s)', (id, peak, _datasheet) => {
    expect(getAccelerator(id).peakFlops).toBeCloseTo(peak, -6);
  });
  // Dense FP8 peaks: half the "with sparsity" figure where the vendor prints only that.
  test.each([
    ['h100-sxm', 1979e12, 'NVIDIA H100 datasheet: 3,958 TFLOP/s FP8 with sparsity'],
    ['h100-pcie', 1513e12, 'NVIDIA H100 datasheet: 3,026 TFLOP/s FP8 with sparsity (PCIe)'],
    ['h200', 1979e12, 'NVIDIA H200: 3,958 TFLOP/s FP8 with sparsity'],
    ['b200', 4500e12, 'HGX B200: 72 PFLOP/s FP8 with sparsity for eight GPUs'],
    ['mi300x', 2614.9e12, 'AMD MI300X data sheet: 2,614.9 TFLOP/s FP8 dense'],
    ['tpu-v5p', 459e12, 'Cloud TPU7x docs, comparison table: v5p FP8 459 TFLOPs'],
    ['tpu-v6e', 918e12, 'Cloud TPU7x docs, comparison table: v6e FP8 918 TFLOPs'],
    ['trainium2', 1299e12, 'AWS Neuron docs: Trainium2 1,299 FP8 TFLOPS'],
    ['tpu7x', 4614e12, 'Cloud TPU7x docs, System architecture table: TPU7x FP8 4614 TFLOPs'],
    ['gaudi3', 1835e12, 'Intel, Hot Chips 2024, "Intel Gaudi 3 spec": FP8 Matrix TFLOPs 1835'],
  ] as const)('%s dense FP8 peak is %d FLOP/s (%s)', (id, peak, _source) => {
    expect(getAccelerator(id).fp8PeakFlops).toBeCloseTo(peak, -6);
    expect(hasFp8(getAccelerator(id))).toBe(true);
  });

  test.each([
    ['tpu-v6e', 918e12, 32e9, 1638e9, 'Cloud TPU v6e docs: 918 TFLOPs bf16, 32 GB, 1,638 GBps'],
    ['trainium2', 667e12, 96 * 2 ** 30, 3000e9, 'AWS Neuron docs: 667 TFLOPS BF16, 96 GiB at 3 TB/s'],
    ['gaudi3', 1835e12, 128e9, 3670e9, 'Intel, Hot Chips 2024: BF16 Matrix 1835 TFLOPs, 128 GB HBM2e at 3.67 TB/s'],
  ] as const)('%s: %d FLOP/s dense BF16, %d bytes of HBM at %d bytes/s (%s)', (id, peak, memory, bandwidth, _source) => {
    const a = getAccelerator(id);
    expect(a.peakFlops).toBeCloseTo(peak, -6);
    expect(a.memoryBytes).toBe(memory);
    expect(a.memoryBandwidthBytesPerSecond).toBeCloseTo(bandwidth, -3);
  });

  test('TPU7x: 2,307 TFLOP/s dense BF16 and 192 GiB of HBM; no bandwidth or power in Google\'s table (Cloud TPU7x docs, System architecture table)', () => {
    const a = getAccelerator('tpu7x');
    expect(a.peakFlops).toBe(2307e12);
    expect(a.memoryBytes).toBe(192 * 2 ** 30);
    expect(a.memoryBandwidthBytesPerSecond).toBeNull();
    expect(a.tdpWatts).toBeNull();
  });

  test('Gaudi 3 OAM is rated 900 W air-cooled (Intel, Hot Chips 2024, "Gaudi product generations": 900 W air / 1,200 W liquid)', () => {
    expect(getAccelerator('gaudi3').tdpWatts).toBe(900);
  });

  test.each(['p100', 'v100', 'a100-40gb', 'a100-80gb', 'tpu-v3', 'tpu-v4', 'tpu-v5e'] as const)(
    '%s has no FP8 matrix units, and its note says so',
    (id) => {
      expect(getAccelerator(id).fp8PeakFlops).toBeUndefined();
      expect(hasFp8(getAccelerator(id))).toBe(false);
      expect(acceleratorNotes[id]).toMatch(/FP8/);
    },
  );

  test.each(accelerators.map((a) => [a.id, a] as const))('%s: the FP8 peak is at least the 16-bit peak', (_id, a) => {
    if (a.fp8PeakFlops !== undefined) expect(a.fp8PeakFlops).toBeGreaterThanOrEqual(a.peakFlops);
  });

  test.each(accelerators.map((a) => [a.id] as const))('the note of %s uses no internal field names or raw values', (id) => {
    expect(acceleratorNotes[id] ?? '').not.toMatch(/tdpWatts|null|UNVERIFIED|published-figures|ASSUMED/);
  });
});

describe('getAccelerator and isAcceleratorId', () => {
  test('an unknown id throws, naming what was received and the valid ids', () => {
    expect(() => getAccelerator('a100')).toThrow(/"a100".*a100-80gb/);
  });

  test.each([['a100'], [''], [42], [null], [undefined], [{}]])(
    'isAcceleratorId(%j) is false',
    (x) => {
      expect(isAcceleratorId(x)).toBe(false);
    },
  );
});
