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

/**
 * Parses a value or a `low–high` range with {@link parseQuantity}'s rules applied to each end.
 * In a fraction band a percent sign on either end applies to both ("30–50%").
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
  const percent = options.kind === 'fraction' && /%\s*$/.test(highText) && !/%\s*$/.test(lowText) ? '%' : '';
  const low = parseQuantity(`${lowText}${percent}`, options);
  const high = parseQuantity(highText, options);
  if (!low.ok) return { ok: false, message: `Lower end: ${low.message}` };
  if (!high.ok) return { ok: false, message: `Upper end: ${high.message}` };
  if (low.value > high.value) return { ok: false, message: 'Put the lower value first' };
  return { ok: true, value: { low: low.value, high: high.value } };
}

/**
 * Formats a band: one value when both ends agree after formatting, else `low–high`.
 * @example formatBand({ low: 0.3, high: 0.5 }, 'fraction') //=> '30–50%'
 */
export function formatBand(band: Band, kind: ParseQuantityOptions['kind']): string {
  const low = formatQuantity(band.low, kind);
  const high = formatQuantity(band.high, kind);
  if (low === high) return low;
  if (kind === 'fraction') return `${low.replace(/%$/, '')}–${high}`;
  return `${low}–${high}`;
}
