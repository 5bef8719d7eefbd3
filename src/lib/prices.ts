/**
 * Accelerator prices: dated, cited points, and the cited points behind each default band.
 *
 * Every point says what kind of price it is (on-demand at a hyperscaler or at a specialist cloud,
 * a commitment, spot, a purchase, or a price a paper assumed), who charges it and when it held;
 * the hardware and Assumptions pages show all three. Figures stated by the guide's five source
 * articles carry `sourceArticle`: pages that discuss those articles compute with them, and no
 * default uses them.
 */
import type { AcceleratorId } from './accelerators';
import { defaultRentalPrices, pricedAcceleratorIds, type PriceRef, type PricedAcceleratorId } from './defaultPrices';
import type { Citation } from './sources';

/** How the accelerator is paid for. */
export type PriceKind =
  | 'on-demand-hyperscaler'
  | 'on-demand-specialist'
  | 'committed'
  | 'spot'
  | 'purchase'
  | 'assumed';

/** One dated, cited price. */
export interface PricePoint {
  accelerator: AcceleratorId;
  kind: PriceKind;
  /** For a commitment: its term in years, where the price page states one. */
  commitmentYears?: 1 | 3;
  /** US dollars per accelerator-hour for rentals; per accelerator for 'purchase'. */
  usd: number;
  /** Who charges it (cloud, vendor, reseller), or who assumed or stated it. */
  provider: string;
  /** When the price held: YYYY, YYYY-MM or YYYY-MM-DD (no finer than the source says). */
  asOf: string;
  citation: Citation;
  /** Stated by one of the guide's five source articles: discussed, never a default. */
  sourceArticle?: true;
  note?: string;
}

const perGpu = (instanceUsd: number, gpus: number, instance: string) =>
  `${instance}: $${instanceUsd} per instance-hour for ${gpus} GPUs.`;

