/**
 * The fewest data-parallel devices a training run fits on, given the memory model of `memory.ts`
 * (model states partitioned by ZeRO stage, Rajbhandari et al. 2019 §5; activations kept whole).
 */
import { getAccelerator, type AcceleratorId } from './accelerators';
import { trainingMemory, type TrainingMemory, type TrainingMemoryInput } from './memory';
import { requireCount, requireNonNegative } from './validate';

/** Input of {@link minimumDevices}: a memory input without `devices`, and the accelerator. */
export interface MinimumDevicesInput extends Omit<TrainingMemoryInput, 'devices'> {
  accelerator: AcceleratorId | { memoryBytes: number };
  /** Largest device count considered. Default 1,000,000. */
  maxDevices?: number;
}

/** Result of {@link minimumDevices}: a device count, or why no count fits. */
export type MinimumDevices =
  | { fits: true; devices: number; memory: TrainingMemory }
  | {
      fits: false;
      /** `'not-partitioned'`: what ZeRO does not partition (activations, and the states the stage keeps whole) exceeds one device. */
      reason: 'not-partitioned' | 'too-many-devices';
      /** Bytes per device that no device count removes. */
      floorBytes: number;
      deviceMemoryBytes: number;
    };

/**
 * The smallest number of data-parallel devices on which training fits in device memory (no
 * headroom for fragmentation or framework buffers). With ZeRO the partitioned share shrinks as
 * devices are added; what is not partitioned must fit on one device, or the result says
 * `fits: false` (never Infinity).
 * @example
 * minimumDevices({ params: 7e9, precision: 'bf16', optimizer: 'adamw', zeroStage: 3,
 *   recomputation: 'full', accelerator: 'a100-80gb' }) //=> { fits: true, devices: 2, … }
 */
export function minimumDevices(input: MinimumDevicesInput): MinimumDevices {
  const { accelerator, maxDevices = 1_000_000, ...rest } = input;
  const deviceMemoryBytes =
    typeof accelerator === 'string' ? getAccelerator(accelerator).memoryBytes : accelerator.memoryBytes;
  requireNonNegative(deviceMemoryBytes, 'minimumDevices', 'accelerator.memoryBytes');
  const limit = requireCount(maxDevices, 'minimumDevices', 'maxDevices');
  const one = trainingMemory({ ...rest, devices: 1 });
  const stage = rest.zeroStage;
  // What ZeRO leaves whole on every device, however many there are.
  const floorBytes =
    one.activationsBytes +
    (stage < 3 ? one.weightsBytes : 0) +
    (stage < 2 ? one.gradientsBytes : 0) +
    (stage < 1 ? one.optimizerBytes : 0);
  if (one.totalBytes <= deviceMemoryBytes) return { fits: true, devices: 1, memory: one };
  if (floorBytes >= deviceMemoryBytes) {
    return { fits: false, reason: 'not-partitioned', floorBytes, deviceMemoryBytes };
  }
  // total(n) = floor + partitioned / n, so n = partitioned / (memory − floor), rounded up;
  // then step past floating-point rounding at the boundary in either direction.
  const fitsOn = (n: number) => trainingMemory({ ...rest, devices: n }).totalBytes <= deviceMemoryBytes;
  let devices = Math.ceil((one.totalBytes - floorBytes) / (deviceMemoryBytes - floorBytes));
  while (!fitsOn(devices)) devices += 1;
  while (devices > 1 && fitsOn(devices - 1)) devices -= 1;
  if (devices > limit) return { fits: false, reason: 'too-many-devices', floorBytes, deviceMemoryBytes };
  return { fits: true, devices, memory: trainingMemory({ ...rest, devices }) };
}
