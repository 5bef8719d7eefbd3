import { getAccelerator, type AcceleratorId } from '~/lib';

/** A short accelerator name for narrow tables: "A100 80GB SXM", "TPU v4", "P100". */
export function shortAcceleratorName(id: AcceleratorId): string {
  return getAccelerator(id)
    .name.replace(/^(NVIDIA |Google |AMD Instinct )(Tesla )?/, '')
    .replace(/ \(.*\)$/, '');
}
