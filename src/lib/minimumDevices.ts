/**
 * The fewest devices a training run fits on, for fixed tensor, pipeline and expert parallel
 * degrees: the smallest data-parallel degree at which the memory of `memory.ts` fits, times the
 * tensor and pipeline degrees. ZeRO partitions model states across the data-parallel devices
 * (Rajbhandari et al. 2019 §5); activations and buffers stay whole on every device.
 */
import { getAccelerator, type AcceleratorId } from './accelerators';
import { trainingMemory, type TrainingMemory, type TrainingMemoryInput } from './memory';
import { requireCount, requireNonNegative } from './validate';

/** Input of {@link minimumDevices}: a memory input without `devices`, and the accelerator. */
export interface MinimumDevicesInput extends Omit<TrainingMemoryInput, 'devices'> {
  accelerator: AcceleratorId | { memoryBytes: number };
  /** Largest data-parallel degree considered. Default 1,000,000. */
  maxDataParallel?: number;
}

/** Result of {@link minimumDevices}: a device count, or why no count fits. */
export type MinimumDevices =
  | {
      fits: true;
      /** Devices in all: data-parallel × tensor-parallel × pipeline-parallel. */
      devices: number;
      /** The data-parallel degree. */
      dataParallel: number;
      memory: TrainingMemory;
    }
  | {
      fits: false;
      /** `'not-partitioned'`: what ZeRO does not partition (activations, buffers, the states the stage keeps whole) exceeds one device. */
      reason: 'not-partitioned' | 'too-many-devices';
      /** Bytes per device that no data-parallel degree removes. */
      floorBytes: number;
      deviceMemoryBytes: number;
    };

/**
 * The smallest number of devices on which training fits in device memory (no headroom for
 * fragmentation). Data-parallel degrees are multiples of the expert degree. Never Infinity: when
 * what ZeRO keeps whole exceeds one device, the result says `fits: false`.
 * @example
 * minimumDevices({ params: 7e9, precision: 'bf16', optimizer: 'adamw', zeroStage: 3,
 *   recomputation: 'full', accelerator: 'a100-80gb' }) //=> { fits: true, devices: 2, … }
 */
export function minimumDevices(input: MinimumDevicesInput): MinimumDevices {
  const { accelerator, maxDataParallel = 1_000_000, ...rest } = input;
  const deviceMemoryBytes =
    typeof accelerator === 'string' ? getAccelerator(accelerator).memoryBytes : accelerator.memoryBytes;
  requireNonNegative(deviceMemoryBytes, 'minimumDevices', 'accelerator.memoryBytes');
  const limit = requireCount(maxDataParallel, 'minimumDevices', 'maxDataParallel');
  const step = requireCount(rest.expertParallel ?? 1, 'minimumDevices', 'expertParallel');
  const modelParallel = (rest.tensorParallel ?? 1) * (rest.pipelineParallel ?? 1);
  const at = (dataParallel: number) => trainingMemory({ ...rest, devices: dataParallel });
  const fitted = (dataParallel: number): MinimumDevices => ({
    fits: true,
    devices: dataParallel * modelParallel,
    dataParallel,
    memory: at(dataParallel),
  });
  if (at(step).totalBytes <= deviceMemoryBytes) return fitted(step);
  // Beyond one device, total(d) = floor + partitioned / d; two degrees give both terms.
  const [a, b] = [2 * step, 4 * step];
  const partitioned = (at(a).totalBytes - at(b).totalBytes) / (1 / a - 1 / b);
  const floorBytes = at(b).totalBytes - partitioned / b;
  if (floorBytes >= deviceMemoryBytes) {
    return { fits: false, reason: 'not-partitioned', floorBytes, deviceMemoryBytes };
  }
  const fitsOn = (d: number) => at(d).totalBytes <= deviceMemoryBytes;
  // Round up to a multiple of the expert degree, then step past floating-point rounding either way.
  let dataParallel = Math.max(a, step * Math.ceil(partitioned / (deviceMemoryBytes - floorBytes) / step));
  while (!fitsOn(dataParallel)) dataParallel += step;
  while (dataParallel > step && fitsOn(dataParallel - step)) dataParallel -= step;
  if (dataParallel > limit) return { fits: false, reason: 'too-many-devices', floorBytes, deviceMemoryBytes };
  return fitted(dataParallel);
}
