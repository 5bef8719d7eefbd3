/**
 * Stepping a typed value up or down, as ArrowUp and ArrowDown do in a number field: the step is one
 * unit of the value's second significant digit (65.2B → 66B, 2,048 → 2,100, $3.93 → $4), ten times
 * that with Shift (65.2B → 70B), and the reader's own way of writing it is kept ("1.4T tokens" →
 * "1.5T tokens", "21 days" → "22 days"). A share steps in percentage points of the same size
 * (47.7% → 48%). The result is clamped to the field's limits.
 */
import { formatQuantity } from './format';
import { normaliseQuantityText, parseQuantity, splitQuantity, type ParseQuantityOptions } from './parse';

/** Options for {@link stepQuantityText}: the field's parsing rules, the direction and the size. */
export interface StepQuantityOptions extends ParseQuantityOptions {
  /** `1` for up (ArrowUp), `-1` for down (ArrowDown). */
  direction: 1 | -1;
  /** Ten times the step (Shift held). Default `false`. */
  large?: boolean;
}

/**
 * The size of one step for a value `x` written as typed (the mantissa before its suffix): one unit
 * of its second significant digit, taken from just below `x` when stepping down, so that 100 steps
 * down to 99 and 99 up to 100. A value of 0 steps by 1.
 * @example stepSize(65.2, 1) //=> 1
 * @example stepSize(100, -1) //=> 1
 * @example stepSize(3.93, 1) //=> 0.1
 */
export function stepSize(x: number, direction: 1 | -1): number {
  const magnitude = Math.abs(x);
  if (magnitude === 0) return 1;
  // Stepping toward zero from a power of ten takes the finer step of the decade below it.
  const towardZero = Math.sign(x) !== direction;
  const reference = towardZero ? magnitude * (1 - 1e-9) : magnitude;
  return 10 ** (Math.floor(Math.log10(reference)) - 1);
}

/**
 * `text` stepped one step up or down, written the way the reader wrote it, or `undefined` when it
 * cannot be stepped: invalid, a range, or already at the limit it would move past.
 * @example stepQuantityText('65.2B', { kind: 'count', direction: 1 }) //=> '66B'
 * @example stepQuantityText('65.2B', { kind: 'count', direction: 1, large: true }) //=> '70B'
 * @example stepQuantityText('$3.93', { kind: 'usd', direction: -1 }) //=> '$3.9'
 * @example stepQuantityText('47.7%', { kind: 'fraction', direction: 1 }) //=> '48%'
 * @example stepQuantityText('100%', { kind: 'fraction', max: 1, direction: 1 }) //=> undefined
 */
export function stepQuantityText(text: string, options: StepQuantityOptions): string | undefined {
  const { direction, large = false, ...rules } = options;
  const parts = splitQuantity(normaliseQuantityText(text));
  if (parts === undefined) return undefined;
  const current = parseQuantity(text, rules);
  if (!current.ok) return undefined;
  // A share steps in percentage points, written with "%", so that "0.4" never turns into "1.1"
  // (a bare number above 1 would read as a percentage, not as 110%).
  const percent = rules.kind === 'fraction';
  const typed = percent ? current.value * 100 : Number(parts.digits.replace(/,/g, '')) * (parts.sign === '-' ? -1 : 1);
  // A whole-number field never steps by less than 1 in value: "1" goes to 2, while "1.5k" (a step
  // of 100) is already whole.
  const valuePerTyped = percent || typed === 0 ? 1 : current.value / typed;
  const size = Math.max(stepSize(typed, direction) * (large ? 10 : 1), rules.integer ? 1 / valuePerTyped : 0);
  const next = snap(typed, size, direction);
  const written = percent
    ? `${plain(next, size)}%`
    : `${next < 0 ? '-' : ''}${parts.currency}${plain(Math.abs(next), size, parts.digits.includes(','))}${parts.exponent === undefined ? '' : `e${parts.exponent}`}${parts.gap}${parts.suffix}`;
  return clamp(written, rules, current.value);
}

/** The next multiple of `size` past `x` in `direction` (2,048 up by 100 is 2,100, not 2,148). */
function snap(x: number, size: number, direction: 1 | -1): number {
  // Work in whole steps, rounding away the float noise in x / size (0.3 / 0.1 = 2.9999999999999996).
  const steps = Math.round((x / size) * 1e9) / 1e9;
  const whole = direction === 1 ? Math.floor(steps) + 1 : Math.ceil(steps) - 1;
  return whole * size;
}

/** `x` with as many decimals as `size` has, trailing zeros dropped, grouped like "1,024" if asked. */
function plain(x: number, size: number, grouped = false): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(size) + 1e-9));
  return x.toLocaleString('en-US', { useGrouping: grouped, maximumFractionDigits: decimals });
}

/** The stepped text, or the limit it crossed, or `undefined` when the value would not change. */
function clamp(written: string, rules: ParseQuantityOptions, currentValue: number): string | undefined {
  if (parseQuantity(written, rules).ok) return written;
  // Refused for its range or for not being whole: only a range has a limit to stop at.
  const unbounded = parseQuantity(written, { ...rules, min: undefined, max: undefined });
  if (!unbounded.ok) return undefined;
  const limit = Math.min(Math.max(unbounded.value, rules.min ?? -Infinity), rules.max ?? Infinity);
  return limit === currentValue ? undefined : formatQuantity(limit, rules.kind);
}
