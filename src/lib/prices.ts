/**
 * Accelerator prices: dated, cited snapshots, and the default rental price each calculator uses.
 *
 * Prices move fast, so every point carries an as-of date and a citation; the Assumptions page
 * shows both. Figures stated by the seed articles are cited to those articles (kind 'blog') and
 * flagged in `note`, so a reader can tell a vendor's price list from a blogger's number.
 */
import type { AcceleratorId } from './accelerators';
import { defaultRentalPrices, type DefaultRentalPrice } from './defaultPrices';
import type { Citation } from './sources';

/** How the accelerator is paid for. */
export type PriceKind = 'on-demand' | 'reserved' | 'spot' | 'purchase';

/** One dated, cited price. */
export interface PricePoint {
  accelerator: AcceleratorId;
  kind: PriceKind;
  /** US dollars per accelerator-hour for rentals; per unit for 'purchase'. */
  usd: number;
  /** Who charges it (cloud, vendor) — or who stated it, for seed-article figures. */
  provider: string;
  /** When the price held: YYYY, YYYY-MM or YYYY-MM-DD (no finer than the source says). */
  asOf: string;
  citation: Citation;
  note?: string;
}

const articleNote = 'Figure stated by one of the articles this guide checks, not read off a price list.';

/** Every catalogued price, grouped by accelerator, oldest first within a group. */
export const pricePoints: readonly PricePoint[] = [
  {
    accelerator: 'p100',
    kind: 'on-demand',
    usd: 930 / (8 * 84),
    provider: 'Epoch AI / AI Index (implied)',
    asOf: '2024-04',
    citation: { source: 'stanford-2024-ai-index', locator: 'ch. 1, training cost of select models' },
    note:
      'Derived, not listed: the AI Index 2024 estimate for the 2017 Transformer ($930, ' +
      'inflation-adjusted) divided by its 8 P100 × 84 h (Vaswani et al. §5.2) ≈ $1.38 per GPU-hour. ' +
      'No P100 price list is stored.',
  },
  {
    accelerator: 'v100',
    kind: 'on-demand',
    usd: 4.6e6 / (355 * 8760),
    provider: 'Lambda Labs (implied)',
    asOf: '2020-06',
    citation: { source: 'lambda-2020-gpt3' },
    note:
      "Derived, not listed: Lambda's $4.6M GPT-3 estimate divided by its 355 V100 GPU-years " +
      '(355 × 8,760 h) ≈ $1.48 per GPU-hour, the lowest cloud V100 price Lambda assumed.',
  },
  {
    accelerator: 'a100-40gb',
    kind: 'reserved',
    usd: 2.0,
    provider: 'MosaicML',
    asOf: '2023-05',
    citation: { source: 'mosaicml-2023-mpt-7b' },
    note:
      'Consistent with the post: ~$200k for 440 A100-40GB × 9.5 days = 100,320 GPU-hours.',
  },
  {
    accelerator: 'a100-40gb',
    kind: 'on-demand',
    usd: 1.67,
    provider: 'unnamed cloud (Liang 2024; AI-Pro)',
    asOf: '2024-09',
    citation: { source: 'liang-2024-build-or-fine-tune', locator: 'Cloud Computing Expenses' },
    note: `${articleNote} Both say "A100" without the memory size.`,
  },
  {
    accelerator: 'a100-40gb',
    kind: 'purchase',
    usd: 10_000,
    provider: 'NVIDIA, via resellers (Liang 2024)',
    asOf: '2024-09',
    citation: { source: 'liang-2024-build-or-fine-tune', locator: 'Hardware Costs' },
    note: `${articleNote} "A single NVIDIA A100 GPU can cost around $10,000"; memory size not given.`,
  },
  {
    accelerator: 'a100-40gb',
    kind: 'on-demand',
    usd: 1.48,
    provider: 'Lambda',
    asOf: '2026-05-07',
    citation: { source: 'techbytes-2026-gpu-pricing-matrix' },
    note: 'Single-GPU instance list price, as compiled by a secondary source.',
  },
  {
    accelerator: 'a100-80gb',
    kind: 'on-demand',
    usd: 3.93,
    provider: 'Google Cloud (as stated by Ruiz 2023)',
    asOf: '2023',
    citation: { source: 'ruiz-2023-train-foundation-model', locator: 'Cost implications' },
    note:
      `${articleNote} Used for the LLaMA 65B example: 2048 × 21 days × 24 h × $3.93 ≈ $4.06M.`,
  },
  {
    accelerator: 'h100-sxm',
    kind: 'on-demand',
    usd: 98.32 / 8,
    provider: 'AWS (p5.48xlarge, 8 × H100, before the June 2025 cut)',
    asOf: '2023-07',
    citation: { source: 'aws-ec2-on-demand-pricing', locator: 'p5.48xlarge, us-east-1' },
    note:
      '$98.32 per instance-hour ÷ 8 GPUs ≈ $12.29 per GPU-hour; list price from launch until ' +
      'June 2025. Read from third-party copies of the AWS price list, not the live page.',
  },
  {
    accelerator: 'h100-sxm',
    kind: 'on-demand',
    usd: 55.04 / 8,
    provider: 'AWS (p5.48xlarge, 8 × H100, after the June 2025 cut)',
    asOf: '2025-06',
    citation: { source: 'aws-ec2-on-demand-pricing', locator: 'p5.48xlarge, us-east-1' },
    note:
      '$55.04 per instance-hour ÷ 8 ≈ $6.88 per GPU-hour. Read from third-party copies of the AWS ' +
      'price list, not the live page.',
  },
  {
    accelerator: 'h100-sxm',
    kind: 'on-demand',
    usd: 3.78,
    provider: 'Lambda',
    asOf: '2026-05-07',
    citation: { source: 'techbytes-2026-gpu-pricing-matrix' },
    note: 'Single-GPU instance list price, as compiled by a secondary source.',
  },
  {
    accelerator: 'h100-pcie',
    kind: 'on-demand',
    usd: 2.86,
    provider: 'Lambda',
    asOf: '2026-05-07',
    citation: { source: 'techbytes-2026-gpu-pricing-matrix' },
    note: 'Single-GPU instance list price, as compiled by a secondary source.',
  },
  {
    accelerator: 'h800',
    kind: 'on-demand',
    usd: 2.0,
    provider: 'DeepSeek (assumed rental price)',
    asOf: '2024-12',
    citation: { source: 'deepseek-2024-v3', locator: 'Table 1' },
    note:
      'Not a quoted price: DeepSeek-V3 prices its 2.788M H800 GPU-hours at an assumed $2 per ' +
      'GPU-hour ($5.576M), excluding prior research and ablations.',
  },
  {
    accelerator: 'h200',
    kind: 'on-demand',
    usd: 63.296 / 8,
    provider: 'AWS (p5en.48xlarge, 8 × H200)',
    asOf: '2026',
    citation: { source: 'aws-ec2-on-demand-pricing', locator: 'p5en.48xlarge' },
    note:
      '$63.296 per instance-hour ÷ 8 ≈ $7.91 per GPU-hour. Read from third-party copies of the ' +
      'AWS price list (2026), not the live page.',
  },
  {
    accelerator: 'b200',
    kind: 'on-demand',
    usd: 113.9328 / 8,
    provider: 'AWS (p6-b200.48xlarge, 8 × B200)',
    asOf: '2026',
    citation: { source: 'aws-ec2-on-demand-pricing', locator: 'p6-b200.48xlarge' },
    note:
      '$113.9328 per instance-hour ÷ 8 ≈ $14.24 per GPU-hour. Read from third-party copies of the ' +
      'AWS price list (2026), not the live page.',
  },
  {
    accelerator: 'mi300x',
    kind: 'on-demand',
    usd: 1.85,
    provider: 'Vultr',
    asOf: '2026-05-18',
    citation: { source: 'cliffcenter-2026-amd-inference-economics' },
    note: 'As compiled by a secondary source; Azure and Oracle list MI300X near $6 per GPU-hour.',
  },
  {
    accelerator: 'mi300x',
    kind: 'on-demand',
    usd: 1.5,
    provider: 'TensorWave',
    asOf: '2026-05-18',
    citation: { source: 'cliffcenter-2026-amd-inference-economics' },
    note: 'As compiled by a secondary source.',
  },
  {
    accelerator: 'tpu-v4',
    kind: 'on-demand',
    usd: 3.22,
    provider: 'Google Cloud (as stated by Ruiz 2023)',
    asOf: '2023',
    citation: { source: 'ruiz-2023-train-foundation-model', locator: 'Cost implications' },
    note:
      `${articleNote} Per chip-hour. Used for the PaLM example: ` +
      '3.22 × (6144 × 1200 + 3072 × 336) ≈ $27.06M.',
  },
];

