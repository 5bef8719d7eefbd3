/**
 * What may follow the number in a typed quantity, per kind, and the factor it multiplies by.
 * Built from the one prefix table (`prefixes.ts`) so parsing and formatting agree.
 */
import {
  flopsPerPetaflopDay,
  hoursPerDay,
  hoursPerMonth,
  hoursPerWeek,
  hoursPerYear,
  minutesPerHour,
  secondsPerHour,
} from '../units';
import type { QuantityKind } from './kinds';
import { binaryBase, decimalBase, largestShortStep, prefixes } from './prefixes';

/** A suffix table: lower-cased suffix text → factor. */
type SuffixTable = ReadonlyMap<string, number>;

/**
 * Short-scale multipliers, case-insensitive: k, m, b, bn, t and the words thousand … trillion.
 * Lower-case "m" is a million here (as in "7m users"); nothing a reader types here means milli.
 */
const multipliers: SuffixTable = new Map([
  ...prefixes
    .filter((p) => p.step >= 1 && p.step <= largestShortStep)
    .flatMap((p): [string, number][] => [
      [(p.short ?? '').toLowerCase(), decimalBase ** p.step],
      [p.word, decimalBase ** p.step],
    ]),
  ['bn', 1e9],
]);

const hourUnits: SuffixTable = new Map([
  ...['s', 'sec', 'secs', 'second', 'seconds'].map((u): [string, number] => [u, 1 / secondsPerHour]),
  ...['min', 'mins', 'minute', 'minutes'].map((u): [string, number] => [u, 1 / minutesPerHour]),
  ...['h', 'hr', 'hrs', 'hour', 'hours'].map((u): [string, number] => [u, 1]),
  ...['d', 'day', 'days'].map((u): [string, number] => [u, hoursPerDay]),
  ...['w', 'wk', 'wks', 'week', 'weeks'].map((u): [string, number] => [u, hoursPerWeek]),
  ...['mo', 'mon', 'month', 'months'].map((u): [string, number] => [u, hoursPerMonth]),
  ...['y', 'yr', 'yrs', 'year', 'years'].map((u): [string, number] => [u, hoursPerYear]),
]);

const byteUnits: SuffixTable = new Map([
  ['b', 1],
  ['byte', 1],
  ['bytes', 1],
  ...prefixes
    .filter((p) => p.step >= 1)
    .flatMap((p): [string, number][] => [
      [`${p.si.toLowerCase()}b`, decimalBase ** p.step],
      [`${p.iec.toLowerCase()}b`, binaryBase ** p.step],
    ]),
]);

const flopUnits: SuffixTable = new Map([
  ...['flop', 'flops'].flatMap((unit) =>
    prefixes.map((p): [string, number] => [`${p.si.toLowerCase()}${unit}`, decimalBase ** p.step]),
  ),
  ...['pf-days', 'pf-day', 'pfs-days', 'pfs-day', 'petaflop-days', 'petaflop/s-days'].map(
    (u): [string, number] => [u, flopsPerPetaflopDay],
  ),
]);

/**
 * The factor a suffix stands for in a quantity of `kind`, or `undefined` if the kind does not
 * accept it. `suffix` is the text after the number, already trimmed; "" means none (factor 1).
 * Matching ignores case, except that a duration rejects a lone "m" (minutes or months?).
 * @example suffixFactor('B', 'count') //=> 1e9
 * @example suffixFactor('3 weeks'.slice(2), 'hours') //=> 504
 * @example suffixFactor('B', 'bytes') //=> 1
 */
export function suffixFactor(suffix: string, kind: QuantityKind): number | undefined {
  if (suffix === '') return 1;
  const key = suffix.toLowerCase().replace(/\s+/g, ' ');
  switch (kind) {
    case 'count':
    case 'usd':
      return multipliers.get(key);
    case 'fraction':
      return ['%', 'percent', 'per cent', 'pct'].includes(key) ? 1 / 100 : undefined;
    case 'hours':
      return key === 'm' ? undefined : withMultiplier(key, hourUnits);
    case 'bytes':
      return byteUnits.get(key);
    case 'flops':
      return withMultiplier(key, flopUnits);
    default:
      throw new Error(`Unknown quantity kind ${JSON.stringify(kind satisfies never)}`);
  }
}

/** A unit from `units`, optionally preceded by a spaced short-scale multiplier ("1.72M h"). */
function withMultiplier(key: string, units: SuffixTable): number | undefined {
  const direct = units.get(key) ?? multipliers.get(key);
  if (direct !== undefined) return direct;
  const match = /^([a-z]+) (.+)$/.exec(key);
  if (match === null) return undefined;
  const [, multiplierText = '', unitText = ''] = match;
  const multiplier = multipliers.get(multiplierText);
  const unit = units.get(unitText);
  return multiplier === undefined || unit === undefined ? undefined : multiplier * unit;
}
