/**
 * Re-pricing in the browser: kept apart from `chartModel` so the chart island loads only this
 * and the one library function it calls, not the dataset.
 */
import type { AcceleratorId } from '~/lib/accelerators';
import { repriceRun } from '~/lib/runCosts';
import type { ChartPoint, RepriceableRun } from './chartModel';
import { methodLabels } from './methods';

/** Re-priceable runs as chart points at `prices`: published hours × the price of their accelerator. */
export function repricedPoints(runs: readonly RepriceableRun[], prices: Readonly<Record<AcceleratorId, number>>): ChartPoint[] {
  return runs.map(({ accelerator, acceleratorHours, ...point }) => ({
    ...point,
    // Every RepriceableRun has hours and a catalogued accelerator, so this is never null.
    costUsd: repriceRun({ accelerator, acceleratorHours }, prices)!.costUsd,
    method: 'repriced' as const,
    basis: methodLabels.repriced,
  }));
}
