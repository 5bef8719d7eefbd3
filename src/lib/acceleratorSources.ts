/**
 * Where each figure of the accelerator catalog comes from (datasheets, papers, vendor pages), for
 * the hardware page and the bibliography: kept apart from `accelerators` so a calculator in the
 * browser gets the numbers without their citations, as `acceleratorNotes` keeps the caveats apart.
 */
import type { AcceleratorId } from './accelerators';
import type { Citation } from './sources';

/**
 * The sources of each accelerator's figures, the vendor's datasheet or page first.
 * @example acceleratorSources['a100-80gb'][0]?.source //=> 'nvidia-a100-datasheet'
 */
export const acceleratorSources: Readonly<Record<AcceleratorId, readonly Citation[]>> = {
  p100: [
    { source: 'nvidia-p100-datasheet' },
    { source: 'vaswani-2017-attention', locator: '§6.1, Table 2 footnote' },
  ],
  v100: [{ source: 'nvidia-v100-datasheet' }],
  'a100-40gb': [{ source: 'nvidia-a100-datasheet' }],
  'a100-80gb': [{ source: 'nvidia-a100-datasheet' }],
  'h100-sxm': [{ source: 'nvidia-h100-datasheet' }],
  'h100-pcie': [{ source: 'nvidia-h100-datasheet' }],
  h800: [
    { source: 'philisun-h800-vs-h100' },
    { source: 'deepseek-2024-v3', locator: '§3.1 (training cluster)' },
    { source: 'nvidia-h100-datasheet', locator: 'H100 SXM FP8 Tensor Core (FP8 peak)' },
  ],
  h200: [{ source: 'nvidia-h200-datasheet' }],
  b200: [{ source: 'nvidia-hgx-b200-datasheet' }],
  mi300x: [{ source: 'amd-mi300x-datasheet' }],
  'tpu-v3': [{ source: 'google-tpu-v3-docs' }],
  'tpu-v4': [
    { source: 'google-tpu-v4-docs' },
    { source: 'chowdhery-2022-palm', locator: 'App. B (power)' },
  ],
  'tpu-v5e': [{ source: 'google-tpu-v5e-docs' }],
  'tpu-v5p': [{ source: 'google-tpu-v5p-docs' }, { source: 'google-tpu7x-docs', locator: 'System architecture table (FP8 peak)' }],
  'tpu-v6e': [
    { source: 'google-tpu-v6e-docs', locator: 'System architecture table' },
    { source: 'google-tpu7x-docs', locator: 'System architecture table (FP8 peak)' },
  ],
  tpu7x: [
    { source: 'google-tpu7x-docs', locator: 'System architecture table' },
    { source: 'google-tpu-ironwood-performance', locator: 'Low-precision training with FP8' },
  ],
  trainium2: [
    { source: 'aws-trainium2-docs', locator: 'Trainium2 chip components' },
    { source: 'aws-trainium2-nki-guide', locator: 'device overview (HBM bandwidth)' },
  ],
  gaudi3: [{ source: 'intel-2024-gaudi3-hot-chips', locator: 'slides "Gaudi product generations" and "Intel Gaudi 3 spec"' }],
};
