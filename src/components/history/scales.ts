/**
 * The two mappings the cost-history chart needs, by hand (a few lines instead of d3-scale's
 * ≈14 KB): a linear one for time and a base-10 logarithmic one for dollars.
 */

/** Maps [d0, d1] linearly onto [r0, r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number) {
  return (value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** Maps [d0, d1] (both > 0) onto [r0, r1] so that equal ratios take equal distances. */
export function logScale(d0: number, d1: number, r0: number, r1: number) {
  const l0 = Math.log10(d0);
  const l1 = Math.log10(d1);
  return (value: number) => r0 + ((Math.log10(value) - l0) / (l1 - l0)) * (r1 - r0);
}

/**
 * The powers of ten that enclose `values` (all > 0): the log axis's domain and its ticks.
 * At least one decade apart, so the scale never divides by zero.
 */
export function decadeDomain(values: readonly number[]): { min: number; max: number; ticks: number[] } {
  const logs = values.map(Math.log10);
  const low = Math.floor(Math.min(...logs));
  const high = Math.max(Math.ceil(Math.max(...logs)), low + 1);
  const ticks: number[] = [];
  for (let exponent = low; exponent <= high; exponent += 1) ticks.push(10 ** exponent);
  return { min: 10 ** low, max: 10 ** high, ticks };
}