/** Every catalogued price, grouped by accelerator, oldest first within a group. */
export const pricePoints: readonly PricePoint[] = [
  {
    accelerator: 'p100',
    kind: 'on-demand-hyperscaler',
    usd: 2.07,
    provider: 'Microsoft Azure',
    asOf: '2024-01-29',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA P100, Microsoft Azure, 2024-01-29" (NC6s v2, East US)' },
    note: 'Historical: the last dated hyperscaler list price found; P100s are no longer a new rental offering.',
  },
  {
    accelerator: 'v100',
    kind: 'committed',
    commitmentYears: 3,
    usd: 4.6e6 / (355 * 8760),
    provider: 'Lambda (implied by its GPT-3 estimate)',
    asOf: '2020-06',
    citation: { source: 'lambda-2020-gpt3' },
    note:
      "Lambda's $4.6M GPT-3 estimate divided by its 355 V100 GPU-years (355 × 8,760 h): the lowest " +
      '3-year reserved cloud price Lambda assumed, not an on-demand price.',
  },
  {
    accelerator: 'v100',
    kind: 'on-demand-hyperscaler',
    usd: 3.06,
    provider: 'Microsoft Azure',
    asOf: '2024-01-29',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA V100, Microsoft Azure, 2024-01-29" (NC6s v3, East US)' },
    note: 'Historical: the last dated hyperscaler list price found for a V100.',
  },
  {
    accelerator: 'a100-40gb',
    kind: 'purchase',
    usd: 199_000 / 8,
    provider: 'NVIDIA (DGX A100 launch price)',
    asOf: '2020-05-21',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA A100 SXM4 40 GB, 2020-05-21"' },
    note: 'DGX A100 at $199,000 for eight GPUs, server and NVLink included: $24,875 per GPU.',
  },
  {
    accelerator: 'a100-40gb',
    kind: 'committed',
    usd: 2.0,
    provider: 'MosaicML',
    asOf: '2023-05',
    citation: { source: 'mosaicml-2023-mpt-7b' },
    note: 'Reserved price, term not stated; consistent with ~$200k for 440 A100-40GB × 9.5 days = 100,320 GPU-hours.',
  },
  {
    accelerator: 'a100-40gb',
    kind: 'assumed',
    usd: 1.67,
    provider: 'unnamed cloud (Liang 2024; AI-Pro)',
    asOf: '2024-09',
    citation: { source: 'liang-2024-build-or-fine-tune', locator: 'Cloud Computing Expenses' },
    sourceArticle: true,
    note: 'Stated by Liang (2024) and AI-Pro for "an A100" in the cloud, not read off a price list; memory size and provider not given.',
  },
  {
    accelerator: 'a100-40gb',
    kind: 'purchase',
    usd: 10_000,
    provider: 'NVIDIA, via resellers (Liang 2024)',
    asOf: '2024-09',
    citation: { source: 'liang-2024-build-or-fine-tune', locator: 'Hardware Costs' },
    sourceArticle: true,
    note: 'Stated by Liang (2024), not read off a price list: "A single NVIDIA A100 GPU can cost around $10,000", the card alone; memory size not given.',
  },
  {
    accelerator: 'a100-40gb',
    kind: 'on-demand-specialist',
    usd: 1.99,
    provider: 'Lambda',
    asOf: '2026-09-20',
    citation: { source: 'lambda-gpu-cloud-pricing', locator: '8x NVIDIA A100 SXM 40 GB' },
    note: 'Per GPU-hour in an 8-GPU instance. Hyperstack, the specialist cloud used for the other NVIDIA chips, lists no 40 GB A100.',
  },
  {
    accelerator: 'a100-40gb',
    kind: 'on-demand-hyperscaler',
    usd: 21.957642 / 8,
    provider: 'AWS',
    asOf: '2026-11-09',
    citation: { source: 'aws-ec2-on-demand-pricing', locator: 'p4d.24xlarge, US East (N. Virginia)' },
    note: perGpu(21.957642, 8, 'p4d.24xlarge'),
  },
  {
    accelerator: 'a100-80gb',
    kind: 'on-demand-hyperscaler',
    usd: 3.93,
    provider: 'Google Cloud (as stated by Ruiz 2023)',
    asOf: '2023',
    citation: { source: 'ruiz-2023-train-foundation-model', locator: 'Cost implications' },
    sourceArticle: true,
    note: 'Stated by Ruiz (2023) for Google Cloud, not read off a price list; used for the article\'s LLaMA 65B sum: 2,048 × 21 days × 24 h × $3.93 ≈ $4.06M.',
  },
  {
    accelerator: 'a100-80gb',
    kind: 'on-demand-specialist',
    usd: 1.6,
    provider: 'Hyperstack',
    asOf: '2026-08-26',
    citation: { source: 'hyperstack-gpu-pricing', locator: 'On-demand, NVIDIA A100 SXM 80 GB' },
  },
  {
    accelerator: 'a100-80gb',
    kind: 'on-demand-specialist',
    usd: 2.79,
    provider: 'Lambda',
    asOf: '2026-09-20',
    citation: { source: 'lambda-gpu-cloud-pricing', locator: '8x NVIDIA A100 SXM 80 GB' },
  },
  {
    accelerator: 'a100-80gb',
    kind: 'on-demand-hyperscaler',
    usd: 27.44705 / 8,
    provider: 'AWS',
    asOf: '2026-11-09',
    citation: { source: 'aws-ec2-on-demand-pricing', locator: 'p4de.24xlarge, US East (N. Virginia)' },
    note: perGpu(27.44705, 8, 'p4de.24xlarge'),
  },
  {
    accelerator: 'h100-sxm',
    kind: 'purchase',
    usd: 296_644 / 8,
    provider: 'Dihuni (Supermicro HGX H100 8-GPU server)',
    asOf: '2024-03-21',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA H100 SXM5, 2024-03-21" (Supermicro 8125GS-TNHR)' },
    note: 'A reseller\'s list price for an eight-GPU server, CPUs, memory and network cards included: $37,080.50 per GPU.',
  },
  {
    accelerator: 'h100-sxm',
    kind: 'purchase',
    usd: 41_217,
    provider: 'Delta Computer (DGX H100)',
    asOf: '2024-03-20',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA H100 SXM5, 2024-03-20" (DGX H100 640GB)' },
    note: 'A reseller\'s list price for NVIDIA\'s eight-GPU DGX H100 (€303,610), per GPU, converted to dollars by Epoch AI.',
  },
  {
    accelerator: 'h100-sxm',
    kind: 'purchase',
    usd: 31_904.63,
    provider: 'a reseller (HGX H100 8-GPU listing)',
    asOf: '2025-01-31',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA H100 SXM5 80GB, 2025-01-31" (HGX, 8 GPU)' },
    note: 'Per GPU of an eight-GPU HGX H100 listing; Epoch AI\'s cost model counts eight-GPU HGX and DGX listings as server prices.',
  },
  {
    accelerator: 'h100-sxm',
    kind: 'purchase',
    usd: 375_000 / 8,
    provider: 'Viperatech (DGX H100)',
    asOf: '2025-03-03',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA H100 SXM5 80GB, 2025-03-03" (DGX H100 P4387, 640 GB)' },
    note: 'NVIDIA\'s eight-GPU DGX H100 listed at $375,000.',
  },
  {
    accelerator: 'h100-sxm',
    kind: 'on-demand-hyperscaler',
    usd: 98.32 / 8,
    provider: 'AWS',
    asOf: '2023-07',
    citation: { source: 'aws-ec2-on-demand-pricing', locator: 'p5.48xlarge, US East (N. Virginia)' },
    note: `${perGpu(98.32, 8, 'p5.48xlarge')} The list price from launch until AWS cut it in June 2025.`,
  },
  {
    accelerator: 'h100-sxm',
    kind: 'on-demand-specialist',
    usd: 3.2,
    provider: 'Hyperstack',
    asOf: '2026-08-26',
    citation: { source: 'hyperstack-gpu-pricing', locator: 'On-demand, NVIDIA H100 SXM' },
  },
  {
    accelerator: 'h100-sxm',
    kind: 'on-demand-specialist',
    usd: 3.99,
    provider: 'Lambda',
    asOf: '2026-09-20',
    citation: { source: 'lambda-gpu-cloud-pricing', locator: '8x NVIDIA H100 SXM' },
  },
  {
    accelerator: 'h100-sxm',
    kind: 'on-demand-specialist',
    usd: 49.24 / 8,
    provider: 'CoreWeave',
    asOf: '2026-09-20',
    citation: { source: 'coreweave-pricing', locator: 'NVIDIA HGX H100' },
    note: perGpu(49.24, 8, 'HGX H100'),
  },
  {
    accelerator: 'h100-sxm',
    kind: 'on-demand-hyperscaler',
    usd: 55.04 / 8,
    provider: 'AWS',
    asOf: '2026-11-09',
    citation: { source: 'aws-ec2-on-demand-pricing', locator: 'p5.48xlarge, US East (N. Virginia)' },
    note: perGpu(55.04, 8, 'p5.48xlarge'),
  },
  {
    accelerator: 'h100-pcie',
    kind: 'on-demand-specialist',
    usd: 3.29,
    provider: 'Lambda',
    asOf: '2026-09-20',
    citation: { source: 'lambda-gpu-cloud-pricing', locator: '1x NVIDIA H100 PCIe' },
    note:
      'No hyperscaler rents the 80 GB PCIe H100 on demand: AWS (p5) and Google Cloud (A3) rent the SXM part, and ' +
      'Azure\'s PCIe-card instances (NCads H100 v5) carry the 94 GB H100 NVL, a different card. Its band ' +
      'therefore runs between two specialist clouds.',
  },
  {
    accelerator: 'h100-pcie',
    kind: 'on-demand-specialist',
    usd: 2.89,
    provider: 'RunPod',
    asOf: '2026-10-19',
    citation: { source: 'runpod-pricing', locator: 'Secure Cloud, H100 PCIe' },
  },
  {
    accelerator: 'h100-pcie',
    kind: 'purchase',
    usd: 24_500,
    provider: 'Uvation (reseller)',
    asOf: '2025-03-03',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA H100 PCIe, 2025-03-03" (80 GB, new)' },
    note: 'The card alone; a server around it costs more (Epoch AI\'s cost model multiplies single-card prices by 1.64).',
  },
  {
    accelerator: 'h800',
    kind: 'assumed',
    usd: 2.0,
    provider: 'DeepSeek',
    asOf: '2024-12',
    citation: { source: 'deepseek-2024-v3', locator: 'Table 1' },
    note:
      'Historical and assumed: DeepSeek-V3 prices its 2.788M H800 GPU-hours at an assumed $2 per ' +
      'GPU-hour ($5.576M). The H800 was sold only in China; no cloud price list for it was found.',
  },
  {
    accelerator: 'h200',
    kind: 'on-demand-specialist',
    usd: 3.99,
    provider: 'Hyperstack',
    asOf: '2026-08-26',
    citation: { source: 'hyperstack-gpu-pricing', locator: 'On-demand, NVIDIA H200 SXM' },
  },
  {
    accelerator: 'h200',
    kind: 'on-demand-hyperscaler',
    usd: 63.296 / 8,
    provider: 'AWS',
    asOf: '2026-08',
    citation: { source: 'aws-ec2-on-demand-pricing', locator: 'p5en.48xlarge, US East (N. Virginia)' },
    note: perGpu(63.296, 8, 'p5en.48xlarge'),
  },
  {
    accelerator: 'h200',
    kind: 'on-demand-specialist',
    usd: 50.44 / 8,
    provider: 'CoreWeave',
    asOf: '2026-09-20',
    citation: { source: 'coreweave-pricing', locator: 'NVIDIA HGX H200' },
    note: perGpu(50.44, 8, 'HGX H200'),
  },
  {
    accelerator: 'h200',
    kind: 'purchase',
    usd: 270_565 / 8,
    provider: 'Anafra (HGX H200 8-GPU baseboard)',
    asOf: '2024-03-27',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA H200 SXM, 2024-03-27" (GPU baseboard, 8 × H200)' },
    note: 'Eight H200s on NVIDIA\'s baseboard at $270,565 in the listing\'s price history, without CPUs or host memory.',
  },
  {
    accelerator: 'h200',
    kind: 'purchase',
    usd: 39_083.38,
    provider: 'a reseller (HGX H200 8-GPU listing)',
    asOf: '2025-01-31',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA H200 SXM, 2025-01-31" (HGX, 8 GPU, on sale)' },
    note: 'Per GPU of an eight-GPU HGX H200 listing, at a sale price; Epoch AI\'s cost model counts eight-GPU HGX listings as server prices.',
  },
  {
    accelerator: 'b200',
    kind: 'on-demand-specialist',
    usd: 6.0,
    provider: 'Hyperstack',
    asOf: '2026-08-26',
    citation: { source: 'hyperstack-gpu-pricing', locator: 'On-demand, NVIDIA B200' },
  },
  {
    accelerator: 'b200',
    kind: 'on-demand-specialist',
    usd: 6.69,
    provider: 'Lambda',
    asOf: '2026-09-20',
    citation: { source: 'lambda-gpu-cloud-pricing', locator: '8x NVIDIA B200 SXM6' },
  },
  {
    accelerator: 'b200',
    kind: 'on-demand-specialist',
    usd: 68.8 / 8,
    provider: 'CoreWeave',
    asOf: '2026-09-20',
    citation: { source: 'coreweave-pricing', locator: 'NVIDIA HGX B200' },
    note: perGpu(68.8, 8, 'HGX B200'),
  },
  {
    accelerator: 'b200',
    kind: 'on-demand-hyperscaler',
    usd: 113.9328 / 8,
    provider: 'AWS',
    asOf: '2026',
    citation: { source: 'aws-ec2-on-demand-pricing', locator: 'p6-b200.48xlarge, US East (N. Virginia)' },
    note: perGpu(113.9328, 8, 'p6-b200.48xlarge'),
  },
  {
    accelerator: 'b200',
    kind: 'purchase',
    usd: 47_409.13,
    provider: 'Delta Computer (DGX B200)',
    asOf: '2024-12-17',
    citation: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA B200, 2024-12-17" (DGX B200 1,440 GB)' },
    note: 'A reseller\'s list price for NVIDIA\'s eight-GPU DGX B200, per GPU, converted from euros by Epoch AI.',
  },
  {
    accelerator: 'mi300x',
    kind: 'purchase',
    usd: 25_733.71,
    provider: 'Interpro Micro (8 × MI300X platform)',
    asOf: '2025-02-10',
    citation: { source: 'epoch-hardware-prices', locator: 'row "AMD Instinct MI300X, 2025-02-10" (192 GB, 8 OAM on UBB)' },
    note: 'Per GPU of an eight-GPU MI300X platform listing.',
  },
  {
    accelerator: 'tpu-v3',
    kind: 'on-demand-hyperscaler',
    usd: 2.0,
    provider: 'Google Cloud',
    asOf: '2021-11-17',
    citation: { source: 'epoch-hardware-prices', locator: 'row "Google TPU v3, 2021-11-17" (Cloud TPU pricing, us-central1)' },
    note: 'Historical: per chip-hour; the 1- and 3-year commitments were $1.26 and $0.90.',
  },
  {
    accelerator: 'tpu-v4',
    kind: 'on-demand-hyperscaler',
    usd: 3.22,
    provider: 'Google Cloud',
    asOf: '2023-06-01',
    citation: { source: 'epoch-hardware-prices', locator: 'row "Google TPU v4, 2023-06-01" (Cloud TPU pricing, us-central2-b)' },
    note: 'Historical: per chip-hour; the 1- and 3-year commitments were $2.03 and $1.45.',
  },
  {
    accelerator: 'tpu-v4',
    kind: 'on-demand-hyperscaler',
    usd: 3.22,
    provider: 'Google Cloud (as stated by Ruiz 2023)',
    asOf: '2023',
    citation: { source: 'ruiz-2023-train-foundation-model', locator: 'Cost implications' },
    sourceArticle: true,
    note: 'Stated by Ruiz (2023) per chip-hour, not read off a price list; used for the article\'s PaLM sum: 3.22 × (6,144 × 1,200 + 3,072 × 336) ≈ $27.06M.',
  },
  {
    accelerator: 'tpu-v5e',
    kind: 'committed',
    commitmentYears: 3,
    usd: 0.54,
    provider: 'Google Cloud (3-year commitment)',
    asOf: '2025-03-03',
    citation: { source: 'epoch-hardware-prices', locator: 'row "Google TPU v5e, 2025-03-03" (Cloud TPU pricing, Iowa, Oregon, East US)' },
    note: 'Per chip-hour, committed for three years.',
  },
  {
    accelerator: 'tpu-v5e',
    kind: 'committed',
    commitmentYears: 1,
    usd: 0.84,
    provider: 'Google Cloud (1-year commitment)',
    asOf: '2025-03-03',
    citation: { source: 'epoch-hardware-prices', locator: 'row "Google TPU v5e, 2025-03-03" (Cloud TPU pricing, Iowa, Oregon, East US)' },
    note: 'Per chip-hour, committed for one year.',
  },
  {
    accelerator: 'tpu-v5e',
    kind: 'on-demand-hyperscaler',
    usd: 1.2,
    provider: 'Google Cloud',
    asOf: '2025-03-03',
    citation: { source: 'epoch-hardware-prices', locator: 'row "Google TPU v5e, 2025-03-03" (Cloud TPU pricing, Iowa, Oregon, East US)' },
    note: 'Per chip-hour on demand in Google\'s cheapest regions (us-central1, Oregon, East US).',
  },
  {
    accelerator: 'tpu-v5e',
    kind: 'on-demand-hyperscaler',
    usd: 1.56,
    provider: 'Google Cloud, Netherlands and Singapore',
    asOf: '2025-03-03',
    citation: { source: 'epoch-hardware-prices', locator: 'row "Google TPU v5e, 2025-03-03" (Cloud TPU pricing, europe-west4, asia-southeast1)' },
    note: 'Per chip-hour on demand in Google\'s dearest regions on the same page (europe-west4, asia-southeast1).',
  },
  {
    accelerator: 'tpu-v6e',
    kind: 'committed',
    commitmentYears: 3,
    usd: 1.22,
    provider: 'Google Cloud (3-year commitment)',
    asOf: '2025-03-03',
    citation: { source: 'epoch-hardware-prices', locator: 'row "Google TPU v6e Trillium, 2025-03-03" (Cloud TPU pricing, East US)' },
    note: 'Per chip-hour, committed for three years.',
  },
  {
    accelerator: 'tpu-v6e',
    kind: 'committed',
    commitmentYears: 1,
    usd: 1.89,
    provider: 'Google Cloud (1-year commitment)',
    asOf: '2025-03-03',
    citation: { source: 'epoch-hardware-prices', locator: 'row "Google TPU v6e Trillium, 2025-03-03" (Cloud TPU pricing, East US)' },
    note: 'Per chip-hour, committed for one year.',
  },
  {
    accelerator: 'tpu-v6e',
    kind: 'on-demand-hyperscaler',
    usd: 2.7,
    provider: 'Google Cloud',
    asOf: '2025-03-03',
    citation: { source: 'epoch-hardware-prices', locator: 'row "Google TPU v6e Trillium, 2025-03-03" (Cloud TPU pricing, East US)' },
    note: 'Per chip-hour on demand in East US, the cheapest region listed.',
  },
  {
    accelerator: 'tpu-v6e',
    kind: 'on-demand-hyperscaler',
    usd: 3.24,
    provider: 'Google Cloud, Japan',
    asOf: '2025-03-03',
    citation: { source: 'epoch-hardware-prices', locator: 'row "Google TPU v6e Trillium, 2025-03-03" (Cloud TPU pricing, asia-northeast1)' },
    note: 'Per chip-hour on demand in Japan (asia-northeast1), the dearest region listed on the same page.',
  },
];

