/**
 * Reading a number a reader typed. Bad input is a value, never an exception and never NaN
 * (STYLE §10): the result is `{ ok: false, message }` with a message a field can show as is.
 */
import { formatQuantity } from './format';
import type { QuantityKind } from './kinds';
import { suffixFactor } from './suffixes';

/** Options for {@link parseQuantity}. */
export interface ParseQuantityOptions {
  /** What the field measures; decides the accepted suffixes and the unit of the result. */
  kind: QuantityKind;
  /** Smallest accepted value, in the result's unit (inclusive). Default: none. */
  min?: number;
  /** Largest accepted value, in the result's unit (inclusive). Default: none. */
  max?: number;
  /** Accept whole numbers only (after suffixes: "1.5k" is 1500). Default `false`. */
  integer?: boolean;
}

/** A parsed quantity: the value in the kind's base unit, or why it was rejected. */
export type ParsedQuantity = { ok: true; value: number } | { ok: false; message: string };

/**
 * Longest input read; anything longer is rejected before any work is done.
 * @example maxQuantityLength //=> 64
 */
export const maxQuantityLength = 64;

const examples: Record<QuantityKind, string> = {
  count: 'Expected a number like 70B, 1.4T or 2e12',
  usd: 'Expected an amount like $3.93, $4M or 2.5k',
  fraction: 'Expected a percentage like 40% or a fraction like 0.4',
  hours: 'Expected a duration like 504 h, 21 days or 3 weeks',
  bytes: 'Expected a size like 80 GB, 74.5 GiB or 2e9',
  flops: 'Expected a FLOP count like 3.14e23, 5e24 FLOP or 3640 PF-days',
};

/** Superscript exponent characters and the plain ones they stand for ("10⁻⁷" is 10^-7). */
const plainExponent: Readonly<Record<string, string>> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-', '⁺': '+',
};

/** " × 10²³", " x 10^23" or "*10^-7" after a mantissa: a power of ten, read as "e23". */
const powerOfTen = /\s*[×xX*]\s*10\s*(?:\^\s*([-+]?\d+)|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))/;

/** "3.14 × 10²³" → "3.14e23", before NFKC would turn "10²³" into "1023". */
function powersOfTenAsExponent(text: string): string {
  return text.replace(powerOfTen, (_match, caret: string | undefined, superscript: string | undefined) =>
    `e${caret ?? [...(superscript ?? '')].map((c) => plainExponent[c] ?? c).join('')}`,
  );
}

/**
 * sign, optional "$", a number with optional grouping commas ("1,024": groups of exactly three
 * digits, so "1,5" is rejected rather than misread as 15), an optional exponent, then the rest.
 */
const grammar =
  /^([-+]?)(\$?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([-+]?\d+))?\s*(.*)$/i;

/**
 * Parses what a reader typed into a number in the kind's base unit (count, US dollars, a fraction
 * of 1, hours, bytes or FLOPs). Never throws; never returns NaN or ±Infinity.
 *
 * Accepted: surrounding whitespace; "1,024"; exponents ("2e12", "1e-3", "3.14 × 10²³", "5 x 10^23"); short-scale suffixes with
 * or without a space, any case ("70B", "70 B", "3.5k", "1.2M", "175 billion", "2 bn"); "$" for
 * `usd`; units for `hours` (s, min, h, d, w, mo, y and their words), `bytes` (B, kB … YB SI;
 * KiB … YiB IEC) and `flops` (FLOP with an SI prefix, PF-days). Full-width characters
 * ("７０Ｂ") and Unicode minus are normalised (NFKC) before reading.
 *
 * `fraction`: "40%" is 0.4; a bare number up to 1 is a fraction ("0.4" is 0.4, "1" is 1) and a
 * bare number above 1 is a percentage ("40" is 0.4).
 *
 * Rejected, with a message: empty text, words, HTML, emoji, "NaN", "Infinity", more than 64
 * characters, results that overflow ("1e400") or underflow to 0 ("1e-400"), values outside
 * [min, max] ("Must be at least 1"), non-integers when `integer` is set.
 *
 * @example parseQuantity('70B', { kind: 'count' }) //=> { ok: true, value: 70e9 }
 * @example parseQuantity('21 days', { kind: 'hours' }) //=> { ok: true, value: 504 }
 * @example parseQuantity('40%', { kind: 'fraction' }) //=> { ok: true, value: 0.4 }
 * @example parseQuantity('0', { kind: 'count', min: 1 }) //=> { ok: false, message: 'Must be at least 1' }
 */
export function parseQuantity(text: string, options: ParseQuantityOptions): ParsedQuantity {
  const { kind } = options;
  const expected = examples[kind];
  if (typeof text !== 'string') return { ok: false, message: expected };
  if (text.length > maxQuantityLength) {
    return { ok: false, message: `Too long. ${expected}` };
  }
  const normalised = powersOfTenAsExponent(text).normalize('NFKC').replace(/\u2212/g, '-').trim();
  if (normalised === '') return { ok: false, message: `Enter a value. ${expected}` };
  const match = grammar.exec(normalised);
  if (match === null) return { ok: false, message: expected };
  const [, sign = '', dollar = '', digits = '', exponent, suffix = ''] = match;
  if (dollar !== '' && kind !== 'usd') return { ok: false, message: expected };
  const factor = suffixFactor(suffix, kind);
  if (factor === undefined) return { ok: false, message: expected };

  const magnitude = Number(`${digits.replace(/,/g, '')}e${exponent ?? '0'}`) * factor;
  if (!Number.isFinite(magnitude)) return { ok: false, message: 'Too large to calculate with' };
  if (magnitude === 0 && /[1-9]/.test(digits)) {
    return { ok: false, message: 'Too close to zero to calculate with' };
  }
  const percentScale = kind === 'fraction' && suffix === '' && magnitude > 1 ? 1 / 100 : 1;
  // `+ 0` turns -0 into 0, so "-0" never displays as "-0".
  const value = (sign === '-' ? -magnitude : magnitude) * percentScale + 0;
  return checkRange(value, options);
}

function checkRange(value: number, options: ParseQuantityOptions): ParsedQuantity {
  const { kind, min, max, integer = false } = options;
  if (min !== undefined && value < min) {
    return { ok: false, message: `Must be at least ${formatQuantity(min, kind)}` };
  }
  if (max !== undefined && value > max) {
    return { ok: false, message: `Must be at most ${formatQuantity(max, kind)}` };
  }
  if (integer && !Number.isInteger(value)) {
    return { ok: false, message: 'Must be a whole number' };
  }
  return { ok: true, value };
}
