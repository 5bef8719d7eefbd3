/**
 * Short durations for serving: the time per generated token and to the first token, which are
 * milliseconds to seconds (`formatDuration` starts at minutes).
 */
import { notANumberText, significant } from './quantity/significant';

/**
 * Seconds as microseconds, milliseconds or seconds, three significant digits; longer than a
 * minute as minutes.
 * @example formatSeconds(0.023274) //=> '23.3 ms'
 * @example formatSeconds(1.5) //=> '1.5 s'
 * @example formatSeconds(0.00004) //=> '40 µs'
 */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return notANumberText;
  const magnitude = Math.abs(seconds);
  if (magnitude >= 60) return `${significant(seconds / 60)} min`;
  if (magnitude >= 1 || magnitude === 0) return `${significant(seconds)} s`;
  if (magnitude >= 1e-3) return `${significant(seconds * 1e3)} ms`;
  return `${significant(seconds * 1e6)} µs`;
}
