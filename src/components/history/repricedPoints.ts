/**
 * Re-pricing in the browser: kept apart from `chartModel` so the chart island loads only this
 * and the one library function it calls, not the dataset.
 */
import type { AcceleratorId } from '~/lib/accelerators';
import { repriceRun } from '~/lib/runCosts';
import type { ChartPoint, RepriceableRun } from './chartModel';
import { methodLabels } from './methods';

/** Re-priceable runs as chart points at `prices`: published hours × the price of their accelerator. */
export function repricedPoints(runs: readonly RepriceableRun[], prices: Readonly<Partial<Record<AcceleratorId, number>>>): ChartPoint[] {
  // A run whose accelerator has no price in `prices` drops out rather than being given another's.
  return runs.flatMap(({ accelerator, acceleratorHours, ...point }) => {
    const repriced = repriceRun({ accelerator, acceleratorHours }, prices);
    return repriced ? [{ ...point, costUsd: repriced.costUsd, method: 'repriced' as const, basis: methodLabels.repriced }] : [];
  });
}
