/**
 * Costs recomputed here for runs whose developer published hours but no price: the hours times
 * the low end of the guide's default price band for the same accelerator (a specialist cloud's
 * on-demand price), with that price's provider, kind and date.
 */
import type { AcceleratorId } from '../accelerators';
import { defaultPriceSources, isPricedAcceleratorId, priceKindLabel } from '../prices';
import type { CostEstimate, PublishedFigure } from './types';

/**
 * Published accelerator-hours × the low end of the default rental band of `accelerator` (the
 * cited, dated price point behind it): what renting the same hours on demand at a specialist cloud
 * costs, not what the developer paid. The chart needs one figure per run, and the low end is the
 * nearer to what a team renting thousands of GPUs pays. Cited to where the hours were published;
 * dated by the price.
 * @throws Error when `accelerator` has no default price.
 * @example recomputedAtDefaultPrice(cite(1_000, 'microsoft-phi4-model-card'), 'h100-sxm').value //=> 3200
 */
export function recomputedAtDefaultPrice(hours: PublishedFigure<number>, accelerator: AcceleratorId): CostEstimate {
  if (!isPricedAcceleratorId(accelerator)) throw new Error(`No default price for ${accelerator}`);
  const pricePoint = defaultPriceSources[accelerator].low;
  return {
    value: hours.value * pricePoint.usd,
    citation: hours.citation,
    note:
      `Recomputed here: published accelerator-hours × $${pricePoint.usd.toFixed(2)} per hour ` +
      `(${pricePoint.provider}, ${priceKindLabel(pricePoint)}, as of ${pricePoint.asOf}; the low end of the guide's default band): ` +
      'the same hours at a current rental price, not what the developer paid.',
    method: 'recomputed-here',
    asOf: pricePoint.asOf,
  };
}