/**
 * All price points for one accelerator, in catalog order (may be empty).
 * @example pricesFor('h800').map((p) => p.usd) //=> [2]
 */
export function pricesFor(id: AcceleratorId): PricePoint[] {
  return pricePoints.filter((p) => p.accelerator === id);
}

export {
  defaultPriceBandUsd,
  defaultRentalPrices,
  isPricedAcceleratorId,
  priceBandEnds,
  pricedAcceleratorIds,
  pricedAcceleratorOr,
  type DefaultRentalPrice,
  type PriceRef,
  type PricedAcceleratorId,
} from './defaultPrices';

/** The cited points behind a default band's two ends (the same point twice for a historical price). */
export interface DefaultPriceSources {
  low: PricePoint;
  high: PricePoint;
  historical: boolean;
}

function pick(id: PricedAcceleratorId, { provider, usd }: PriceRef): PricePoint {
  const found = pricePoints.find(
    (p) => p.accelerator === id && p.provider === provider && p.usd === usd && p.kind !== 'purchase' && p.sourceArticle === undefined,
  );
  /* v8 ignore next 3 -- guards defaultRentalPrices against typos; the tests exercise every entry */
  if (found === undefined) {
    throw new Error(`No price point for ${id} from ${provider} at $${usd}`);
  }
  return found;
}