/**
 * All price points for one accelerator, in catalog order (may be empty).
 * @example pricesFor('h800').map((p) => p.usd) //=> [2]
 */
export function pricesFor(id: AcceleratorId): PricePoint[] {
  return pricePoints.filter((p) => p.accelerator === id);
}

export { defaultPricePerHourUsd, defaultRentalPrices, type DefaultRentalPrice } from './defaultPrices';

/** Where a calculator's default price comes from. */
export interface DefaultPriceSource {
  /** The cited point the default is taken from. */
  pricePoint: PricePoint;
  /** Why this point was chosen; required when it belongs to another accelerator (a fallback). */
  note?: string;
}

function pick({ from, provider, usd }: DefaultRentalPrice, note?: string): DefaultPriceSource {
  const found = pricePoints.find((p) => p.accelerator === from && p.provider === provider && p.usd === usd);
  /* v8 ignore next 3 -- guards defaultRentalPrices against typos; the tests exercise every entry */
  if (found === undefined) {
    throw new Error(`No price point for ${from} from ${provider} at $${usd}`);
  }
  return note === undefined ? { pricePoint: found } : { pricePoint: found, note };
}

const noTpuPrice = (chip: string) =>
  `No ${chip} price is stored (none could be verified); falls back to the closest cited point, ` +
  "TPU v4's $3.22 per chip-hour (Ruiz 2023). Pass a price explicitly for a real estimate.";

/** Why a default borrows another accelerator's price (see {@link defaultRentalPrices}). */
const fallbackNotes: Partial<Record<AcceleratorId, string>> = {
  'tpu-v3': noTpuPrice('TPU v3'),
  'tpu-v5e': noTpuPrice('TPU v5e'),
  'tpu-v5p': noTpuPrice('TPU v5p'),
};

/**
 * The cited price behind each accelerator's default rental price, for the Assumptions page:
 * the {@link pricePoints} entry each {@link defaultRentalPrices} row names, with why a fallback
 * was chosen.
 */
export const defaultPriceSource: Readonly<Record<AcceleratorId, DefaultPriceSource>> = Object.fromEntries(
  Object.entries(defaultRentalPrices).map(([id, row]) => [id, pick(row, fallbackNotes[id as AcceleratorId])]),
) as Record<AcceleratorId, DefaultPriceSource>;
