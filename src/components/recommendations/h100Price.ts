import type { Assumptions, Band } from '~/lib/assumptions';

/**
 * The reader's H100 SXM rental price as a low–high band: the one place the decision pages read
 * a price from the shared assumptions, so a change in their shape is a change here.
 */
export function h100PriceBand(prices: Assumptions['pricePerHourUsd']): Band {
  const price = prices['h100-sxm'];
  return { low: price, high: price };
}
