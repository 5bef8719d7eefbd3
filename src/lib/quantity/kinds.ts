/**
 * What a typed-in quantity measures; it decides which suffixes `parseQuantity` accepts and how
 * `formatQuantity` writes a value back.
 * - `count`: a plain number with short-scale suffixes (70B, 1.4T, 175 billion).
 * - `usd`: US dollars, optional "$" (US$3.93, $4.06M).
 * - `fraction`: a share of 1, typed as a percentage ("40%") or a fraction ("0.4").
 * - `hours`: a duration, returned in hours ("21 days", "504 h").
 * - `bytes`: a size, returned in bytes ("80 GB" SI, "74.5 GiB" IEC).
 * - `flops`: floating-point operations ("3.14e23", "3,640 PF-days").
 */
export type QuantityKind = 'count' | 'usd' | 'fraction' | 'hours' | 'bytes' | 'flops';

/**
 * Every {@link QuantityKind}, for tests and pickers.
 * @example quantityKinds.includes('usd') //=> true
 */
export const quantityKinds: readonly QuantityKind[] = [
  'count',
  'usd',
  'fraction',
  'hours',
  'bytes',
  'flops',
];
