/**
 * The rental price each calculator starts from, per accelerator: numbers only, so a calculator
 * in the browser gets them without the cited price dataset (`pricePoints`, with its notes and
 * citations) that they are taken from. `defaultPriceSource` in `prices.ts` finds the cited point
 * behind each row, and fails the build when a row names no stored point.
 */
import type { AcceleratorId } from './accelerators';

/** One default: the stored price point it is taken from, by accelerator, provider and price. */
export interface DefaultRentalPrice {
  /** The accelerator whose price point is used (another one's for a fallback, e.g. TPU v5e). */
  from: AcceleratorId;
  provider: string;
  /** US dollars per accelerator-hour. */
  usd: number;
}

/**
 * A100-80GB ($3.93) and TPU v4 ($3.22) reproduce Ruiz's (2023) examples (LLaMA 65B ≈ $4.06M,
 * PaLM ≈ $27.06M); the others are the most recent on-demand point stored. TPU v3, v5e and v5p
 * have no verified price and fall back to TPU v4's.
 * @example defaultRentalPrices['h100-sxm'] //=> { from: 'h100-sxm', provider: 'Lambda', usd: 3.78 }
 */
export const defaultRentalPrices: Readonly<Record<AcceleratorId, DefaultRentalPrice>> = {
  p100: { from: 'p100', provider: 'Epoch AI / AI Index (implied)', usd: 930 / (8 * 84) },
  v100: { from: 'v100', provider: 'Lambda Labs (implied)', usd: 4.6e6 / (355 * 8760) },
  'a100-40gb': { from: 'a100-40gb', provider: 'unnamed cloud (Liang 2024; AI-Pro)', usd: 1.67 },
  'a100-80gb': { from: 'a100-80gb', provider: 'Google Cloud (as stated by Ruiz 2023)', usd: 3.93 },
  'h100-sxm': { from: 'h100-sxm', provider: 'Lambda', usd: 3.78 },
  'h100-pcie': { from: 'h100-pcie', provider: 'Lambda', usd: 2.86 },
  h800: { from: 'h800', provider: 'DeepSeek (assumed rental price)', usd: 2.0 },
  h200: { from: 'h200', provider: 'AWS (p5en.48xlarge, 8 × H200)', usd: 63.296 / 8 },
  b200: { from: 'b200', provider: 'AWS (p6-b200.48xlarge, 8 × B200)', usd: 113.9328 / 8 },
  mi300x: { from: 'mi300x', provider: 'Vultr', usd: 1.85 },
  'tpu-v3': { from: 'tpu-v4', provider: 'Google Cloud (as stated by Ruiz 2023)', usd: 3.22 },
  'tpu-v4': { from: 'tpu-v4', provider: 'Google Cloud (as stated by Ruiz 2023)', usd: 3.22 },
  'tpu-v5e': { from: 'tpu-v4', provider: 'Google Cloud (as stated by Ruiz 2023)', usd: 3.22 },
  'tpu-v5p': { from: 'tpu-v4', provider: 'Google Cloud (as stated by Ruiz 2023)', usd: 3.22 },
};

/**
 * Default rental price per accelerator-hour in US dollars, one per catalogued accelerator.
 * @example defaultPricePerHourUsd['a100-80gb'] //=> 3.93
 */
export const defaultPricePerHourUsd: Readonly<Record<AcceleratorId, number>> = Object.fromEntries(
  Object.entries(defaultRentalPrices).map(([id, { usd }]) => [id, usd]),
) as Record<AcceleratorId, number>;
