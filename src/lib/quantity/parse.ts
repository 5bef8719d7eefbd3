/**
 * Reading a number a reader typed. Bad input is a value, never an exception and never NaN
 * (STYLE §10): the result is `{ ok: false, message }` with a message a field can show as is.
 */
import { formatQuantity } from './format';
import type { QuantityKind } from './kinds';
import { suffixFactor } from './suffixes';
import { priceUnitText, stripWords, type PriceUnit } from './words';

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
  /**
   * For `count`: what is counted, as a plural ("parameters", "tokens", "accelerators"). The number
   * may then be followed by it ("1.4T tokens", "70B params", "2,048 GPUs"), and a limit message
   * names it ("Must be at most 100T parameters"). Default: no noun accepted.
   */
  noun?: string;
  /**
   * For `usd`: what the price is per. "$2.50/h", "$2.50 per hour" and "$2.50 an hour" are then
   * read as $2.50 when it is `'hour'`; a rate on a field without `per` is refused. Default: none.
   */
  per?: PriceUnit;
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

/** The pieces of one typed value, in the order they were written. */
export interface QuantityParts {
  /** "", "+" or "-". */
  sign: string;
  /** The currency before the number as typed: "", "$", "US$" or "USD", with the space after it. */
  currency: string;
  /** The number's digits as typed, grouping commas included: "1,024", "65.2", ".5". */
  digits: string;
  /** The exponent's digits after "e", if any: "12" for "2e12". */
  exponent: string | undefined;
  /** What separates the number from its suffix: "" or spaces. */
  gap: string;
  /** Everything after the number: "B", "T tokens", "/h", "days". */
  suffix: string;
}

/**
 * sign, optional currency ("$", "US$", "USD"), a number with optional grouping commas ("1,024":
 * groups of exactly three digits, so "1,5" is not misread as 15), an optional exponent, the rest.
 */
const grammar =
  /^([-+]?)((?:US)?\$\s*|USD\s*)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([-+]?\d+))?(\s*)(.*)$/i;

/**
 * Splits what a reader typed (after trimming and NFKC normalisation) into its pieces, or
 * `undefined` when it does not start with a number.
 * @example splitQuantity('$2.50/h') //=> { sign: '', currency: '$', digits: '2.50', exponent: undefined, gap: '', suffix: '/h' }
 */
export function splitQuantity(text: string): QuantityParts | undefined {
  const match = grammar.exec(text);
  if (match === null) return undefined;
  const [, sign = '', currency = '', digits = '', exponent, gap = '', suffix = ''] = match;
  return { sign, currency, digits, exponent, gap, suffix };
}

/**
 * Reads a power of ten as an exponent ("3.14 × 10²³" → "3.14e23"), then trims, folds full-width
 * characters (NFKC) and turns a Unicode minus into "-".
 */
export function normaliseQuantityText(text: string): string {
  return powersOfTenAsExponent(text).normalize('NFKC').replace(/\u2212/g, '-').trim();
}

/**
 * Parses what a reader typed into a number in the kind's base unit (count, US dollars, a fraction
 * of 1, hours, bytes or FLOPs). Never throws; never returns NaN or ±Infinity.
 *
 * Accepted: surrounding whitespace; "1,024"; exponents ("2e12", "1e-3", "3.14 × 10²³", "5 x 10^23"); short-scale suffixes with
 * or without a space, any case ("70B", "70 B", "3.5k", "1.2M", "175 billion", "2 bn"); "$" for
 * `usd`; units for `hours` (s, min, h, d, w, mo, y and their words), `bytes` (B, kB … YB SI;
 * KiB … YiB IEC) and `flops` (FLOP with an SI prefix, PF-days). Full-width characters
 * ("７０Ｂ") and Unicode minus are normalised (NFKC) before reading. Words a person adds: the
 * counted noun when `noun` is set ("1.4T tokens", "70B params", "2,048 GPUs"); for `usd`, "US$" or
 * "USD", and the unit a price is per when `per` is set ("$2.50/h", "$2.50 per hour").
 *
 * `fraction`: "40%" is 0.4; a bare number up to 1 is a fraction ("0.4" is 0.4, "1" is 1) and a
 * bare number above 1 is a percentage ("40" is 0.4).
 *
 * Rejected, with a message: empty text, words, HTML, emoji, "NaN", "Infinity", more than 64
 * characters, results that overflow ("1e400") or underflow to 0 ("1e-400"), values outside
 * [min, max] ("Must be at least 1", "Must be at most 100T parameters"), non-integers when
 * `integer` is set; "1,5B" with a hint to use a point for decimals; euros and pounds with the
 * reason (prices here are US dollars).
 *
 * @example parseQuantity('70B', { kind: 'count' }) //=> { ok: true, value: 70e9 }
 * @example parseQuantity('21 days', { kind: 'hours' }) //=> { ok: true, value: 504 }
 * @example parseQuantity('40%', { kind: 'fraction' }) //=> { ok: true, value: 0.4 }
 * @example parseQuantity('0', { kind: 'count', min: 1 }) //=> { ok: false, message: 'Must be at least 1' }
 * @example parseQuantity('$2.50/h', { kind: 'usd', per: 'hour' }) //=> { ok: true, value: 2.5 }
 * @example parseQuantity('1,5B', { kind: 'count' }) //=> { ok: false, message: 'Use a point for decimals: 1.5B' }
 */
