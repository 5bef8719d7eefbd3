/**
 * Caveats on the accelerator catalog's figures, for the hardware page: kept apart from
 * `accelerators` so a calculator in the browser gets the numbers without these paragraphs.
 * Written for readers: a figure the vendor does not publish is said in words.
 */
import type { AcceleratorId } from './accelerators';

/**
 * What to know about an accelerator's figures: which peak a vendor prints, memory in GiB, power
 * measured rather than rated, whether it has FP8.
 * @example acceleratorNotes['h100-sxm']?.includes('sparsity') //=> true
 */
export const acceleratorNotes: Readonly<Partial<Record<AcceleratorId, string>>> = {
  p100:
    'Pascal has no tensor cores and no FP8; 18.7 TFLOP/s is the PCIe card\'s FP16 peak (SXM2: 21.2). ' +
    'Vaswani et al. 2017 priced training FLOPs with 9.5 TFLOP/s per P100, close to the ' +
    'single-precision peak (9.3 PCIe, 10.6 SXM2), because the Transformer was trained in FP32. ' +
    'Re-estimates of that run should use 9.5 TFLOP/s, not this FP16 figure.',
  v100:
    'FP16 tensor-core peak; Volta has neither BF16 nor FP8. Also sold with 16 GB. PCIe variant: ' +
    '112 TFLOP/s, 250 W.',
  'a100-40gb':
    'The datasheet prints both figures: "312 | 624*", * = with sparsity. Ampere has no FP8 tensor cores.',
  'a100-80gb':
    'Same compute as the 40GB part; more and faster HBM2e; no FP8. The GPU of LLaMA, Llama 2, OPT, BLOOM.',
  'h100-sxm':
    'NVIDIA prints only the figures with sparsity: 1,979 TFLOP/s BF16 and 3,958 TFLOP/s FP8; the ' +
    'dense figures are half (≈989 and ≈1,979).',
  'h100-pcie':
    'NVIDIA prints 1,513 TFLOP/s BF16 and 3,026 TFLOP/s FP8 with sparsity; dense is half (≈756 and ' +
    '≈1,513). Max power 300–350 W.',
  h800:
    'Export-market variant of the H100 SXM (the GPU of DeepSeek-V3). NVIDIA publishes no H800 ' +
    'datasheet: compute (BF16 and FP8), memory, bandwidth and power are taken as equal to the H100 ' +
    'SXM (same GH100 die), as secondary sources report; NVLink is cut to 400 GB/s and FP64 ' +
    'throughput is restricted. Treat utilisation figures on H800 as approximate.',
  h200:
    'Same compute as H100 SXM with more, faster HBM3e. NVIDIA prints the sparse figures ' +
    '(1,979 BF16, 3,958 FP8); dense is half.',
  b200:
    'Per-GPU share of the 8-GPU HGX B200 figures at 1,000 W: NVIDIA prints 36 PFLOP/s BF16 and ' +
    '72 PFLOP/s FP8 for eight GPUs with sparsity, so dense is 2.25 and 4.5 PFLOP/s per GPU. 180 GB ' +
    'is the memory HGX exposes per GPU (192 GB physical).',
  mi300x:
    'AMD prints both dense and sparse peaks: 1,307.4 TFLOP/s BF16 and 2,614.9 TFLOP/s FP8 dense.',
  'tpu-v3':
    'Per chip (two TensorCores); no FP8. Google publishes no TDP; the power shown is the measured ' +
    'maximum chip power from the Cloud documentation (min/mean/max 123/220/262 W), which excludes ' +
    'host and cooling. The chip of Gopher and (with v4) Chinchilla. Memory is 32 GiB (binary).',
  'tpu-v4':
    'Google publishes no TDP for TPU v4; the power shown is the measured system power per chip that ' +
    'PaLM reports for its training run (378.5 W, App. B): a system figure, not chip-only, and ' +
    'before PUE. The Cloud documentation gives measured chip-only power of 90/170/192 W ' +
    '(min/mean/max). Memory is 32 GiB (binary). No FP8.',
  'tpu-v5e':
    'Google publishes no power figure for TPU v5e, so energy estimates must assume one. Its ' +
    'documentation lists an Int8 peak (393 TOP/s) but no FP8 peak.',
  'tpu-v5p':
    'Google publishes no power figure for TPU v5p, so energy estimates must assume one. Its FP8 ' +
    'peak equals its BF16 peak (459 TFLOP/s): FP8 saves memory on v5p but no matrix throughput.',
  'tpu-v6e':
    'Google publishes no power figure for Trillium, so energy estimates must assume one. As on ' +
    'v5p, the FP8 peak equals the BF16 peak (918 TFLOP/s); only the Ironwood generation doubles it.',
  tpu7x:
    'Per chip (two TensorCores). Google\'s TPU7x page gives the BF16 and FP8 peaks and 192 GiB of ' +
    'HBM; it is the first TPU whose FP8 peak (4,614 TFLOP/s) is twice its BF16 peak. Google\'s ' +
    'Ironwood performance guide puts the gain from FP8 at about 1.3× over BF16 for matching operations. ' +
    'The page publishes no power figure and does not give the HBM bandwidth in its table, so energy ' +
    'and memory-bound estimates must assume them.',
  trainium2:
    'AWS publishes the dense figures per chip (eight NeuronCore-v3): 667 TFLOP/s BF16, 1,299 ' +
    'TFLOP/s FP8, 96 GiB of HBM at 3 TB/s. AWS publishes no power figure per chip, so energy ' +
    'estimates must assume one.',
  gaudi3:
    'Intel prints one matrix peak for BF16 and FP8 alike (1,835 TFLOP/s, no sparse figure), so FP8 ' +
    'saves memory and bandwidth on Gaudi 3 but gives no more matrix throughput. 128 GB of HBM2e at ' +
    '3.67 TB/s. The OAM module is rated up to 900 W air-cooled (shown) and 1,200 W liquid-cooled.',
};
