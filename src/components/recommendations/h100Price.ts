import type { Assumptions, Band } from '~/lib/assumptions';

/**
 * The reader's H100 SXM rental price band: the one place the decision pages read a price from
 * the shared assumptions, so a change in their shape is a change here.
 */
export function h100PriceBand(prices: Assumptions['pricePerHourUsd']): Band {
  return prices['h100-sxm'];
}