export function parseQuantity(text: string, options: ParseQuantityOptions): ParsedQuantity {
  const { kind } = options;
  const expected = examples[kind];
  if (typeof text !== 'string') return { ok: false, message: expected };
  if (text.length > maxQuantityLength) {
    return { ok: false, message: `Too long. ${expected}` };
  }
  const normalised = normaliseQuantityText(text);
  if (normalised === '') return { ok: false, message: `Enter a value. ${expected}` };
  const hint = decimalCommaHint(normalised) ?? currencyHint(normalised, kind);
  if (hint !== undefined) return { ok: false, message: hint };
  const parts = splitQuantity(normalised);
  if (parts === undefined) return { ok: false, message: expected };
  const { sign, currency, digits, exponent, suffix } = parts;
  if (currency !== '' && kind !== 'usd') return { ok: false, message: expected };
  const words = stripWords(suffix.toLowerCase().trim(), options);
  if (!words.ok) return { ok: false, message: words.message ?? expected };
  const factor = suffixFactor(words.rest.trim(), kind);
  if (factor === undefined) return { ok: false, message: expected };

  const magnitude = Number(`${digits.replace(/,/g, '')}e${exponent ?? '0'}`) * factor;
  if (!Number.isFinite(magnitude)) {
    const { max } = options;
    return { ok: false, message: max === undefined ? 'Too large to calculate with' : atMost({ ...options, max }) };
  }
  if (magnitude === 0 && /[1-9]/.test(digits)) {
    return { ok: false, message: 'Too close to zero to calculate with' };
  }
  const percentScale = kind === 'fraction' && words.rest === '' && magnitude > 1 ? 1 / 100 : 1;
  // `+ 0` turns -0 into 0, so "-0" never displays as "-0".
  const value = (sign === '-' ? -magnitude : magnitude) * percentScale + 0;
  return checkRange(value, options);
}

/**
 * "1,5B" and "2,50" are decimal commas, not thousands: say so and show the value with a point,
 * instead of reading "1" or refusing without a reason. A comma is a thousands separator only
 * between groups of exactly three digits.
 */
function decimalCommaHint(text: string): string | undefined {
  const match = /^([-+]?(?:(?:US)?\$\s*|USD\s*)?)(\d+(?:,\d+)+)(.*)$/i.exec(text);
  if (match === null) return undefined;
  const [, before = '', number = '', after = ''] = match;
  const [first = '', ...groups] = number.split(',');
  if (first.length <= 3 && groups.every((group) => group.length === 3)) return undefined;
  if (groups.length === 1) return `Use a point for decimals: ${before}${first}.${groups[0]}${after}`;
  return 'Use a point for decimals; commas only group thousands, as in 1,024.5';
}

/** Euros, pounds, yen, rupees: refuse with the reason, rather than read them as dollars. */
function currencyHint(text: string, kind: QuantityKind): string | undefined {
  if (kind !== 'usd' || !/[€£¥₹]|\b(?:eur|euros?|gbp|pounds?|jpy|yen|inr)\b/i.test(text)) return undefined;
  return 'Enter US dollars: every price in this guide is in US dollars';
}

function unitAfter(options: ParseQuantityOptions): string {
  if (options.noun !== undefined && options.kind === 'count') return ` ${options.noun}`;
  if (options.per !== undefined && options.kind === 'usd') return ` ${priceUnitText[options.per]}`;
  return '';
}

function atMost(options: ParseQuantityOptions & { max: number }): string {
  return `Must be at most ${formatQuantity(options.max, options.kind)}${unitAfter(options)}`;
}

function checkRange(value: number, options: ParseQuantityOptions): ParsedQuantity {
  const { kind, min, max, integer = false } = options;
  if (min !== undefined && value < min) {
    return { ok: false, message: `Must be at least ${formatQuantity(min, kind)}${unitAfter(options)}` };
  }
  if (max !== undefined && value > max) {
    return { ok: false, message: atMost({ ...options, max }) };
  }
  if (integer && !Number.isInteger(value)) {
    return { ok: false, message: 'Must be a whole number' };
  }
  return { ok: true, value };
}
