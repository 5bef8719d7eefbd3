/**
 * Display formatting for the calculators: one rule (three significant digits, trailing zeros
 * dropped; see `significant.ts`) and one prefix table (`prefixes.ts`) for every kind of quantity,
 * with three exceptions a reader expects: whole counts below a million are exact ("2,048"),
 * dollars below $100 show cents, and a share is never rounded to 0% or 100% unless it is one.
 * Every formatter returns "—" for NaN or ±Infinity, so a page never shows "NaN"; and
 * `parseQuantity` reads each output back to the value within the rounding.
 */
import { hoursPerDay, hoursPerMonth, hoursPerYear, minutesPerHour, secondsPerHour } from '../units';
import type { QuantityKind } from './kinds';
import { binaryBase, decimalBase, largestShortStep, largestStep, prefixAt } from './prefixes';
import { notANumberText, roundSignificant, scientific, significant, significantDigits } from './significant';

/** Options for {@link formatBytes}. */
export interface FormatBytesOptions {
  /** `'si'` (default): powers of 1000, "80 GB". `'iec'`: powers of 1024, "74.5 GiB". */
  system?: 'si' | 'iec';
}

/** A noun for {@link describeCount}: a plural, or both forms when the singular is irregular. */
export type Noun = string | { singular: string; plural: string };

/** Whole counts below this are written out in full ("1,024 GPUs"): a reader counts them exactly. */
const exactCountLimit = 1e6;

/**
 * True for a whole number, or one within floating-point noise of it (184,319.99999997 GPU-hours
 * computed from 184,320 are a whole count).
 */
function isWhole(n: number): boolean {
  return Math.abs(n - Math.round(n)) <= 1e-9 * Math.max(1, Math.abs(n));
}

/** A whole number with thousands separators: "4,096". */
function grouped(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

/**
 * A count: whole numbers below a million exactly, with thousands separators ("2,048"); anything
 * else with a short-scale suffix (k, M, B, T) and three significant digits; a power of ten from
 * 10^15 up and below 0.001.
 * @example formatCount(65.2e9) //=> '65.2B'
 * @example formatCount(1.4e12) //=> '1.4T'
 * @example formatCount(2048) //=> '2,048'
 * @example formatCount(NaN) //=> '—'
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return notANumberText;
  const magnitude = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (magnitude === 0) return '0';
  if (isWhole(n) && Math.round(magnitude) < exactCountLimit) return `${sign}${grouped(magnitude)}`;
  if (magnitude < 1e-3) return scientific(n);
  const { mantissa, step } = scale(magnitude, decimalBase, largestShortStep);
  if (mantissa >= decimalBase) return scientific(n);
  return `${sign}${mantissa}${prefixAt(step).short ?? ''}`;
}

/** Dollar amounts below this show cents ("$24.10"), the way a price list prints them. */
const centsBelowUsd = 100;

/**
 * US dollars ("-" before "$" when negative): from $100 up three significant digits with k/M/B/T
 * ("$4.06M", "$930"); from $1 to $100 with cents ("$24.10"); below $1 three significant digits
 * written out ("$0.0000616"), never a power of ten, and never fewer than two decimals ("$0.10").
 * @example formatUsd(4.0577e6) //=> '$4.06M'
 * @example formatUsd(930) //=> '$930'
 * @example formatUsd(24.1) //=> '$24.10'
 * @example formatUsd(6.16e-5) //=> '$0.0000616'
 * @example formatUsd(0.1) //=> '$0.10'
 */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return notANumberText;
  const magnitude = Math.abs(usd);
  const sign = usd < 0 ? '-' : '';
  if (magnitude === 0) return '$0';
  if (magnitude >= centsBelowUsd - 0.005) {
    const { mantissa, step } = scale(magnitude, decimalBase, largestShortStep);
    const text = mantissa >= decimalBase ? scientific(magnitude) : `${mantissa}${prefixAt(step).short ?? ''}`;
    return `${sign}$${text}`;
  }
  if (magnitude >= 1) return `${sign}$${magnitude.toFixed(2)}`;
  // A price list never prints "$0.1": whole cents keep both digits ("$0.10"), smaller amounts
  // keep their three significant digits ("$0.0892").
  const digits = plainDecimal(magnitude);
  const decimals = digits.split('.')[1]?.length ?? 0;
  return `${sign}$${decimals < 2 && !digits.includes('×') ? Number(digits).toFixed(2) : digits}`;
}

