/**
 * The track of a slider beside a number field: positions 0…steps map onto a value range, evenly
 * (linear) or by equal ratios (log) where the range spans orders of magnitude, so that 1B–10B gets
 * as much track as 100B–1T. A slider sets a value roughly; the text field beside it takes exact ones.
 */
import { roundSignificant } from './significant';

/** A slider's range and how its positions spread over it. */
export interface SliderScale {
  /** Value at position 0 (above 0 for `log`). */
  min: number;
  /** Value at the last position. */
  max: number;
  /** `'log'`: equal ratios per position; `'linear'`: equal differences. */
  scale: 'log' | 'linear';
  /** Number of steps along the track; the positions are 0 to `steps`. */
  steps: number;
}

/** Significant digits a slider's value is rounded to: it sets values roughly. */
const sliderDigits = 2;

/**
 * The position of `value` on the track, rounded to a whole position and clamped to it.
 * @example sliderPosition(1e10, { min: 1e8, max: 1e12, scale: 'log', steps: 100 }) //=> 50
 * @example sliderPosition(0.4, { min: 0, max: 1, scale: 'linear', steps: 100 }) //=> 40
 */
export function sliderPosition(value: number, track: SliderScale): number {
  const { min, max, scale, steps } = track;
  const share = scale === 'log' ? Math.log(value / min) / Math.log(max / min) : (value - min) / (max - min);
  if (!Number.isFinite(share)) return 0;
  return Math.round(Math.min(1, Math.max(0, share)) * steps);
}

/**
 * The value at a position of the track, rounded to two significant digits.
 * @example sliderValue(50, { min: 1e8, max: 1e12, scale: 'log', steps: 100 }) //=> 1e10
 * @example sliderValue(47, { min: 0.05, max: 0.8, scale: 'linear', steps: 75 }) //=> 0.52
 */
export function sliderValue(position: number, track: SliderScale): number {
  const { min, max, scale, steps } = track;
  const share = Math.min(1, Math.max(0, position / steps));
  const value = scale === 'log' ? min * (max / min) ** share : min + (max - min) * share;
  return roundSignificant(value, sliderDigits);
}
