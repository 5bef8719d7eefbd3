/**
 * Costs recomputed here for runs whose developer published hours but no price: the hours times
 * the guide's default price for the same accelerator, with that price's provider, kind and date.
 */
import type { AcceleratorId } from '../accelerators';
import { defaultPriceSource } from '../prices';
import type { CostEstimate, PublishedFigure } from './types';

/**
 * Published accelerator-hours × the default rental price of `accelerator` (the cited, dated price
 * point behind it): what renting the same hours costs at that price, not what the developer paid.
 * Cited to where the hours were published; dated by the price.
 * @example recomputedAtDefaultPrice(cite(1_000, 'microsoft-phi4-model-card'), 'h100-sxm').value //=> 3780
 */
export function recomputedAtDefaultPrice(hours: PublishedFigure<number>, accelerator: AcceleratorId): CostEstimate {
  const { pricePoint } = defaultPriceSource[accelerator];
  return {
    value: hours.value * pricePoint.usd,
    citation: hours.citation,
    note:
      `Recomputed here: published accelerator-hours × $${pricePoint.usd.toFixed(2)} per hour ` +
      `(${pricePoint.provider}, ${pricePoint.kind}, as of ${pricePoint.asOf}): the same hours at a ` +
      'current rental price, not what the developer paid.',
    method: 'recomputed-here',
    asOf: pricePoint.asOf,
  };
}
