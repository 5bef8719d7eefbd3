/**
 * The one prefix table behind every number the library formats or parses (STYLE §7; the idea is
 * d3-format's `src/locale.js` prefix list). Row `step` stands for 1000^step in the SI and
 * short-scale columns and for 1024^step in the IEC column (IEC 80000-13: GB = 10^9 B,
 * GiB = 2^30 B).
 */

/** One row of {@link prefixes}. */
export interface Prefix {
  /** Power of the base: the row's factor is 1000^step (SI, short scale) or 1024^step (IEC). */
  step: number;
  /** SI unit prefix ("k", "M", "G", …), used for bytes and FLOP. */
  si: string;
  /** IEC binary prefix ("Ki", "Mi", "Gi", …), used for bytes shown in powers of 1024. */
  iec: string;
  /**
   * Short-scale suffix for counts and money ("k", "M", "B", "T"), as model cards write "70B";
   * `undefined` above trillions, where the library switches to scientific notation.
   */
  short: string | undefined;
  /** English short-scale word ("thousand", "million", "billion", …) for prose. */
  word: string;
}

/**
 * Prefix rows from 10^0 to 10^24 (2^0 to 2^80 for IEC).
 * @example prefixes[3] //=> { step: 3, si: 'G', iec: 'Gi', short: 'B', word: 'billion' }
 */
export const prefixes: readonly Prefix[] = [
  { step: 0, si: '', iec: '', short: '', word: '' },
  { step: 1, si: 'k', iec: 'Ki', short: 'k', word: 'thousand' },
  { step: 2, si: 'M', iec: 'Mi', short: 'M', word: 'million' },
  { step: 3, si: 'G', iec: 'Gi', short: 'B', word: 'billion' },
  { step: 4, si: 'T', iec: 'Ti', short: 'T', word: 'trillion' },
  { step: 5, si: 'P', iec: 'Pi', short: undefined, word: 'quadrillion' },
  { step: 6, si: 'E', iec: 'Ei', short: undefined, word: 'quintillion' },
  { step: 7, si: 'Z', iec: 'Zi', short: undefined, word: 'sextillion' },
  { step: 8, si: 'Y', iec: 'Yi', short: undefined, word: 'septillion' },
];

/** Largest step with a short-scale suffix (trillion).  @example largestShortStep //=> 4 */
export const largestShortStep = 4;

/** Largest step in {@link prefixes}.  @example largestStep //=> 8 */
export const largestStep = prefixes.length - 1;

/** Base of the decimal columns (SI, short scale, words).  @example decimalBase //=> 1000 */
export const decimalBase = 1000;

/** Base of the IEC column.  @example binaryBase //=> 1024 */
export const binaryBase = 1024;

/**
 * The table row for `step`; throws if there is none (a programming error).
 * @example prefixAt(2).short //=> 'M'
 */
export function prefixAt(step: number): Prefix {
  const row = prefixes[step];
  if (row === undefined) {
    throw new RangeError(`prefixAt: expected a step from 0 to ${largestStep}, received ${step}`);
  }
  return row;
}
