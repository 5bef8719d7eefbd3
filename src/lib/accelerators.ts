/**
 * Catalog of training accelerators: per-chip dense tensor throughput, memory, bandwidth, power.
 *
 * `peakFlops` is always the DENSE figure. NVIDIA's H100/H200/B200 pages print only the 2:4
 * structured-sparsity figure, which is twice the dense one; mixing the two is a common 2× error,
 * so the sparse figure, where a vendor prints one, is kept apart in `sparsePeakFlops`.
 * Bytes are SI (1 GB = 1e9 bytes) unless a note says the vendor gave GiB.
 */

/** Ids of the accelerators in {@link accelerators}. */
export type AcceleratorId =
  | 'p100'
  | 'v100'
  | 'a100-40gb'
  | 'a100-80gb'
  | 'h100-sxm'
  | 'h100-pcie'
  | 'h800'
  | 'h200'
  | 'b200'
  | 'mi300x'
  | 'tpu-v3'
  | 'tpu-v4'
  | 'tpu-v5e'
  | 'tpu-v5p'
  | 'tpu-v6e'
  | 'tpu7x'
  | 'trainium2'
  | 'gaudi3';

/** One accelerator (one GPU, or one TPU chip). */
export interface Accelerator {
  id: AcceleratorId;
  /** Display name, e.g. "NVIDIA A100 80GB SXM". */
  name: string;
  vendor: string;
  /** Dense peak tensor throughput in FLOP/s at `peakFlopsPrecision`; never the sparse figure. */
  peakFlops: number;
  /** Vendor's 2:4 structured-sparsity peak in FLOP/s, only where printed (for the hardware page). */
  sparsePeakFlops?: number;
  /** Precision of `peakFlops`: bf16 where supported, else fp16, else fp32. */
  peakFlopsPrecision: 'bf16' | 'fp16' | 'fp32';
  /**
   * Dense FP8 peak in FLOP/s, where the chip has FP8 matrix units (halved from the vendor's figure
   * only where the vendor prints it with sparsity); absent on chips without FP8 (A100, V100, TPU v4).
   */
  fp8PeakFlops?: number;
  /** On-package memory (HBM) in bytes, SI. */
  memoryBytes: number;
  /**
   * Peak memory bandwidth in bytes per second, SI; `null` where the vendor's documentation that
   * could be opened does not give it (TPU7x); the hardware page says so in words.
   */
  memoryBandwidthBytesPerSecond: number | null;
  /**
   * Power per accelerator in watts: vendor TDP/max power for GPUs; for TPU v4 the measured system
   * power per chip reported by PaLM. `null` when the vendor publishes no figure (TPU v5e, v5p, v6e,
   * Trainium2); the hardware page says so in words.
   */
  tdpWatts: number | null;
  /** Year of general availability (or first use in a published run). */
  year: number;
}

const GB = 1e9;
const GiB = 2 ** 30;
const TFLOPS = 1e12;

