/**
 * The rental price band each calculator starts from, per accelerator: numbers only, so a
 * calculator in the browser gets them without the cited price dataset (`pricePoints`, with its
 * notes and citations) they are taken from. `defaultPriceSources` in `prices.ts` finds the cited
 * point behind each end, and fails the build when an end names no stored point.
 *
 * A chip still rented in 2025–2026 gets a band of two dated on-demand prices of its own chip:
 * low = a specialist cloud's price page, high = a hyperscaler's (AWS). A chip that only its maker's
 * cloud rents (Google's TPUs) gets that cloud's on-demand price per chip-hour in its cheapest and
 * dearest region, both from the same dated price page: one kind of price at both ends, never a
 * commitment at one end and on-demand at the other. A chip no longer offered
 * as a new rental keeps one historical price (low = high). A chip with no verified price has no
 * default, and the calculators that need a price do not offer it.
 */
import type { AcceleratorId } from './accelerators';
import type { Band } from './assumptions';

/** One end of a default band: the stored price point it is taken from, by provider and price. */
export interface PriceRef {
  provider: string;
  /** US dollars per accelerator-hour. */
  usd: number;
}

/** A default: two ends of the chip's own prices, or one historical price. */
export interface DefaultRentalPrice {
  low: PriceRef;
  high: PriceRef;
  /** True for a chip no longer offered as a new rental: one dated price, low = high. */
  historical?: true;
}

const hyperstack = 'Hyperstack';
const aws = 'AWS';

/**
 * The default band of every priced accelerator (see the module comment for the rule).
 * @example defaultRentalPrices['h100-sxm'].high //=> { provider: 'AWS', usd: 6.88 }
 */
export const defaultRentalPrices = {
  p100: { low: { provider: 'Microsoft Azure', usd: 2.07 }, high: { provider: 'Microsoft Azure', usd: 2.07 }, historical: true },
  v100: { low: { provider: 'Microsoft Azure', usd: 3.06 }, high: { provider: 'Microsoft Azure', usd: 3.06 }, historical: true },
  'a100-40gb': { low: { provider: 'Lambda', usd: 1.99 }, high: { provider: aws, usd: 21.957642 / 8 } },
  'a100-80gb': { low: { provider: hyperstack, usd: 1.6 }, high: { provider: aws, usd: 27.44705 / 8 } },
  'h100-sxm': { low: { provider: hyperstack, usd: 3.2 }, high: { provider: aws, usd: 55.04 / 8 } },
  'h100-pcie': { low: { provider: 'RunPod', usd: 2.89 }, high: { provider: 'Lambda', usd: 3.29 } },
  h800: { low: { provider: 'DeepSeek', usd: 2 }, high: { provider: 'DeepSeek', usd: 2 }, historical: true },
  h200: { low: { provider: hyperstack, usd: 3.99 }, high: { provider: aws, usd: 63.296 / 8 } },
  b200: { low: { provider: hyperstack, usd: 6 }, high: { provider: aws, usd: 113.9328 / 8 } },
  'tpu-v3': { low: { provider: 'Google Cloud', usd: 2 }, high: { provider: 'Google Cloud', usd: 2 }, historical: true },
  'tpu-v4': { low: { provider: 'Google Cloud', usd: 3.22 }, high: { provider: 'Google Cloud', usd: 3.22 }, historical: true },
  'tpu-v5e': { low: { provider: 'Google Cloud', usd: 1.2 }, high: { provider: 'Google Cloud, Netherlands and Singapore', usd: 1.56 } },
  'tpu-v6e': { low: { provider: 'Google Cloud', usd: 2.7 }, high: { provider: 'Google Cloud, Japan', usd: 3.24 } },
} as const satisfies Partial<Record<AcceleratorId, DefaultRentalPrice>>;

/** An accelerator that has a default rental price, so the cost calculators offer it. */
export type PricedAcceleratorId = keyof typeof defaultRentalPrices;

/** The priced accelerators, in catalog order of {@link defaultRentalPrices}. */
export const pricedAcceleratorIds = Object.keys(defaultRentalPrices) as PricedAcceleratorId[];

/**
 * True if `x` is an accelerator id with a default rental price.
 * @example isPricedAcceleratorId('h100-sxm') //=> true
 * @example isPricedAcceleratorId('tpu-v5p') //=> false (no verified price)
 */
export function isPricedAcceleratorId(x: unknown): x is PricedAcceleratorId {
  return typeof x === 'string' && Object.hasOwn(defaultRentalPrices, x);
}

/**
 * Default rental price band per accelerator-hour in US dollars.
 * @example defaultPriceBandUsd['h100-sxm'] //=> { low: 3.2, high: 6.88 }
 */
export const defaultPriceBandUsd: Readonly<Record<PricedAcceleratorId, Band>> = Object.fromEntries(
  pricedAcceleratorIds.map((id) => [id, { low: defaultRentalPrices[id].low.usd, high: defaultRentalPrices[id].high.usd }]),
) as Record<PricedAcceleratorId, Band>;

/**
 * One end of every accelerator's price band, for arithmetic that needs a single price per chip
 * (re-pricing published runs): `'low'` the specialist-cloud end, `'high'` the hyperscaler end.
 * @example priceBandEnds({ 'h100-sxm': { low: 3.2, high: 6.88 } }, 'high') //=> { 'h100-sxm': 6.88 }
 */
export function priceBandEnds(
  prices: Readonly<Partial<Record<PricedAcceleratorId, Band>>>,
  end: 'low' | 'high',
): Partial<Record<PricedAcceleratorId, number>> {
  return Object.fromEntries(Object.entries(prices).map(([id, band]) => [id, (band as Band)[end]]));
}

/**
 * `x` if it is a priced accelerator id, else `fallback`: how a calculator reads its accelerator
 * field (a hostile or stale value falls back to the calculator's own default chip).
 * @example pricedAcceleratorOr('tpu-v5p', 'h100-sxm') //=> 'h100-sxm'
 */
export function pricedAcceleratorOr(x: unknown, fallback: PricedAcceleratorId): PricedAcceleratorId {
  return isPricedAcceleratorId(x) ? x : fallback;
}
