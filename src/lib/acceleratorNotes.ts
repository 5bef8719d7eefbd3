/**
 * Caveats on the accelerator catalog's figures, for the hardware page: kept apart from
 * `accelerators` so a calculator in the browser gets the numbers without these paragraphs.
 */
import type { AcceleratorId } from './accelerators';

/**
 * What to know about an accelerator's figures: which peak a vendor prints, memory in GiB, power
 * measured rather than rated.
 * @example acceleratorNotes['h100-sxm']?.includes('sparse') //=> true
 */
export const acceleratorNotes: Readonly<Partial<Record<AcceleratorId, string>>> = {
  p100:
    'Pascal has no tensor cores; 18.7 TFLOP/s is the PCIe card\'s FP16 peak (SXM2: 21.2). ' +
    'Vaswani et al. 2017 priced training FLOPs with 9.5 TFLOP/s per P100, close to the ' +
    'single-precision peak (9.3 PCIe, 10.6 SXM2), because the Transformer was trained in FP32. ' +
    'Re-estimates of that run should use 9.5 TFLOP/s, not this FP16 figure.',
  v100:
    'FP16 tensor-core peak; Volta has no BF16. Also sold with 16 GB. PCIe variant: 112 TFLOP/s, 250 W.',
  'a100-40gb':
    'The datasheet prints both figures: "312 | 624*", * = with sparsity.',
  'a100-80gb':
    'Same compute as the 40GB part; more and faster HBM2e. The GPU of LLaMA, Llama 2, OPT, BLOOM.',
  'h100-sxm':
    'NVIDIA prints only 1,979 TFLOP/s "with sparsity"; the dense figure is half (≈989).',
  'h100-pcie':
    'NVIDIA prints 1,513 TFLOP/s with sparsity; dense is half (≈756). Max power 300–350 W.',
  h800:
    'Export-market variant of the H100 SXM (the GPU of DeepSeek-V3). No NVIDIA H800 datasheet ' +
    'could be verified: compute, memory, bandwidth and power are ASSUMED equal to the H100 SXM ' +
    '(same GH100 die), as secondary sources report; NVLink is cut to 400 GB/s and FP64 ' +
    'throughput is restricted. Treat utilisation figures on H800 as approximate.',
  h200:
    'Same compute as H100 SXM with more, faster HBM3e. Sparse figure printed; dense is half.',
  b200:
    'Per-GPU share of the 8-GPU HGX B200 figures at 1,000 W: NVIDIA prints 4.5 PFLOP/s BF16 ' +
    'with sparsity, dense is half. 180 GB is the memory HGX exposes per GPU (192 GB physical).',
  mi300x:
    'AMD prints both dense and sparse peaks.',
  'tpu-v3':
    'Per chip (two TensorCores). Google publishes no TDP; the power shown is the measured maximum chip ' +
    'power from the Cloud docs (min/mean/max 123/220/262 W), which excludes host and cooling. ' +
    'The chip of Gopher and (with v4) Chinchilla. Memory is 32 GiB (binary).',
  'tpu-v4':
    'Google publishes no TDP for TPU v4; the power shown is the measured system power per chip that ' +
    'PaLM reports for its training run (378.5 W, App. B): a system figure, not chip-only, and ' +
    'before PUE. The Cloud docs give measured chip-only power of 90/170/192 W ' +
    '(min/mean/max). Memory is 32 GiB (binary) per the Cloud docs.',
  'tpu-v5e':
    'Google publishes no power figure for v5e: energy estimates must assume one.',
  'tpu-v5p':
    'Google publishes no power figure for v5p: energy estimates must assume one.',
};