/** All catalogued accelerators, oldest first. */
export const accelerators: readonly Accelerator[] = [
  {
    id: 'p100',
    name: 'NVIDIA Tesla P100 (PCIe 16GB)',
    vendor: 'NVIDIA',
    peakFlops: 18.7 * TFLOPS,
    peakFlopsPrecision: 'fp16',
    memoryBytes: 16 * GB,
    memoryBandwidthBytesPerSecond: 732 * GB,
    tdpWatts: 250,
    year: 2016,
  },
  {
    id: 'v100',
    name: 'NVIDIA Tesla V100 SXM2 (32GB)',
    vendor: 'NVIDIA',
    peakFlops: 125 * TFLOPS,
    peakFlopsPrecision: 'fp16',
    memoryBytes: 32 * GB,
    memoryBandwidthBytesPerSecond: 900 * GB,
    tdpWatts: 300,
    year: 2017,
  },
  {
    id: 'a100-40gb',
    name: 'NVIDIA A100 40GB SXM',
    vendor: 'NVIDIA',
    peakFlops: 312 * TFLOPS,
    sparsePeakFlops: 624 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    memoryBytes: 40 * GB,
    memoryBandwidthBytesPerSecond: 1555 * GB,
    tdpWatts: 400,
    year: 2020,
  },
  {
    id: 'a100-80gb',
    name: 'NVIDIA A100 80GB SXM',
    vendor: 'NVIDIA',
    peakFlops: 312 * TFLOPS,
    sparsePeakFlops: 624 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    memoryBytes: 80 * GB,
    memoryBandwidthBytesPerSecond: 2039 * GB,
    tdpWatts: 400,
    year: 2020,
  },
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM',
    vendor: 'NVIDIA',
    peakFlops: 989 * TFLOPS,
    sparsePeakFlops: 1979 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    fp8PeakFlops: 1979 * TFLOPS,
    memoryBytes: 80 * GB,
    memoryBandwidthBytesPerSecond: 3350 * GB,
    tdpWatts: 700,
    year: 2022,
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe',
    vendor: 'NVIDIA',
    peakFlops: 756 * TFLOPS,
    sparsePeakFlops: 1513 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    fp8PeakFlops: 1513 * TFLOPS,
    memoryBytes: 80 * GB,
    memoryBandwidthBytesPerSecond: 2000 * GB,
    tdpWatts: 350,
    year: 2022,
  },
  {
    id: 'h800',
    name: 'NVIDIA H800 SXM',
    vendor: 'NVIDIA',
    peakFlops: 989 * TFLOPS,
    sparsePeakFlops: 1979 * TFLOPS,
    // Dense FP8: half the 3,958 TFLOP/s with sparsity that NVIDIA prints for the H100 SXM, whose
    // compute the H800 keeps (only its NVLink is cut); DeepSeek-V3 trained mostly in FP8 on it.
    fp8PeakFlops: 1979 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    memoryBytes: 80 * GB,
    memoryBandwidthBytesPerSecond: 3350 * GB,
    tdpWatts: 700,
    year: 2023,
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM',
    vendor: 'NVIDIA',
    peakFlops: 989 * TFLOPS,
    sparsePeakFlops: 1979 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    fp8PeakFlops: 1979 * TFLOPS,
    memoryBytes: 141 * GB,
    memoryBandwidthBytesPerSecond: 4800 * GB,
    tdpWatts: 700,
    year: 2024,
  },
  {
    id: 'b200',
    name: 'NVIDIA B200 (HGX)',
    vendor: 'NVIDIA',
    peakFlops: 2250 * TFLOPS,
    sparsePeakFlops: 4500 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    fp8PeakFlops: 4500 * TFLOPS,
    memoryBytes: 180 * GB,
    memoryBandwidthBytesPerSecond: 8000 * GB,
    tdpWatts: 1000,
    year: 2024,
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X',
    vendor: 'AMD',
    peakFlops: 1307.4 * TFLOPS,
    sparsePeakFlops: 2614.9 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    fp8PeakFlops: 2614.9 * TFLOPS,
    memoryBytes: 192 * GB,
    memoryBandwidthBytesPerSecond: 5300 * GB,
    tdpWatts: 750,
    year: 2023,
  },
  {
    id: 'tpu-v3',
    name: 'Google TPU v3',
    vendor: 'Google',
    peakFlops: 123 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    memoryBytes: 32 * GiB,
    memoryBandwidthBytesPerSecond: 900 * GB,
    tdpWatts: 262,
    year: 2018,
  },
  {
    id: 'tpu-v4',
    name: 'Google TPU v4',
    vendor: 'Google',
    peakFlops: 275 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    memoryBytes: 32 * GiB,
    memoryBandwidthBytesPerSecond: 1200 * GB,
    tdpWatts: 378.5,
    year: 2021,
  },
  {
    id: 'tpu-v5e',
    name: 'Google TPU v5e',
    vendor: 'Google',
    peakFlops: 197 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    memoryBytes: 16 * GB,
    memoryBandwidthBytesPerSecond: 819 * GB,
    tdpWatts: null,
    year: 2023,
  },
  {
    id: 'tpu-v5p',
    name: 'Google TPU v5p',
    vendor: 'Google',
    peakFlops: 459 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    fp8PeakFlops: 459 * TFLOPS,
    memoryBytes: 95 * GB,
    memoryBandwidthBytesPerSecond: 2765 * GB,
    tdpWatts: null,
    year: 2023,
  },
  {
    id: 'tpu-v6e',
    name: 'Google TPU v6e (Trillium)',
    vendor: 'Google',
    peakFlops: 918 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    fp8PeakFlops: 918 * TFLOPS,
    memoryBytes: 32 * GB,
    memoryBandwidthBytesPerSecond: 1638 * GB,
    tdpWatts: null,
    year: 2024,
  },
  {
    id: 'tpu7x',
    name: 'Google TPU7x (Ironwood)',
    vendor: 'Google',
    peakFlops: 2307 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    fp8PeakFlops: 4614 * TFLOPS,
    memoryBytes: 192 * GiB,
    memoryBandwidthBytesPerSecond: null,
    tdpWatts: null,
    year: 2025,
  },
  {
    id: 'trainium2',
    name: 'AWS Trainium2',
    vendor: 'AWS',
    peakFlops: 667 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    fp8PeakFlops: 1299 * TFLOPS,
    memoryBytes: 96 * GiB,
    memoryBandwidthBytesPerSecond: 3000 * GB,
    tdpWatts: null,
    year: 2024,
  },
  {
    id: 'gaudi3',
    name: 'Intel Gaudi 3 (OAM)',
    vendor: 'Intel',
    peakFlops: 1835 * TFLOPS,
    peakFlopsPrecision: 'bf16',
    fp8PeakFlops: 1835 * TFLOPS,
    memoryBytes: 128 * GB,
    memoryBandwidthBytesPerSecond: 3670 * GB,
    tdpWatts: 900,
    year: 2024,
  },
];

/**
 * True if the accelerator has FP8 matrix units, i.e. a dense FP8 peak in the catalog.
 * @example hasFp8(getAccelerator('h100-sxm')) //=> true
 */
export function hasFp8(accelerator: Pick<Accelerator, 'fp8PeakFlops'>): boolean {
  return accelerator.fp8PeakFlops !== undefined;
}

const byId = new Map<string, Accelerator>(accelerators.map((a) => [a.id, a]));

/**
 * True if `x` is the id of a catalogued accelerator.
 * @example isAcceleratorId('h100-sxm') //=> true
 */
export function isAcceleratorId(x: unknown): x is AcceleratorId {
  return typeof x === 'string' && byId.has(x);
}

/**
 * The catalogued accelerator with this id.
 * @throws Error naming the id received and listing the valid ids, when it is unknown.
 * @example getAccelerator('a100-80gb').peakFlops //=> 312e12
 */
export function getAccelerator(id: string): Accelerator {
  const found = byId.get(id);
  if (found === undefined) {
    throw new Error(
      `Unknown accelerator id ${JSON.stringify(id)}; expected one of: ${[...byId.keys()].join(', ')}`,
    );
  }
  return found;
}
