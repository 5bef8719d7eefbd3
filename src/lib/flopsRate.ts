/**
 * Throughput as datasheets print it: TFLOP/s (10^12 floating-point operations per second).
 */
import { notANumberText } from './quantity/significant';

/** FLOP/s in one TFLOP/s. @example flopsPerSecondPerTflops //=> 1e12 */
export const flopsPerSecondPerTflops = 1e12;

/**
 * A FLOP/s rate in TFLOP/s, the unit of accelerator datasheets (NVIDIA A100 datasheet: "312
 * TFLOPS" BF16 tensor core), to one decimal with thousands separators, so every chip's peak
 * reads as its datasheet prints it (H100 SXM: 1,979 with sparsity) and peaks line up in one unit.
 * @example formatTflopsPerSecond(312e12) //=> '312 TFLOP/s'
 * @example formatTflopsPerSecond(1979e12) //=> '1,979 TFLOP/s'
 * @example formatTflopsPerSecond(1307.4e12) //=> '1,307.4 TFLOP/s'
 */
export function formatTflopsPerSecond(flopsPerSecond: number): string {
  if (!Number.isFinite(flopsPerSecond)) return notANumberText;
  const tflops = flopsPerSecond / flopsPerSecondPerTflops;
  return `${tflops.toLocaleString('en-US', { maximumFractionDigits: 1 })} TFLOP/s`;
}
