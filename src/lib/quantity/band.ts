/**
 * Reading a low–high band a reader typed ("30–50%", "$2 to $3.50"), for inputs known only
 * roughly. A single value is a band of width zero, so every band field also takes "40%".
 */
import type { Band } from '../assumptions';
import { formatQuantity } from './format';
import { parseQuantity, type ParseQuantityOptions } from './parse';

/** Options for {@link parseBand}: {@link parseQuantity}'s, and whether a range is accepted. */
export interface ParseBandOptions extends ParseQuantityOptions {
  /** Accept `low–high`; when `false` only a single value parses (as a zero-width band). Default `true`. */
  range?: boolean;
}

/** A parsed band, or why it was rejected. */
export type ParsedBand = { ok: true; value: Band } | { ok: false; message: string };

/** En dash, em dash, "to", or a hyphen between two values ("30-50%"; "1e-3" stays one value). */
const separator = /\s*(?:\u2013|\u2014|\bto\b|(?<=[\d%$kKmMbBtT])\s*-(?=\s*[$\d.]))\s*/;

/** A leading number ("19.8", "-1,024", "$3.74", ".5") and the unit after it (" days", "%", "M"). */
function splitUnit(text: string): [number: string, unit: string] {
  const match = /^(\s*[-+]?\$?\s*(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)(.*)$/i.exec(text);
  return match === null ? [text, ''] : [match[1] ?? '', match[2] ?? ''];
}

/** The unit the low end borrows from the high end when it is a number alone ("19.8–33.1 days"). */
function sharedUnit(lowText: string, highText: string): string {
  return splitUnit(lowText)[1].trim() === '' ? splitUnit(highText)[1] : '';
}

/**
 * Parses a value or a `low–high` range with {@link parseQuantity}'s rules applied to each end.
 * A unit written once, after the high end, applies to both ("30–50%", "19.8–33.1 days",
 * "1.4–2.3M").
 * @example parseBand('30–50%', { kind: 'fraction' }) //=> { ok: true, value: { low: 0.3, high: 0.5 } }
 * @example parseBand('40%', { kind: 'fraction' }) //=> { ok: true, value: { low: 0.4, high: 0.4 } }
 * @example parseBand('50–30%', { kind: 'fraction' }) //=> { ok: false, message: 'Put the lower value first' }
 */
export function parseBand(text: string, options: ParseBandOptions): ParsedBand {
  const single = parseQuantity(text, options);
  if (single.ok) return { ok: true, value: { low: single.value, high: single.value } };
  const parts = typeof text === 'string' ? text.split(separator) : [];
  if (parts.length !== 2) return single;
  if (options.range === false) return { ok: false, message: 'Enter one value here, not a range' };
  const [lowText = '', highText = ''] = parts;
  const low = parseQuantity(`${lowText}${sharedUnit(lowText, highText)}`, options);
  const high = parseQuantity(highText, options);
  if (!low.ok) return { ok: false, message: `Lower end: ${low.message}` };
  if (!high.ok) return { ok: false, message: `Upper end: ${high.message}` };
  if (low.value > high.value) return { ok: false, message: 'Put the lower value first' };
  return { ok: true, value: { low: low.value, high: high.value } };
}

/**
 * Formats a band: one value when both ends agree after formatting, else `low–high` with a unit
 * the two ends share written once ("19.8–33.1 days", "30–50%"). Dollars keep their sign on both
 * ends ("$3.74–$6.23"); a plural unit covers a singular low end ("1–2 days"); FLOPs with the same
 * power of ten print it once ("4.99–8.32 × 10²² FLOP"), and with different ones the unit once
 * ("5 × 10²²–3.14 × 10²³ FLOP").
 * @example formatBand({ low: 0.3, high: 0.5 }, 'fraction') //=> '30–50%'
 * @example formatBand({ low: 475, high: 794 }, 'hours') //=> '19.8–33.1 days'
 */
export function formatBand(band: Band, kind: ParseQuantityOptions['kind']): string {
  const low = formatQuantity(band.low, kind);
  const high = formatQuantity(band.high, kind);
  if (low === high) return low;
  const [lowNumber, lowUnit] = splitUnit(low);
  const [highNumber, highUnit] = splitUnit(high);
  const sameUnit = lowUnit === highUnit || `${lowUnit}s` === highUnit;
  // FLOPs print their unit once, and a power of ten both ends share once, the way papers print a
  // compute band ("4.99–8.32 × 10²² FLOP"); a count with a power of ten keeps both ends whole.
  if (kind === 'flops') return sameUnit ? `${lowNumber}–${highNumber}${highUnit}` : `${low.replace(/ FLOP$/, '')}–${high}`;
  if (kind === 'usd' || !sameUnit || highUnit.includes('×')) return `${low}–${high}`;
  return `${lowNumber}–${highNumber}${highUnit}`;
}

/**
 * A band through a function that grows with its input: `f` at each end, so the low end stays the
 * low end (a cost at both ends of a price band: cost = hours × price).
 * @example mapBand({ low: 3.2, high: 6.88 }, (price) => 967_680 * price) //=> { low: 3096576, high: 6657638.4 }
 */
export function mapBand(band: Band, f: (x: number) => number): Band {
  return { low: f(band.low), high: f(band.high) };
}
