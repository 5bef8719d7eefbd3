/**
 * Rounding to significant digits, the one rule every formatter in `format.ts` uses:
 * three significant digits, trailing zeros dropped ("4.06", "1.4", "930").
 */

/** Significant digits every formatter shows.  @example significantDigits //=> 3 */
export const significantDigits = 3;

/**
 * Shown for a value that is not a finite number, so "NaN" and "Infinity" never reach a page.
 * @example notANumberText //=> '—'
 */
export const notANumberText = '—';

/** Superscript digits and signs, for exponents printed as "10²³". */
const superscripts: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

/**
 * `x` as a power of ten with `digits` significant digits, the way papers print compute
 * ("3.14 × 10²³"): trailing zeros and the exponent's "+" dropped; `parseQuantity` reads it back.
 * @example scientific(3.1422e23) //=> '3.14 × 10²³'
 * @example scientific(1e15) //=> '1 × 10¹⁵'
 * @example scientific(2.5e-7) //=> '2.5 × 10⁻⁷'
 */
export function scientific(x: number, digits: number = significantDigits): string {
  const [mantissa = '', exponent = ''] = x.toExponential(digits - 1).split('e');
  const power = [...exponent.replace('+', '')].map((c) => superscripts[c] ?? c).join('');
  return `${trimZeros(mantissa)} × 10${power}`;
}

/**
 * `x` rounded to `digits` significant digits: plain decimals from 0.001 up to a million,
 * powers of ten outside that range; "0" for ±0.
 * @example significant(4.0577) //=> '4.06'
 * @example significant(1.4) //=> '1.4'
 * @example significant(0.00001234) //=> '1.23 × 10⁻⁵'
 */
export function significant(x: number, digits: number = significantDigits): string {
  const rounded = Number(x.toPrecision(digits));
  const magnitude = Math.abs(rounded);
  if (magnitude === 0) return '0';
  if (magnitude < 1e-3 || magnitude >= 1e6) return scientific(rounded, digits);
  return String(rounded);
}

/**
 * `x` rounded to `digits` significant digits, as a number.
 * @example roundSignificant(191.43) //=> 191
 */
export function roundSignificant(x: number, digits: number = significantDigits): number {
  return Number(x.toPrecision(digits));
}

function trimZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}
