/**
 * For pages that quote a figure the data may lack (a run's implied utilisation, an accelerator's
 * power): the figure, or a build that stops with a message naming what is missing. A page never
 * prints `NaN` or `undefined` in place of a number it promised.
 */

/**
 * Returns `value` when it is present; throws (failing the build) when it is `undefined` or
 * `null`, naming `what` the page needed.
 * @example requireFigure(0.4764, 'LLaMA 65B implied utilisation') //=> 0.4764
 * @example requireFigure(undefined, 'TPU v5e power') // throws 'A page needs TPU v5e power, and the data has none'
 */
export function requireFigure<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`A page needs ${what}, and the data has none`);
  return value;
}
