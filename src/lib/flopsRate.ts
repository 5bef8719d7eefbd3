/**
 * Throughput as datasheets print it: TFLOP/s (10^12 floating-point operations per second).
 */
import { notANumberText } from './quantity/significant';

/** FLOP/s in one TFLOP/s. @example flopsPerSecondPerTflops //=> 1e12 */
export const flopsPerSecondPerTflops = 1e12;

/**
 * A FLOP/s rate in TFLOP/s, the unit of accelerator datasheets (NVIDIA A100 datasheet: "312
 * TFLOPS" BF16 tensor core), three significant digits with thousands separators, so peaks of
 * different chips line up in one unit.
 * @example formatTflopsPerSecond(312e12) //=> '312 TFLOP/s'
 * @example formatTflopsPerSecond(2.25e15) //=> '2,250 TFLOP/s'
 * @example formatTflopsPerSecond(18.7e12) //=> '18.7 TFLOP/s'
 */
export function formatTflopsPerSecond(flopsPerSecond: number): string {
  if (!Number.isFinite(flopsPerSecond)) return notANumberText;
  const tflops = Number((flopsPerSecond / flopsPerSecondPerTflops).toPrecision(3));
  return `${tflops.toLocaleString('en-US', { maximumFractionDigits: 3 })} TFLOP/s`;
}