/**
 * A positive number below 1 to three significant digits, written out in full ("0.0000616"); a
 * power of ten only below 10^-12, where no price or share in this guide lives.
 */
function plainDecimal(x: number): string {
  const rounded = roundSignificant(x);
  if (rounded < 1e-12) return scientific(rounded);
  const decimals = significantDigits - 1 - Math.floor(Math.log10(rounded));
  return rounded.toFixed(decimals).replace(/\.?0+$/, '');
}

/**
 * FLOPs, always as a power of ten with three significant digits, the way papers print compute
 * budgets (Brown et al. 2020, App. D: 3.14E+23): a reader compares exponents.
 * @example formatFlops(3.1428e23) //=> '3.14 × 10²³ FLOP'
 */
export function formatFlops(flops: number): string {
  if (!Number.isFinite(flops)) return notANumberText;
  return flops === 0 ? '0 FLOP' : `${scientific(flops)} FLOP`;
}

/**
 * A throughput in FLOP/s with an SI prefix, the way datasheets print peaks (NVIDIA A100
 * datasheet: "312 TFLOPS"), three significant digits.
 * @example formatFlopsPerSecond(312e12) //=> '312 TFLOP/s'
 * @example formatFlopsPerSecond(2.25e15) //=> '2.25 PFLOP/s'
 */
export function formatFlopsPerSecond(flopsPerSecond: number): string {
  if (!Number.isFinite(flopsPerSecond)) return notANumberText;
  const { mantissa, step } = scale(Math.abs(flopsPerSecond), decimalBase, largestStep);
  return `${flopsPerSecond < 0 ? '-' : ''}${significant(mantissa)} ${prefixAt(step).si}FLOP/s`;
}

/**
 * Hours as hours, with a short-scale suffix for accelerator-hour totals.
 * @example formatHours(504) //=> '504 h'
 * @example formatHours(1_720_320) //=> '1.72M h'
 */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return notANumberText;
  return `${formatCount(hours)} h`;
}

const durationUnits = [
  { singular: 's', plural: 's', hours: 1 / secondsPerHour, below: 1 / minutesPerHour },
  { singular: 'min', plural: 'min', hours: 1 / minutesPerHour, below: 1 },
  { singular: 'h', plural: 'h', hours: 1, below: 72 },
  { singular: 'day', plural: 'days', hours: hoursPerDay, below: 90 * hoursPerDay },
  { singular: 'month', plural: 'months', hours: hoursPerMonth, below: 2 * hoursPerYear },
  { singular: 'year', plural: 'years', hours: hoursPerYear, below: Infinity },
] as const;

/**
 * A duration given in hours, in the unit a reader thinks in: seconds under a minute, minutes under
 * 1 h, hours under 72 h, days under 90 days, months (730.5 h) under 2 years, then years (8766 h).
 * @example formatDuration(504) //=> '21 days'
 * @example formatDuration(36) //=> '36 h'
 * @example formatDuration(8766) //=> '12 months'
 */
export function formatDuration(hours: number): string {
  if (!Number.isFinite(hours)) return notANumberText;
  const unit = durationUnits.find((u) => Math.abs(hours) < u.below) ?? durationUnits[5];
  const text = significant(hours / unit.hours);
  return `${text} ${text === '1' ? unit.singular : unit.plural}`;
}

/** Most significant digits a share is given, so that 99.997% never reads as 100%. */
const maxPercentDigits = 15;