/**
 * The cited points behind each default band, for the Assumptions and hardware pages.
 * @example defaultPriceSources['h100-sxm'].high.provider //=> 'AWS'
 */
export const defaultPriceSources: Readonly<Record<PricedAcceleratorId, DefaultPriceSources>> = Object.fromEntries(
  pricedAcceleratorIds.map((id) => {
    const row = defaultRentalPrices[id];
    return [id, { low: pick(id, row.low), high: pick(id, row.high), historical: 'historical' in row }];
  }),
) as Record<PricedAcceleratorId, DefaultPriceSources>;

/**
 * The rental price one of the guide's source articles states for an accelerator, for pages that
 * discuss that article's arithmetic (A100 80GB $3.93, A100 $1.67, TPU v4 $3.22).
 * @throws Error naming the accelerator when no source article states a rental price for it.
 * @example sourceArticlePricePerHourUsd('a100-80gb') //=> 3.93
 */
export function sourceArticlePricePerHourUsd(id: AcceleratorId): number {
  const found = pricePoints.find((p) => p.accelerator === id && p.sourceArticle && p.kind !== 'purchase');
  if (found === undefined) throw new Error(`No source article states a rental price for ${JSON.stringify(id)}`);
  return found.usd;
}

/**
 * A price point's kind in words, for tables and notes.
 * @example priceKindLabel({ kind: 'committed', commitmentYears: 3 }) //=> '3-year commitment'
 */
export function priceKindLabel(point: Pick<PricePoint, 'kind' | 'commitmentYears'>): string {
  switch (point.kind) {
    case 'on-demand-hyperscaler':
      return 'on-demand at a hyperscaler';
    case 'on-demand-specialist':
      return 'on-demand at a specialist cloud';
    case 'committed':
      return point.commitmentYears === undefined ? 'commitment (term not stated)' : `${point.commitmentYears}-year commitment`;
    case 'spot':
      return 'spot';
    case 'purchase':
      return 'purchase';
    case 'assumed':
      return 'assumed or stated without a price list';
    /* v8 ignore next 2 -- exhaustive: the compiler proves every kind is handled above */
    default:
      return point.kind satisfies never;
  }
}
