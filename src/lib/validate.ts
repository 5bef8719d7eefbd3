/**
 * Argument checks for the cost library. A value that reaches a formula from code (an article's
 * props, a store's default) and is out of range is a programming error: it throws a message that
 * names the function, the argument, what was received and what was expected (STYLE §10). Values a
 * reader types go through `parseQuantity` first and never get here invalid.
 */

/** Describes a received value for an error message (keeps NaN, -0 and strings legible). */
function received(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function fail(where: string, name: string, value: unknown, expected: string): never {
  throw new RangeError(`${where}: expected ${name} to be ${expected}, received ${received(value)}`);
}

/**
 * Throws unless `value` is a finite number ≥ 0; returns it.
 * @example requireNonNegative(3, 'f', 'tokens') //=> 3
 */
export function requireNonNegative(value: number, where: string, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(where, name, value, 'a finite number ≥ 0');
  }
  return value;
}

/**
 * Throws unless `value` is a finite number > 0; returns it.
 * @example requirePositive(312e12, 'f', 'peakFlops') //=> 312e12
 */
export function requirePositive(value: number, where: string, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(where, name, value, 'a finite number > 0');
  }
  return value;
}

/**
 * Throws unless `value` is in (0, 1] (a utilisation or an efficiency); returns it.
 * @example requireUnitInterval(0.4, 'f', 'mfu') //=> 0.4
 */
export function requireUnitInterval(value: number, where: string, name: string): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    fail(where, name, value, 'a fraction in (0, 1], e.g. 0.4 for 40%');
  }
  return value;
}

/**
 * Throws unless `value` is in [0, 1] (a share that may be zero); returns it.
 * @example requireFraction(0, 'f', 'discountFraction') //=> 0
 */
export function requireFraction(value: number, where: string, name: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    fail(where, name, value, 'a fraction in [0, 1]');
  }
  return value;
}

/**
 * Throws unless `value` is an integer ≥ `min` (default 1); returns it.
 * @example requireCount(2048, 'f', 'count') //=> 2048
 */
export function requireCount(value: number, where: string, name: string, min = 1): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    fail(where, name, value, `an integer ≥ ${min}`);
  }
  return value;
}

/**
 * Throws unless `value` is one of `allowed`; returns it. For literal unions read from untyped data.
 * @example requireOneOf('bf16', ['fp32', 'bf16'], 'f', 'precision') //=> 'bf16'
 */
export function requireOneOf<T extends string | number>(
  value: T,
  allowed: readonly T[],
  where: string,
  name: string,
): T {
  if (!allowed.includes(value)) fail(where, name, value, `one of ${allowed.join(', ')}`);
  return value;
}
