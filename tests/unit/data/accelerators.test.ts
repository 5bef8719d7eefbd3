import { describe, expect, test } from 'vitest';
import {
  accelerators,
  getAccelerator,
  isAcceleratorId,
  type AcceleratorId,
} from '../../../src/lib/accelerators';
import { acceleratorNotes } from '../../../src/lib/acceleratorNotes';
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
    test('peak, memory and bandwidth are positive finite numbers', () => {
      expect(isPositiveFinite(a.peakFlops)).toBe(true);
      expect(isPositiveFinite(a.memoryBytes)).toBe(true);
      expect(isPositiveFinite(a.memoryBandwidthBytesPerSecond)).toBe(true);
    });

    test('power is a positive finite number, or null with a note saying it is not published', () => {
      if (a.tdpWatts === null) {
        expect(acceleratorNotes[a.id]).toMatch(/no power figure|publishes no/i);
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
      expect(a.sources.length).toBeGreaterThan(0);
      for (const c of a.sources) expect(isSourceId(c.source)).toBe(true);
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