/**
 * A fraction of 1 as a percentage, three significant digits — or as many more as it takes for a
 * share strictly between 0 and 1 not to print as "100%" (a saving of 99.997%).
 * @example formatPercent(0.4762) //=> '47.6%'
 * @example formatPercent(0.4) //=> '40%'
 * @example formatPercent(0.99997) //=> '99.997%'
 */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return notANumberText;
  let digits = significantDigits;
  const roundsToWhole = () => fraction < 1 && fraction > -1 && Math.abs(roundSignificant(fraction * 100, digits)) === 100;
  while (digits < maxPercentDigits && roundsToWhole()) digits += 1;
  return `${significant(fraction * 100, digits)}%`;
}

/**
 * A ratio as a factor ("30,100×"): three significant digits, with thousands separators from
 * 1,000 up.
 * @example formatFactor(1.6429) //=> '1.64×'
 * @example formatFactor(30_123) //=> '30,100×'
 */
export function formatFactor(ratio: number): string {
  if (!Number.isFinite(ratio)) return notANumberText;
  const rounded = roundSignificant(ratio);
  const text = Math.abs(rounded) >= 1000 && Math.abs(rounded) < 1e15 ? grouped(rounded) : significant(ratio);
  return `${text}×`;
}

/**
 * Bytes with an SI (GB = 10^9 B, default) or IEC (GiB = 2^30 B) prefix, three significant digits.
 * @example formatBytes(80e9) //=> '80 GB'
 * @example formatBytes(80e9, { system: 'iec' }) //=> '74.5 GiB'
 */
export function formatBytes(bytes: number, options: FormatBytesOptions = {}): string {
  if (!Number.isFinite(bytes)) return notANumberText;
  const system = options.system ?? 'si';
  const base = system === 'si' ? decimalBase : binaryBase;
  const { mantissa, step } = scale(Math.abs(bytes), base, largestStep);
  const prefix = prefixAt(step);
  const text = significant(mantissa);
  return `${bytes < 0 && text !== '0' ? '-' : ''}${text} ${system === 'si' ? prefix.si : prefix.iec}B`;
}

/**
 * A count in words for prose and screen readers.
 * @example describeCount(70e9, 'parameters') //=> '70 billion parameters'
 * @example describeCount(1, { singular: 'GPU', plural: 'GPUs' }) //=> '1 GPU'
 * @example describeCount(1024, 'GPUs') //=> '1,024 GPUs'
 */
export function describeCount(n: number, noun: Noun): string {
  if (!Number.isFinite(n)) return notANumberText;
  const exact = isWhole(n) && Math.round(Math.abs(n)) < exactCountLimit;
  const { mantissa, step } = exact ? { mantissa: Math.abs(n), step: 0 } : scale(Math.abs(n), decimalBase, largestStep);
  const digits = exact ? grouped(mantissa) : significant(mantissa);
  const text = `${n < 0 ? '-' : ''}${digits}`;
  const word = prefixAt(step).word;
  const forms = typeof noun === 'string' ? { singular: noun, plural: noun } : noun;
  const nounText = text === '1' && word === '' ? forms.singular : forms.plural;
  return [text, word, nounText].filter((part) => part !== '').join(' ');
}

/**
 * A value of the given kind with that kind's formatter (bytes in SI).
 * @example formatQuantity(0.4, 'fraction') //=> '40%'
 */
export function formatQuantity(value: number, kind: QuantityKind): string {
  switch (kind) {
    case 'count':
      return formatCount(value);
    case 'usd':
      return formatUsd(value);
    case 'fraction':
      return formatPercent(value);
    case 'hours':
      return formatDuration(value);
    case 'bytes':
      return formatBytes(value);
    case 'flops':
      return formatFlops(value);
    default:
      throw new Error(`Unknown quantity kind ${JSON.stringify(kind satisfies never)}`);
  }
}

/** Smallest prefix step whose mantissa, before and after rounding, is below `base` (≤ `maxStep`). */
function scale(magnitude: number, base: number, maxStep: number) {
  let step = 0;
  const needsNext = (at: number) =>
    magnitude / base ** at >= base || roundSignificant(magnitude / base ** at) >= base;
  while (step < maxStep && needsNext(step)) step += 1;
  return { mantissa: roundSignificant(magnitude / base ** step), step };
}
